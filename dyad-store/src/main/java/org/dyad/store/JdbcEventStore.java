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
import java.util.Map;
import java.util.Optional;
import org.dyad.model.Article;
import org.dyad.model.DatePrecision;
import org.dyad.model.DateSource;
import org.dyad.model.Event;
import org.dyad.store.dedup.SimHash;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.dyad.store.analytics.Analytics;
import org.dyad.store.analytics.Level;
import org.dyad.store.analytics.SqlAnalytics;

/**
 * The event store over JDBC: an embedded DuckDB file by default, or a PostgreSQL database. One
 * schema for both, brought up to date by {@link Migrations} when the store opens. Statements
 * asked again are not prepared again ({@link StatementCache}); a DuckDB store writes events
 * through DuckDB's appender, inside the article's transaction. Not thread-safe: one store per
 * thread, more through {@link #duplicate()}.
 */
public final class JdbcEventStore implements EventStore {
  private static final String INSERT_ARTICLE =
      "INSERT INTO articles (id, file, url, title, author, site, language, date, date_precision, date_source, text, ingested_at, "
          + "simhash, band0, band1, band2, band3) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String INSERT_EVENT = "INSERT INTO events (" + EventRows.WRITE_COLUMNS + ") VALUES (?"
      + ", ?".repeat(EventRows.WRITE_COLUMNS.split(",").length - 1) + ")";
  private static final String EVENT_BY_ID = "SELECT " + EventRows.SELECT + " FROM events e WHERE e.id = ?";
  private static final String ARTICLE_BY_ID =
      "SELECT id, file, url, title, author, site, language, date, date_precision, date_source, text, ingested_at "
          + "FROM articles WHERE id = ?";
  private static final String ARTICLE_EVENTS = "SELECT " + EventRows.SELECT
      + " FROM events e WHERE e.article_id = ? ORDER BY e.sentence_index, e.trigger_begin, e.id";

  /** Rows a PostgreSQL scan fetches at a time. */
  private static final int SCAN_FETCH_SIZE = 1000;

  private final Connection connection;
  private final Dialect dialect;
  private final String where;
  private final Opener opener;
  private final StatementCache sql;
  private final BulkWriter bulk;

  /** Opens another connection to the same database. */
  @FunctionalInterface
  private interface Opener {
    Connection open() throws SQLException;
  }

  private JdbcEventStore(Connection connection, Dialect dialect, String where, Opener opener) {
    this.connection = connection;
    this.dialect = dialect;
    this.where = where;
    this.opener = opener;
    this.sql = new StatementCache(connection, dialect != Dialect.DUCKDB);
    this.bulk = dialect == Dialect.DUCKDB ? new BulkWriter(connection, sql) : null;
  }

  /**
   * Opens the store named by {@code location}: a {@code postgresql://user:pass@host:port/dbname}
   * or {@code jdbc:postgresql://...} URL, else the path of a DuckDB file (created if needed).
   */
  public static JdbcEventStore open(String location) throws StoreException {
    if (location == null || location.isBlank()) {
      throw new IllegalArgumentException("the store location is empty");
    }
    return PostgresUrl.matches(location) ? openPostgres(PostgresUrl.parse(location)) : openDuckDb(Path.of(location));
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
      try {
        Migrations.apply(c, Dialect.DUCKDB);
      } catch (SQLException e) {
        c.close();
        throw e;
      }
      return new JdbcEventStore(c, Dialect.DUCKDB, path.toString(), null);
    } catch (SQLException | IOException | ClassNotFoundException e) {
      throw new StoreException("cannot open the store at " + path + ": " + e.getMessage(), e);
    }
  }

