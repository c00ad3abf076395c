package org.dyad.store;

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
import org.dyad.model.Actor;
import org.dyad.model.Article;
import org.dyad.model.DatePrecision;
import org.dyad.model.Event;
import org.dyad.model.EventStatus;
import org.dyad.model.Evidence;
import org.dyad.model.Location;
import org.dyad.model.Span;

/**
 * The event store over JDBC: an embedded DuckDB file by default. One schema, brought up to date
 * by {@link Migrations} when the store opens. Not thread-safe: one store per thread.
 */
public final class JdbcEventStore implements EventStore {
  private static final String EVENT_COLUMNS =
      "id, article_id, sentence_index, sentence, date, date_precision, status, "
          + "source_text, source_code, source_country, source_sector, source_name, source_wikipedia, "
          + "target_text, target_code, target_country, target_sector, target_name, target_wikipedia, "
          + "cameo, cameo_root, quad_class, goldstein, plover_type, plover_mode, "
          + "location_name, location_country, lat, lon, geoname_id, confidence, "
          + "sentence_begin, sentence_end, source_begin, source_end, target_begin, target_end, "
          + "trigger_begin, trigger_end, pattern_id";

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
    } catch (SQLException | java.io.IOException | ClassNotFoundException e) {
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
        try (PreparedStatement ps = connection.prepareStatement("SELECT 1 FROM articles WHERE id = ?")) {
          ps.setString(1, a.id());
          try (ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
              connection.rollback();
              return false;
            }
          }
        }
        try (PreparedStatement ps = connection.prepareStatement(
            "INSERT INTO articles (id, file, url, title, author, site, language, date, date_precision, date_source, text, ingested_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
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
          ps.executeUpdate();
        }
        insertEvents(events);
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

  private void insertEvents(List<Event> events) throws SQLException {
    String marks = "?" + ", ?".repeat(EVENT_COLUMNS.split(",").length - 1);
    try (PreparedStatement ps = connection.prepareStatement("INSERT INTO events (" + EVENT_COLUMNS + ") VALUES (" + marks + ")")) {
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
    StringBuilder sql = new StringBuilder("SELECT " + EVENT_COLUMNS + " FROM events WHERE 1 = 1");
    List<Object> args = new ArrayList<>();
    if (!q.allStatuses()) {
      sql.append(" AND status = 'asserted'");
    }
    if (q.actor() != null) {
      String col = side(q.actor());
      sql.append(" AND (source_").append(col).append(" = ? OR target_").append(col).append(" = ?)");
      args.add(q.actor());
      args.add(q.actor());
    }
    if (q.pairA() != null) {
      String ca = side(q.pairA());
      String cb = side(q.pairB());
      sql.append(" AND ((source_").append(ca).append(" = ? AND target_").append(cb).append(" = ?) OR (source_")
          .append(cb).append(" = ? AND target_").append(ca).append(" = ?))");
      args.add(q.pairA());
      args.add(q.pairB());
      args.add(q.pairB());
      args.add(q.pairA());
    }
    if (q.from() != null) {
      sql.append(" AND date >= ?");
      args.add(Date.valueOf(q.from()));
    }
    if (q.to() != null) {
      sql.append(" AND date <= ?");
      args.add(Date.valueOf(q.to()));
    }
    sql.append(" ORDER BY date NULLS LAST, article_id, sentence_index, trigger_begin, id LIMIT ").append(q.limit());
    try (PreparedStatement ps = connection.prepareStatement(sql.toString())) {
      for (int i = 0; i < args.size(); i++) {
        ps.setObject(i + 1, args.get(i));
      }
      List<Event> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(event(rs));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("cannot query events in " + where + ": " + e.getMessage(), e);
    }
  }

  /** Which actor column a side names: a three-letter country or a longer actor code. */
  private static String side(String code) {
    if (!code.matches("[A-Z]{3,12}")) {
      throw new IllegalArgumentException("'" + code + "' is not an actor code such as RUS or RUSGOV");
    }
    return code.length() == 3 ? "country" : "code";
  }

  private static Event event(ResultSet rs) throws SQLException {
    Date d = rs.getDate("date");
    Double lat = (Double) rs.getObject("lat");
    Location loc = rs.getString("location_name") == null ? null
        : new Location(rs.getString("location_name"), rs.getString("location_country"), lat, (Double) rs.getObject("lon"),
            (Long) rs.getObject("geoname_id"));
    Evidence ev = new Evidence(span(rs, "sentence"), span(rs, "source"), span(rs, "target"), span(rs, "trigger"),
        rs.getString("pattern_id"));
    return new Event(rs.getString("id"), rs.getString("article_id"), null, rs.getString("sentence"),
        rs.getInt("sentence_index"), ev, d == null ? null : d.toLocalDate(),
        DatePrecision.of(rs.getString("date_precision")), EventStatus.of(rs.getString("status")),
        actor(rs, "source"), actor(rs, "target"), rs.getString("cameo"), rs.getInt("quad_class"),
        rs.getDouble("goldstein"), rs.getString("plover_type"), rs.getString("plover_mode"), loc,
        rs.getDouble("confidence"));
  }

  private static Actor actor(ResultSet rs, String side) throws SQLException {
    String code = rs.getString(side + "_code");
    if (code == null) {
      return null;
    }
    return new Actor(rs.getString(side + "_text"), code, rs.getString(side + "_country"), rs.getString(side + "_sector"),
        null, rs.getString(side + "_name"), rs.getString(side + "_wikipedia"), null);
  }

  private static Span span(ResultSet rs, String part) throws SQLException {
    Object b = rs.getObject(part + "_begin");
    if (b == null) {
      return null;
    }
    return new Span(((Number) b).intValue(), rs.getInt(part + "_end"));
  }

  @Override
  public List<RelationRow> relations(String a, String b, Period period) throws StoreException {
    String ca = side(a);
    String cb = side(b);
    // One arm per direction, each labelled with its own source and target.
    String both = "SELECT p, s, t, n, q1, q2, q3, q4, g FROM ("
        + "SELECT CAST(date_trunc('" + period.unit() + "', date) AS DATE) AS p, ? AS s, ? AS t, count(*) AS n, "
        + "count(*) FILTER (WHERE quad_class = 1) AS q1, count(*) FILTER (WHERE quad_class = 2) AS q2, "
        + "count(*) FILTER (WHERE quad_class = 3) AS q3, count(*) FILTER (WHERE quad_class = 4) AS q4, sum(goldstein) AS g "
        + "FROM events WHERE status = 'asserted' AND date IS NOT NULL AND source_" + ca + " = ? AND target_" + cb + " = ? GROUP BY 1 "
        + "UNION ALL "
        + "SELECT CAST(date_trunc('" + period.unit() + "', date) AS DATE) AS p, ? AS s, ? AS t, count(*) AS n, "
        + "count(*) FILTER (WHERE quad_class = 1), count(*) FILTER (WHERE quad_class = 2), "
        + "count(*) FILTER (WHERE quad_class = 3), count(*) FILTER (WHERE quad_class = 4), sum(goldstein) "
        + "FROM events WHERE status = 'asserted' AND date IS NOT NULL AND source_" + cb + " = ? AND target_" + ca + " = ? GROUP BY 1"
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
  public long articleCount() throws StoreException {
    try (PreparedStatement ps = connection.prepareStatement("SELECT count(*) FROM articles"); ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new StoreException("cannot count articles in " + where + ": " + e.getMessage(), e);
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
