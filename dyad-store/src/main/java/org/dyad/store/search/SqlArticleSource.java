package org.dyad.store.search;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dyad.store.StoreException;

/** {@link ArticleSource} over the store's {@code articles} and {@code events} tables, in portable SQL. */
public final class SqlArticleSource implements ArticleSource {
  private static final String COLUMNS = "id, title, text, site, url, date, ingested_at";
  private static final String DUCKDB = "jdbc:duckdb:";

  private final Connection connection;

  /** Articles of the store behind {@code connection}, which stays the caller's. */
  public SqlArticleSource(Connection connection) {
    this.connection = connection;
  }

  @Override
  public void since(LocalDateTime after, Handler handler) throws StoreException, IOException {
    String sql = "SELECT " + COLUMNS + " FROM articles" + (after == null ? "" : " WHERE ingested_at > ?")
        + " ORDER BY ingested_at, id";
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      if (after != null) {
        // Timestamp.valueOf and toLocalDateTime keep the stored wall-clock value whatever this JVM's zone
        ps.setTimestamp(1, Timestamp.valueOf(after));
      }
      ps.setFetchSize(500);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          handler.accept(article(rs));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read the articles stored after " + after + ": " + e.getMessage(), e);
    }
  }

  @Override
  public long countBetween(LocalDateTime from, LocalDateTime to) throws StoreException {
    try (PreparedStatement ps = connection.prepareStatement("SELECT count(*) FROM articles WHERE ingested_at >= ? AND ingested_at <= ?")) {
      ps.setTimestamp(1, Timestamp.valueOf(from));
      ps.setTimestamp(2, Timestamp.valueOf(to));
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new StoreException("cannot count the articles stored from " + from + " to " + to + ": " + e.getMessage(), e);
    }
  }

  @Override
  public List<String> storedBetween(LocalDateTime from, LocalDateTime to) throws StoreException {
    try (PreparedStatement ps = connection.prepareStatement(
        "SELECT id FROM articles WHERE ingested_at >= ? AND ingested_at <= ? ORDER BY ingested_at, id")) {
      ps.setTimestamp(1, Timestamp.valueOf(from));
      ps.setTimestamp(2, Timestamp.valueOf(to));
      List<String> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("cannot list the articles stored from " + from + " to " + to + ": " + e.getMessage(), e);
    }
  }

  @Override
  public Map<String, SearchableArticle> find(Collection<String> ids) throws StoreException {
    Map<String, SearchableArticle> out = new HashMap<>();
    if (ids.isEmpty()) {
      return out;
    }
    try (PreparedStatement ps = connection.prepareStatement("SELECT " + COLUMNS + " FROM articles WHERE id" + in(ids.size()))) {
      bind(ps, ids);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          SearchableArticle a = article(rs);
          out.put(a.id(), a);
        }
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("cannot read " + ids.size() + " articles: " + e.getMessage(), e);
    }
  }

  @Override
  public Map<String, Long> assertedEvents(Collection<String> ids) throws StoreException {
    Map<String, Long> out = new HashMap<>();
    if (ids.isEmpty()) {
      return out;
    }
    try (PreparedStatement ps = connection.prepareStatement(
        "SELECT article_id, count(*) FROM events WHERE status = 'asserted' AND article_id" + in(ids.size()) + " GROUP BY article_id")) {
      bind(ps, ids);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getString(1), rs.getLong(2));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("cannot count the events of " + ids.size() + " articles: " + e.getMessage(), e);
    }
  }

  @Override
  public Summary summary() throws StoreException {
    try (PreparedStatement ps = connection.prepareStatement("SELECT count(*), min(ingested_at) FROM articles");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      Timestamp first = rs.getTimestamp(2);
      return new Summary(rs.getLong(1), first == null ? null : first.toLocalDateTime());
    } catch (SQLException e) {
      throw new StoreException("cannot count articles: " + e.getMessage(), e);
    }
  }

  @Override
  public Optional<Path> file() throws StoreException {
    try {
      String url = connection.getMetaData().getURL();
      if (url == null || !url.startsWith(DUCKDB)) {
        return Optional.empty();
      }
      String path = url.substring(DUCKDB.length());
      int options = path.indexOf('?');
      path = options < 0 ? path : path.substring(0, options);
      return path.isEmpty() || path.startsWith(":memory:") ? Optional.empty() : Optional.of(Path.of(path));
    } catch (SQLException e) {
      throw new StoreException("cannot tell where the store's database is: " + e.getMessage(), e);
    }
  }

  private static SearchableArticle article(ResultSet rs) throws SQLException {
    Date d = rs.getDate("date");
    return new SearchableArticle(rs.getString("id"), rs.getString("title"), rs.getString("text"), rs.getString("site"),
        rs.getString("url"), d == null ? null : d.toLocalDate(), rs.getTimestamp("ingested_at").toLocalDateTime());
  }

  private static String in(int n) {
    return " IN (" + "?, ".repeat(n - 1) + "?)";
  }

  private static void bind(PreparedStatement ps, Collection<String> ids) throws SQLException {
    int i = 1;
    for (String id : List.copyOf(ids)) {
      ps.setString(i++, id);
    }
  }
}