  /** Connects to the PostgreSQL database at {@code url}, bringing its schema up to date. */
  public static JdbcEventStore openPostgres(PostgresUrl url) throws StoreException {
    Opener opener = url::connect;
    try {
      Class.forName("org.postgresql.Driver");
      Connection c = opener.open();
      try {
        Migrations.apply(c, Dialect.POSTGRESQL);
      } catch (SQLException e) {
        c.close();
        throw e;
      }
      return new JdbcEventStore(c, Dialect.POSTGRESQL, url.toString(), opener);
    } catch (SQLException | ClassNotFoundException e) {
      throw new StoreException("cannot open the store at " + url + ": " + e.getMessage(), e);
    }
  }

  /** The default store file: {@code $XDG_DATA_HOME/dyad/dyad.duckdb}, else under {@code ~/.local/share}. */
  public static Path defaultPath() {
    String xdg = System.getenv("XDG_DATA_HOME");
    Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".local", "share");
    return base.resolve("dyad").resolve("dyad.duckdb");
  }

  /** Which database this store is in. */
  public Dialect dialect() {
    return dialect;
  }

  /** The store's own connection, for tests that look at its tables. */
  Connection connection() {
    return connection;
  }

  /** How many prepared statements this store keeps for reuse. */
  int preparedStatements() {
    return sql.size();
  }

  /** Where this store is: its file, or its server URL without the password. */
  public String where() {
    return where;
  }

  @Override
  public boolean store(Article a, List<Event> events) throws StoreException {
    try {
      boolean stored = inTransaction(() -> {
        boolean fresh = storeOne(a, events);
        if (fresh) {
          PairDays.insert(sql, PairDays.of(events));
        }
        return fresh;
      });
      compactPairDaysIfDue();
      return stored;
    } catch (SQLException e) {
      throw new StoreException("cannot store article " + a.id() + " (" + a.file() + ") in " + where + ": " + e.getMessage(), e);
    }
  }

  /** Compacts the daily pair tallies when enough rows have been appended since they last were. */
  private void compactPairDaysIfDue() throws SQLException {
    if (PairDays.compactionDue(connection)) {
      inTransaction(() -> {
        PairDays.compact(connection, dialect);
        return null;
      });
    }
  }

  /**
   * Counts the daily pair tallies that relations are read from afresh from the events: for a store
   * whose events were written around Dyad's ingest, as the benchmarks' bulk loads are.
   */
  public void recountPairDays() throws StoreException {
    try {
      inTransaction(() -> {
        PairDays.recount(connection, dialect);
        return null;
      });
    } catch (SQLException e) {
      throw new StoreException("cannot count the daily pair tallies of " + where + " afresh: " + e.getMessage(), e);
    }
  }

  /** Work on the connection that must be done whole or not at all. */
  @FunctionalInterface
  private interface TransactionWork<T> {
    T run() throws SQLException;
  }

  /** Runs {@code work} in one transaction: committed if it returns, rolled back if it throws. */
  private <T> T inTransaction(TransactionWork<T> work) throws SQLException {
    boolean auto = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try {
      T result = work.run();
      connection.commit();
      return result;
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(auto);
    }
  }

  @Override
  public List<Boolean> storeAll(List<ArticleEvents> batch) throws StoreException {
    if (batch.isEmpty()) {
      return List.of();
    }
    try {
      List<Boolean> stored = inTransaction(() -> {
        if (dialect == Dialect.DUCKDB) {
          return bulk.write(batch);
        }
        List<Boolean> fresh = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        for (ArticleEvents ae : batch) {
          fresh.add(storeOne(ae.article(), ae.events()));
          if (fresh.get(fresh.size() - 1)) {
            events.addAll(ae.events());
          }
        }
        PairDays.insert(sql, PairDays.of(events));
        return fresh;
      });
      compactPairDaysIfDue();
      return stored;
    } catch (SQLException e) {
      Article first = batch.get(0).article();
      throw new StoreException("cannot store the batch of " + batch.size() + " articles that begins with " + first.id() + " ("
          + first.file() + ") in " + where + ": " + e.getMessage(), e);
    }
  }

  /** Stores one article inside the caller's transaction. */
  private boolean storeOne(Article a, List<Event> events) throws SQLException {
    String location = a.url() != null ? a.url() : a.file();
    String copyOf = storedCopyOf(a);
    if (copyOf != null) {
      // the same text, or a syndicated copy of it: remember where else it was read, nothing more
      addSource(copyOf, location);
      return false;
    }
    List<String> words = SimHash.words(a.text());
    Long simhash = words.size() >= SimHash.MIN_WORDS ? SimHash.of(words) : null;
    PreparedStatement ps = sql.get(INSERT_ARTICLE);
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
    addSource(a.id(), location);
    Map<String, String> clusters = EventClusters.assign(sql, events);
    insertEvents(events, clusters);
    EventClusters.count(sql, a, events, clusters);
    return true;
  }

  /** The stored article that {@code a} is a copy of (the same id, or a near-identical text), or null. */
  private String storedCopyOf(Article a) throws SQLException {
    PreparedStatement exists = sql.get("SELECT 1 FROM articles WHERE id = ?");
    exists.setString(1, a.id());
    try (ResultSet rs = exists.executeQuery()) {
      if (rs.next()) {
        return a.id();
      }
    }
    List<String> words = SimHash.words(a.text());
    if (words.size() < SimHash.MIN_WORDS) {
      return null;
    }
    long hash = SimHash.of(words);
    PreparedStatement ps = sql.get(
        "SELECT id, simhash FROM articles WHERE band0 = ? OR band1 = ? OR band2 = ? OR band3 = ? ORDER BY ingested_at, id");
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
    return null;
  }

  private void addSource(String articleId, String location) throws SQLException {
    if (location == null) {
      return;
    }
    PreparedStatement ps = sql.get("INSERT INTO article_sources VALUES (?, ?) ON CONFLICT DO NOTHING");
    ps.setString(1, articleId);
    ps.setString(2, location);
    ps.executeUpdate();
  }

  @Override
  public List<String> sources(String articleId) throws StoreException {
    try {
      PreparedStatement ps = sql.get("SELECT location FROM article_sources WHERE article_id = ? ORDER BY location");
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

  /**
   * Writes one article's events with their clusters, as a batch of prepared inserts in the
   * article's transaction. (Bulk ingests go through {@link BulkWriter} and DuckDB's appender
   * instead; a single article, as the server stores it, is written with plain inserts, which
   * readers on other connections of the same database see only whole, after the commit.)
   */
  private void insertEvents(List<Event> events, Map<String, String> clusters) throws SQLException {
    if (events.isEmpty()) {
      return;
    }
    PreparedStatement ps = sql.get(INSERT_EVENT);
    for (Event e : events) {
      List<Object> values = EventRows.values(e, clusters.get(e.id()));
      for (int i = 0; i < values.size(); i++) {
        Object v = values.get(i);
        if (v == null) {
          ps.setNull(i + 1, EventRows.type(i));
        } else if (v instanceof LocalDate d) {
          ps.setDate(i + 1, Date.valueOf(d));
        } else {
          ps.setObject(i + 1, v);
        }
      }
      ps.addBatch();
    }
    ps.executeBatch();
  }

  private static void setDate(PreparedStatement ps, int i, LocalDate d) throws SQLException {
    if (d == null) {
      ps.setNull(i, Types.DATE);
    } else {
      ps.setDate(i, Date.valueOf(d));
    }
  }

  @Override
  public EventPage page(EventQuery q) throws StoreException {
    try {
      return inTransaction(() -> {
        try {
          return new EventPage(events(q), count(q));
        } catch (StoreException e) {
          throw new SQLException(e.getMessage(), e);
        }
      });
    } catch (SQLException e) {
      if (e.getCause() instanceof StoreException cause) {
        throw cause;
      }
      throw new StoreException("cannot read a page of events from " + where + ": " + e.getMessage(), e);
    }
  }

  @Override
  public List<Event> events(EventQuery q) throws StoreException {
    EventFilter f = EventFilter.of(q);
    String sql = "SELECT " + EventRows.SELECT + " FROM events e" + f.where() + EventRows.ORDER + " LIMIT ? OFFSET ?";
    try {
      PreparedStatement ps = this.sql.get(sql);
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
    try {
      PreparedStatement ps = sql.get("SELECT count(*) FROM events e" + f.where());
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
    try {
      PreparedStatement ps = sql.get(EVENT_BY_ID);
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
    try {
      PreparedStatement ps = sql.get(ARTICLE_BY_ID);
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
    PreparedStatement ps = sql.get(ARTICLE_EVENTS);
    ps.setString(1, articleId);
    List<Event> out = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(EventRows.event(rs));
      }
    }
    return out;
  }

  @Override
  public List<RelationRow> relations(String a, String b, Period period) throws StoreException {
    try {
      return PairDays.relations(connection, a, b, period);
    } catch (SQLException e) {
      throw new StoreException("cannot compute relations of " + a + " and " + b + " in " + where + ": " + e.getMessage(), e);
    }
  }

  @Override
  public ActorProfile actor(String code, int top) throws StoreException {
    if (top < 0) {
      throw new IllegalArgumentException("the number of counterparts must not be negative: " + top);
    }
    Level c = Level.of(code);
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
    try {
      PreparedStatement ps = sql.get(counts);
      PreparedStatement pp = sql.get(partners);
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
    String sql = "SELECT " + EventRows.SELECT + ", coalesce(a.url, a.file) AS article_url, a.site AS article_site, "
        + "length(a.text) AS article_length, a.ingested_at, "
        + "e.sentence_begin < coalesce(nullif(strpos(a.text, chr(10) || chr(10)), 0) - 1, length(a.text)) AS lead, "
        + "coalesce(c.num_mentions, 1) AS num_mentions, coalesce(c.num_sources, 1) AS num_sources, "
        + "coalesce(c.num_articles, 1) AS num_articles "
        + "FROM events e JOIN articles a ON a.id = e.article_id LEFT JOIN event_clusters c ON c.id = e.cluster_id"
        + f.where() + EventRows.ORDER + " LIMIT ? OFFSET ?";
    try {
      PreparedStatement ps = this.sql.get(sql);
      int i = f.bind(ps);
      ps.setLong(i++, q.limit());
      ps.setLong(i, q.offset());
      long n = 0;
      // PostgreSQL's driver reads a whole result unless it may fetch it in pieces inside a transaction.
      boolean stream = dialect == Dialect.POSTGRESQL;
      if (stream) {
        connection.setAutoCommit(false);
        ps.setFetchSize(SCAN_FETCH_SIZE);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          handler.accept(new SourcedEvent(EventRows.event(rs), rs.getString("article_url"),
              rs.getTimestamp("ingested_at").toInstant(), rs.getBoolean("lead"), rs.getInt("num_mentions"),
              rs.getInt("num_sources"), rs.getInt("num_articles"), rs.getString("article_site"), rs.getInt("article_length")));
          n++;
        }
      } finally {
        if (stream) {
          connection.commit();
          connection.setAutoCommit(true);
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
    try (ResultSet rs = sql.get("SELECT count(*) FROM articles").executeQuery()) {
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
      Connection c = dialect == Dialect.DUCKDB ? connection.unwrap(DuckDBConnection.class).duplicate() : opener.open();
      return new JdbcEventStore(c, dialect, where, opener);
    } catch (SQLException e) {
      throw new StoreException("cannot open another connection to " + where + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() throws StoreException {
    try {
      try {
        sql.close();
      } finally {
        connection.close();
      }
    } catch (SQLException e) {
      throw new StoreException("cannot close " + where + ": " + e.getMessage(), e);
    }
  }
}
