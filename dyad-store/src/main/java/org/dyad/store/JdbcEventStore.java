package org.dyad.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dyad.model.Actor;
import org.dyad.model.Article;
import org.dyad.model.DatePrecision;
import org.dyad.model.DateSource;
import org.dyad.model.Event;
import org.dyad.model.Evidence;
import org.dyad.model.Location;
import org.dyad.model.Span;
import org.dyad.store.dedup.SimHash;
import org.duckdb.DuckDBConnection;
import org.dyad.store.analytics.Analytics;
import org.dyad.store.analytics.SqlAnalytics;

/**
 * The event store over JDBC: an embedded DuckDB file by default. One schema, brought up to date
 * by {@link Migrations} when the store opens. Not thread-safe: one store per thread, more through
 * {@link #duplicate()}.
 */
public final class JdbcEventStore implements EventStore {
  private final Connection connection;
  private final String where;

  private JdbcEventStore(Connection connection, String where) {
    this.connection = connection;
    this.where = where;
  }

  /** Opens (creating if needed) the DuckDB file at {@code path}. */
  public static JdbcEventStore openDuckDb(Path path) throws StoreException {
    try {
      Path parent = path.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Class.forName("org.duckdb.DuckDBDriver");
      Connection c = DriverManager.getConnection("jdbc:duckdb:" + path.toAbsolutePath());
      Migrations.apply(c);
      return new JdbcEventStore(c, path.toString());
    } catch (SQLException | IOException | ClassNotFoundException e) {
      throw new StoreException("cannot open the store at " + path + ": " + e.getMessage(), e);
    }
  }

  /** The default store file: {@code $XDG_DATA_HOME/dyad/dyad.duckdb}, else under {@code ~/.local/share}. */
  public static Path defaultPath() {
    String xdg = System.getenv("XDG_DATA_HOME");
    Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".local", "share");
    return base.resolve("dyad").resolve("dyad.duckdb");
  }

  @Override
  public boolean store(Article a, List<Event> events) throws StoreException {
    try {
      connection.setAutoCommit(false);
      try {
        String location = a.url() != null ? a.url() : a.file();
        String copyOf = storedCopyOf(a);
        if (copyOf != null) {
          // the same text, or a syndicated copy of it: remember where else it was read, nothing more
          addSource(copyOf, location);
          connection.commit();
          return false;
        }
        List<String> words = SimHash.words(a.text());
        Long simhash = words.size() >= SimHash.MIN_WORDS ? SimHash.of(words) : null;
        try (PreparedStatement ps = connection.prepareStatement(
            "INSERT INTO articles (id, file, url, title, author, site, language, date, date_precision, date_source, text, ingested_at, "
                + "simhash, band0, band1, band2, band3) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
          ps.setString(1, a.id());
          ps.setString(2, a.file());
          ps.setString(3, a.url());
          ps.setString(4, a.title());
          ps.setString(5, a.author());
          ps.setString(6, a.site());
          ps.setString(7, a.language());
          setDate(ps, 8, a.date());
          ps.setString(9, a.datePrecision().label());
          ps.setString(10, a.dateSource().label());
          ps.setString(11, a.text());
          ps.setTimestamp(12, Timestamp.from(Instant.now()));
          if (simhash == null) {
            for (int i = 13; i <= 17; i++) {
              ps.setNull(i, i == 13 ? Types.BIGINT : Types.INTEGER);
            }
          } else {
            ps.setLong(13, simhash);
            for (int b = 0; b < 4; b++) {
              ps.setInt(14 + b, SimHash.band(simhash, b));
            }
          }
          ps.executeUpdate();
        }
        addSource(a.id(), location);
        insertEvents(events);
        EventClusters.assign(connection, events);
        connection.commit();
        return true;
      } catch (SQLException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new StoreException("cannot store article " + a.id() + " (" + a.file() + ") in " + where + ": " + e.getMessage(), e);
    }
  }

  /** The stored article that {@code a} is a copy of (the same id, or a near-identical text), or null. */
  private String storedCopyOf(Article a) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement("SELECT 1 FROM articles WHERE id = ?")) {
      ps.setString(1, a.id());
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          return a.id();
        }
      }
    }
    List<String> words = SimHash.words(a.text());
    if (words.size() < SimHash.MIN_WORDS) {
      return null;
    }
    long hash = SimHash.of(words);
    try (PreparedStatement ps = connection.prepareStatement(
        "SELECT id, simhash FROM articles WHERE band0 = ? OR band1 = ? OR band2 = ? OR band3 = ? ORDER BY ingested_at, id")) {
      for (int b = 0; b < 4; b++) {
        ps.setInt(b + 1, SimHash.band(hash, b));
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          if (SimHash.distance(hash, rs.getLong(2)) <= SimHash.MAX_DISTANCE) {
            return rs.getString(1);
          }
        }
      }
    }
    return null;
  }

  private void addSource(String articleId, String location) throws SQLException {
    if (location == null) {
      return;
    }
    try (PreparedStatement ps = connection.prepareStatement("INSERT INTO article_sources VALUES (?, ?) ON CONFLICT DO NOTHING")) {
      ps.setString(1, articleId);
      ps.setString(2, location);
      ps.executeUpdate();
    }
  }

  @Override
  public List<String> sources(String articleId) throws StoreException {
    try (PreparedStatement ps = connection.prepareStatement(
        "SELECT location FROM article_sources WHERE article_id = ? ORDER BY location")) {
      ps.setString(1, articleId);
      List<String> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("cannot read the sources of article " + articleId + " in " + where + ": " + e.getMessage(), e);
    }
  }

  private void insertEvents(List<Event> events) throws SQLException {
    String marks = "?" + ", ?".repeat(EventRows.columnCount() - 1);
    try (PreparedStatement ps = connection.prepareStatement("INSERT INTO events (" + EventRows.COLUMNS + ") VALUES (" + marks + ")")) {
      for (Event e : events) {
        int i = 1;
        ps.setString(i++, e.id());
        ps.setString(i++, e.articleId());
        ps.setInt(i++, e.sentenceIndex());
        ps.setString(i++, e.sentence());
        setDate(ps, i++, e.date());
        ps.setString(i++, e.datePrecision().label());
        ps.setString(i++, e.status().label());
        i = setActor(ps, i, e.source());
        i = setActor(ps, i, e.target());
        ps.setString(i++, e.cameo());
        ps.setString(i++, e.cameoRoot());
        ps.setInt(i++, e.quadClass());
        ps.setDouble(i++, e.goldstein());
        ps.setString(i++, e.ploverType());
        ps.setString(i++, e.ploverMode());
        Location l = e.location();
        ps.setString(i++, l == null ? null : l.name());
        ps.setString(i++, l == null ? null : l.country());
        setDouble(ps, i++, l == null ? null : l.lat());
        setDouble(ps, i++, l == null ? null : l.lon());
        if (l == null || l.geonameId() == null) {
          ps.setNull(i++, Types.BIGINT);
        } else {
          ps.setLong(i++, l.geonameId());
        }
        ps.setDouble(i++, e.confidence());
        Evidence ev = e.evidence();
        i = setSpan(ps, i, ev.sentence());
        i = setSpan(ps, i, ev.source());
        i = setSpan(ps, i, ev.target());
        i = setSpan(ps, i, ev.trigger());
        ps.setString(i, ev.patternId());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private static int setActor(PreparedStatement ps, int i, Actor a) throws SQLException {
    ps.setString(i++, a == null ? null : a.text());
    ps.setString(i++, a == null ? null : a.code());
    ps.setString(i++, a == null ? null : a.country());
    ps.setString(i++, a == null ? null : a.sector());
    ps.setString(i++, a == null ? null : a.name());
    ps.setString(i++, a == null ? null : a.wikipedia());
    return i;
  }

  private static int setSpan(PreparedStatement ps, int i, Span s) throws SQLException {
    if (s == null) {
      ps.setNull(i++, Types.INTEGER);
      ps.setNull(i++, Types.INTEGER);
    } else {
      ps.setInt(i++, s.begin());
      ps.setInt(i++, s.end());
    }
    return i;
  }

  private static void setDate(PreparedStatement ps, int i, LocalDate d) throws SQLException {
    if (d == null) {
      ps.setNull(i, Types.DATE);
    } else {
      ps.setDate(i, Date.valueOf(d));
    }
  }

  private static void setDouble(PreparedStatement ps, int i, Double d) throws SQLException {
    if (d == null) {
      ps.setNull(i, Types.DOUBLE);
    } else {
      ps.setDouble(i, d);
    }
  }

  @Override
  public List<Event> events(EventQuery q) throws StoreException {
    EventFilter f = EventFilter.of(q);
    String sql = "SELECT " + EventRows.SELECT + " FROM events e" + f.where() + EventRows.ORDER + " LIMIT ? OFFSET ?";
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      int i = f.bind(ps);
      ps.setLong(i++, q.limit());
      ps.setLong(i, q.offset());
      List<Event> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(EventRows.event(rs));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("cannot query events in " + where + ": " + e.getMessage(), e);
    }
  }

  @Override
  public long count(EventQuery q) throws StoreException {
    EventFilter f = EventFilter.of(q);
    try (PreparedStatement ps = connection.prepareStatement("SELECT count(*) FROM events e" + f.where())) {
      f.bind(ps);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new StoreException("cannot count events in " + where + ": " + e.getMessage(), e);
    }
  }

  @Override
  public Optional<Event> event(String id) throws StoreException {
    try (PreparedStatement ps = connection.prepareStatement("SELECT " + EventRows.SELECT + " FROM events e WHERE e.id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(EventRows.event(rs)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read event " + id + " in " + where + ": " + e.getMessage(), e);
    }
  }

  @Override
  public Optional<StoredArticle> article(String id) throws StoreException {
    try (PreparedStatement ps = connection.prepareStatement(
        "SELECT id, file, url, title, author, site, language, date, date_precision, date_source, text, ingested_at "
            + "FROM articles WHERE id = ?")) {
      ps.setString(1, id);
      Article a;
      Instant ingested;
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        Date d = rs.getDate("date");
        a = new Article(rs.getString("id"), rs.getString("file"), rs.getString("url"), rs.getString("title"),
            rs.getString("text"), rs.getString("author"), rs.getString("site"), rs.getString("language"),
            d == null ? null : d.toLocalDate(), DatePrecision.of(rs.getString("date_precision")),
            DateSource.valueOf(rs.getString("date_source").toUpperCase(Locale.ROOT)), null, List.of(), List.of());
        ingested = rs.getTimestamp("ingested_at").toInstant();
      }
      return Optional.of(new StoredArticle(a, ingested, articleEvents(id)));
    } catch (SQLException e) {
      throw new StoreException("cannot read article " + id + " in " + where + ": " + e.getMessage(), e);
    }
  }

  private List<Event> articleEvents(String articleId) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement("SELECT " + EventRows.SELECT
        + " FROM events e WHERE e.article_id = ? ORDER BY e.sentence_index, e.trigger_begin, e.id")) {
      ps.setString(1, articleId);
      List<Event> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(EventRows.event(rs));
        }
      }
      return out;
    }
  }

  @Override
  public List<RelationRow> relations(String a, String b, Period period) throws StoreException {
    ActorColumn ca = ActorColumn.of(a);
    ActorColumn cb = ActorColumn.of(b);
    // One arm per direction, each labelled with its own source and target.
    String both = "SELECT p, s, t, n, q1, q2, q3, q4, g FROM ("
        + "SELECT CAST(date_trunc('" + period.unit() + "', date) AS DATE) AS p, ? AS s, ? AS t, count(*) AS n, "
        + "count(*) FILTER (WHERE quad_class = 1) AS q1, count(*) FILTER (WHERE quad_class = 2) AS q2, "
        + "count(*) FILTER (WHERE quad_class = 3) AS q3, count(*) FILTER (WHERE quad_class = 4) AS q4, sum(goldstein) AS g "
        + "FROM events WHERE status = 'asserted' AND date IS NOT NULL AND " + ca.source() + " = ? AND " + cb.target() + " = ? GROUP BY 1 "
        + "UNION ALL "
        + "SELECT CAST(date_trunc('" + period.unit() + "', date) AS DATE) AS p, ? AS s, ? AS t, count(*) AS n, "
        + "count(*) FILTER (WHERE quad_class = 1), count(*) FILTER (WHERE quad_class = 2), "
        + "count(*) FILTER (WHERE quad_class = 3), count(*) FILTER (WHERE quad_class = 4), sum(goldstein) "
        + "FROM events WHERE status = 'asserted' AND date IS NOT NULL AND " + cb.source() + " = ? AND " + ca.target() + " = ? GROUP BY 1"
        + ") x ORDER BY p, s, t";
    try (PreparedStatement ps = connection.prepareStatement(both)) {
      String[] args = {a, b, a, b, b, a, b, a};
      for (int i = 0; i < args.length; i++) {
        ps.setString(i + 1, args[i]);
      }
      List<RelationRow> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new RelationRow(rs.getDate(1).toLocalDate(), rs.getString(2), rs.getString(3), rs.getLong(4),
              rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getDouble(9)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("cannot compute relations of " + a + " and " + b + " in " + where + ": " + e.getMessage(), e);
    }
  }

  @Override
  public ActorProfile actor(String code, int top) throws StoreException {
    if (top < 0) {
      throw new IllegalArgumentException("the number of counterparts must not be negative: " + top);
    }
    ActorColumn c = ActorColumn.of(code);
    String counts = "SELECT count(*), count(*) FILTER (WHERE " + c.source() + " = ?), count(*) FILTER (WHERE "
        + c.target() + " = ?), min(date), max(date) FROM events WHERE status = 'asserted' AND (" + c.source()
        + " = ? OR " + c.target() + " = ?)";
    // The other side of each event, whichever way it went; events with no other side, or with the
    // actor on both sides, have no counterpart.
    String partners = "SELECT other, count(*), sum(goldstein) FROM ("
        + "SELECT " + c.target() + " AS other, goldstein FROM events WHERE status = 'asserted' AND " + c.source() + " = ? "
        + "AND " + c.target() + " IS NOT NULL AND " + c.target() + " <> ? "
        + "UNION ALL SELECT " + c.source() + ", goldstein FROM events WHERE status = 'asserted' AND " + c.target() + " = ? "
        + "AND " + c.source() + " IS NOT NULL AND " + c.source() + " <> ?"
        + ") x GROUP BY other ORDER BY 2 DESC, other LIMIT ?";
    try (PreparedStatement ps = connection.prepareStatement(counts); PreparedStatement pp = connection.prepareStatement(partners)) {
      for (int i = 1; i <= 4; i++) {
        ps.setString(i, code);
        pp.setString(i, code);
      }
      pp.setInt(5, top);
      List<Counterpart> others = new ArrayList<>();
      try (ResultSet rs = pp.executeQuery()) {
        while (rs.next()) {
          others.add(new Counterpart(rs.getString(1), rs.getLong(2), rs.getDouble(3)));
        }
      }
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        Date first = rs.getDate(4);
        Date last = rs.getDate(5);
        return new ActorProfile(code, rs.getLong(1), rs.getLong(2), rs.getLong(3), first == null ? null : first.toLocalDate(),
            last == null ? null : last.toLocalDate(), others);
      }
    } catch (SQLException e) {
      throw new StoreException("cannot profile actor " + code + " in " + where + ": " + e.getMessage(), e);
    }
  }

  @Override
  public long scan(EventQuery q, SourcedEventHandler handler) throws StoreException, IOException {
    EventFilter f = EventFilter.of(q);
    // The first paragraph ends at the first blank line of the text (see Article#text).
    String sql = "SELECT " + EventRows.SELECT + ", coalesce(a.url, a.file) AS article_url, a.ingested_at, "
        + "e.sentence_begin < coalesce(nullif(strpos(a.text, chr(10) || chr(10)), 0) - 1, length(a.text)) AS lead, "
        + "coalesce(c.num_mentions, 1) AS num_mentions, coalesce(c.num_sources, 1) AS num_sources, "
        + "coalesce(c.num_articles, 1) AS num_articles "
        + "FROM events e JOIN articles a ON a.id = e.article_id LEFT JOIN event_clusters c ON c.id = e.cluster_id"
        + f.where() + EventRows.ORDER + " LIMIT ? OFFSET ?";
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      int i = f.bind(ps);
      ps.setLong(i++, q.limit());
      ps.setLong(i, q.offset());
      long n = 0;
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          handler.accept(new SourcedEvent(EventRows.event(rs), rs.getString("article_url"),
              rs.getTimestamp("ingested_at").toInstant(), rs.getBoolean("lead"), rs.getInt("num_mentions"),
              rs.getInt("num_sources"), rs.getInt("num_articles")));
          n++;
        }
      }
      return n;
    } catch (SQLException e) {
      throw new StoreException("cannot read events from " + where + ": " + e.getMessage(), e);
    }
  }

  @Override
  public Analytics analytics() {
    return new SqlAnalytics(connection);
  }

  @Override
  public long articleCount() throws StoreException {
    try (PreparedStatement ps = connection.prepareStatement("SELECT count(*) FROM articles"); ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new StoreException("cannot count articles in " + where + ": " + e.getMessage(), e);
    }
  }

  /**
   * Another store over the same open database with its own connection, so that another thread can
   * use it; closing it leaves this one open.
   */
  public JdbcEventStore duplicate() throws StoreException {
    try {
      return new JdbcEventStore(connection.unwrap(DuckDBConnection.class).duplicate(), where);
    } catch (SQLException e) {
      throw new StoreException("cannot open another connection to " + where + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() throws StoreException {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close " + where + ": " + e.getMessage(), e);
    }
  }
}
