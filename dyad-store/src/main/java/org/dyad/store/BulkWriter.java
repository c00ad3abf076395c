package org.dyad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.dyad.model.Article;
import org.dyad.model.Event;
import org.dyad.store.dedup.SimHash;

/**
 * Stores a batch of articles into DuckDB in bulk, inside the caller's transaction, with the same
 * outcome as storing them one by one: copies are recognised (against the store and against the
 * batch's earlier articles), and events join clusters as {@link EventClusters} would have them
 * join. DuckDB is fast at whole batches and slow at single rows, so the batch is read with a few
 * set-wise queries, decided in memory, and written through DuckDB's appender, whose rows belong to
 * the transaction begun by the first query.
 */
final class BulkWriter {
  private final Connection connection;
  private final StatementCache sql;
  private final Map<String, Integer> extraColumns = new HashMap<>();

  BulkWriter(Connection connection, StatementCache sql) {
    this.connection = connection;
    this.sql = sql;
  }

  /** A cluster as the batch sees it: its state in the store, then what the batch adds. */
  private static final class Cluster {
    final String id;
    final Key key;
    final boolean fresh;
    LocalDate first;
    LocalDate last;
    int mentions;
    int articles;
    int sources;
    final Set<String> sourceNames = new HashSet<>();
    final List<String> newSources = new ArrayList<>();

    Cluster(String id, Key key, boolean fresh, LocalDate first, LocalDate last, int mentions, int articles, int sources) {
      this.id = id;
      this.key = key;
      this.fresh = fresh;
      this.first = first;
      this.last = last;
      this.mentions = mentions;
      this.articles = articles;
      this.sources = sources;
    }
  }

  /** What a cluster is found by: its sides, CAMEO root and status. */
  private record Key(String source, String target, String root, String status) {
    static Key of(Event e) {
      return new Key(e.source() == null ? null : e.source().code(), e.target() == null ? null : e.target().code(),
          e.cameoRoot(), e.status().label());
    }
  }

  /** Writes the batch; returns for each article whether it was stored. */
  List<Boolean> write(List<ArticleEvents> batch) throws SQLException {
    prepareScratch();
    Set<String> known = storedIds(batch);
    List<Long> hashes = new ArrayList<>();
    for (ArticleEvents ae : batch) {
      List<String> words = SimHash.words(ae.article().text());
      hashes.add(words.size() >= SimHash.MIN_WORDS ? SimHash.of(words) : null);
    }
    List<String[]> candidates = storedCandidates(hashes);

    List<Boolean> stored = new ArrayList<>();
    List<ArticleEvents> fresh = new ArrayList<>();
    List<Long> freshHashes = new ArrayList<>();
    Map<String, Long> batchHashes = new LinkedHashMap<>();
    Set<List<String>> sources = new LinkedHashSet<>();
    for (int i = 0; i < batch.size(); i++) {
      Article a = batch.get(i).article();
      Long hash = hashes.get(i);
      String location = a.url() != null ? a.url() : a.file();
      String copyOf = known.contains(a.id()) || batchHashes.containsKey(a.id()) ? a.id() : copyOf(hash, candidates, batchHashes);
      if (copyOf != null) {
        if (location != null) {
          sources.add(List.of(copyOf, location));
        }
        stored.add(false);
        continue;
      }
      batchHashes.put(a.id(), hash);
      if (location != null) {
        sources.add(List.of(a.id(), location));
      }
      fresh.add(batch.get(i));
      freshHashes.add(hash);
      stored.add(true);
    }
    if (!fresh.isEmpty()) {
      Map<String, String> clusterOf = new HashMap<>();
      List<Cluster> clusters = cluster(fresh, clusterOf);
      appendArticles(fresh, freshHashes);
      writeClusters(clusters);
      appendEvents(fresh, clusterOf);
      appendPairDays(fresh);
    }
    writeSources(sources);
    return stored;
  }

  /** The batch's scratch tables; made in every batch, as a failed batch's rollback takes them away. */
  private void prepareScratch() throws SQLException {
    try (Statement st = connection.createStatement()) {
      st.execute("CREATE TEMP TABLE IF NOT EXISTS dyad_batch_keys (source_code VARCHAR, target_code VARCHAR, "
          + "cameo_root VARCHAR, status VARCHAR, lo DATE, hi DATE)");
      st.execute("CREATE TEMP TABLE IF NOT EXISTS dyad_batch_clusters (id VARCHAR, first_date DATE, last_date DATE, "
          + "num_mentions INTEGER, num_articles INTEGER, num_sources INTEGER)");
      st.execute("CREATE TEMP TABLE IF NOT EXISTS dyad_batch_sources (article_id VARCHAR, location VARCHAR)");
    }
  }

  private Set<String> storedIds(List<ArticleEvents> batch) throws SQLException {
    // One statement per batch size, so a steady ingest prepares it once.
    PreparedStatement ps = sql.get("SELECT id FROM articles WHERE id IN (?" + ", ?".repeat(batch.size() - 1) + ")");
    for (int i = 0; i < batch.size(); i++) {
      ps.setString(i + 1, batch.get(i).article().id());
    }
    Set<String> known = new HashSet<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        known.add(rs.getString(1));
      }
    }
    return known;
  }

  /** Stored articles sharing a SimHash band with an article of the batch, oldest first: {id, simhash}. */
  private List<String[]> storedCandidates(List<Long> hashes) throws SQLException {
    List<Set<Integer>> bands = new ArrayList<>();
    for (int b = 0; b < 4; b++) {
      Set<Integer> values = new HashSet<>();
      for (Long h : hashes) {
        if (h != null) {
          values.add(SimHash.band(h, b));
        }
      }
      bands.add(values);
    }
    if (bands.get(0).isEmpty()) {
      return List.of();
    }
    StringBuilder q = new StringBuilder("SELECT id, simhash FROM articles WHERE ");
    for (int b = 0; b < 4; b++) {
      q.append(b > 0 ? " OR " : "").append("band").append(b).append(" IN (")
          .append(bands.get(b).stream().map(String::valueOf).collect(Collectors.joining(", "))).append(')');
    }
    q.append(" ORDER BY ingested_at, id");
    List<String[]> out = new ArrayList<>();
    try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(q.toString())) {
      while (rs.next()) {
        out.add(new String[] {rs.getString(1), Long.toString(rs.getLong(2))});
      }
    }
    return out;
  }

  private static String copyOf(Long hash, List<String[]> candidates, Map<String, Long> batchHashes) {
    if (hash == null) {
      return null;
    }
    for (String[] c : candidates) {
      if (SimHash.distance(hash, Long.parseLong(c[1])) <= SimHash.MAX_DISTANCE) {
        return c[0];
      }
    }
    for (Map.Entry<String, Long> b : batchHashes.entrySet()) {
      if (b.getValue() != null && SimHash.distance(hash, b.getValue()) <= SimHash.MAX_DISTANCE) {
        return b.getKey();
      }
    }
    return null;
  }

  /** Assigns each dated event of the new articles to its cluster, as {@link EventClusters} does one article at a time. */
  private List<Cluster> cluster(List<ArticleEvents> fresh, Map<String, String> clusterOf) throws SQLException {
    Map<Key, List<Cluster>> byKey = storedClusters(fresh);
    List<Cluster> touched = new ArrayList<>();
    Set<Cluster> seen = new HashSet<>();
    for (ArticleEvents ae : fresh) {
      Map<Cluster, List<LocalDate>> shares = new LinkedHashMap<>();
      for (Event e : ae.events()) {
        if (e.date() == null) {
          continue;
        }
        LocalDate d = e.date();
        List<Cluster> options = byKey.computeIfAbsent(Key.of(e), k -> new ArrayList<>());
        Cluster best = options.stream()
            .filter(c -> !c.last.isBefore(d.minusDays(EventClusters.WINDOW_DAYS))
                && !c.first.isAfter(d.plusDays(EventClusters.WINDOW_DAYS)))
            .min(Comparator.<Cluster>comparingLong(c -> Math.min(days(c.first, d), days(c.last, d)))
                .thenComparing(c -> c.id))
            .orElse(null);
        if (best == null) {
          best = new Cluster(e.id(), Key.of(e), true, d, d, 0, 0, 0);
          options.add(best);
        }
        clusterOf.put(e.id(), best.id);
        shares.computeIfAbsent(best, c -> new ArrayList<>()).add(d);
        if (seen.add(best)) {
          touched.add(best);
        }
      }
      String source = EventClusters.source(ae.article());
      for (Map.Entry<Cluster, List<LocalDate>> s : shares.entrySet()) {
        Cluster c = s.getKey();
        c.mentions += s.getValue().size();
        c.articles++;
        if (source != null && c.sourceNames.add(source)) {
          c.sources++;
          c.newSources.add(source);
        }
        for (LocalDate d : s.getValue()) {
          c.first = d.isBefore(c.first) ? d : c.first;
          c.last = d.isAfter(c.last) ? d : c.last;
        }
      }
    }
    return touched;
  }

  private static long days(LocalDate a, LocalDate b) {
    return Math.abs(ChronoUnit.DAYS.between(a, b));
  }

  /** The stored clusters the batch's events could join, with their sources, by key. */
  private Map<Key, List<Cluster>> storedClusters(List<ArticleEvents> fresh) throws SQLException {
    try (Statement st = connection.createStatement()) {
      st.execute("DELETE FROM dyad_batch_keys");
    }
    int rows = 0;
    try (DuckDBAppender ap = appender("dyad_batch_keys")) {
      for (ArticleEvents ae : fresh) {
        for (Event e : ae.events()) {
          if (e.date() == null) {
            continue;
          }
          Key k = Key.of(e);
          ap.beginRow();
          text(ap, k.source());
          text(ap, k.target());
          ap.append(k.root());
          ap.append(k.status());
          ap.append(e.date().minusDays(EventClusters.WINDOW_DAYS));
          ap.append(e.date().plusDays(EventClusters.WINDOW_DAYS));
          ap.endRow();
          rows++;
        }
      }
    }
    Map<Key, List<Cluster>> byKey = new HashMap<>();
    if (rows == 0) {
      return byKey;
    }
    Map<String, Cluster> byId = new HashMap<>();
    String candidates = "SELECT DISTINCT c.id FROM event_clusters c JOIN dyad_batch_keys k "
        + "ON c.source_code IS NOT DISTINCT FROM k.source_code AND c.target_code IS NOT DISTINCT FROM k.target_code "
        + "AND c.cameo_root = k.cameo_root AND c.status = k.status AND c.last_date >= k.lo AND c.first_date <= k.hi";
    try (Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery("SELECT id, source_code, target_code, cameo_root, status, first_date, last_date, "
            + "num_mentions, num_articles, num_sources FROM event_clusters WHERE id IN (" + candidates + ")")) {
      while (rs.next()) {
        Key k = new Key(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5));
        Cluster c = new Cluster(rs.getString(1), k, false, rs.getDate(6).toLocalDate(), rs.getDate(7).toLocalDate(), rs.getInt(8),
            rs.getInt(9), rs.getInt(10));
        byId.put(c.id, c);
        byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(c);
      }
    }
    if (!byId.isEmpty()) {
      try (Statement st = connection.createStatement();
          ResultSet rs = st.executeQuery("SELECT cluster_id, source FROM cluster_sources WHERE cluster_id IN (" + candidates + ")")) {
        while (rs.next()) {
          byId.get(rs.getString(1)).sourceNames.add(rs.getString(2));
        }
      }
    }
    return byKey;
  }

  private void appendArticles(List<ArticleEvents> fresh, List<Long> hashes) throws SQLException {
    int extra = extraColumns("articles", 17);
    ZoneId zone = ZoneId.systemDefault();
    try (DuckDBAppender ap = appender("articles")) {
      for (int i = 0; i < fresh.size(); i++) {
        Article a = fresh.get(i).article();
        Long h = hashes.get(i);
        ap.beginRow();
        text(ap, a.id());
        text(ap, a.file());
        text(ap, a.url());
        text(ap, a.title());
        text(ap, a.author());
        text(ap, a.site());
        text(ap, a.language());
        if (a.date() == null) {
          ap.appendNull();
        } else {
          ap.append(a.date());
        }
        ap.append(a.datePrecision().label());
        ap.append(a.dateSource().label());
        ap.append(a.text());
        // TIMESTAMP holds the local wall-clock time, as JDBC's setTimestamp writes it.
        ap.append(LocalDateTime.ofInstant(Instant.now(), zone));
        if (h == null) {
          for (int n = 0; n < 5; n++) {
            ap.appendNull();
          }
        } else {
          ap.append(h.longValue());
          for (int b = 0; b < 4; b++) {
            ap.append(SimHash.band(h, b));
          }
        }
        defaults(ap, extra);
        ap.endRow();
      }
    }
  }

  private void writeClusters(List<Cluster> clusters) throws SQLException {
    int extra = extraColumns("event_clusters", 10);
    List<Cluster> stored = new ArrayList<>();
    try (DuckDBAppender ap = appender("event_clusters")) {
      for (Cluster c : clusters) {
        if (!c.fresh) {
          stored.add(c);
          continue;
        }
        Key k = c.key;
        ap.beginRow();
        ap.append(c.id);
        text(ap, k.source());
        text(ap, k.target());
        ap.append(k.root());
        ap.append(k.status());
        ap.append(c.first);
        ap.append(c.last);
        ap.append(c.mentions);
        ap.append(c.articles);
        ap.append(c.sources);
        defaults(ap, extra);
        ap.endRow();
      }
    }
    if (!stored.isEmpty()) {
      try (Statement st = connection.createStatement()) {
        st.execute("DELETE FROM dyad_batch_clusters");
      }
      try (DuckDBAppender ap = appender("dyad_batch_clusters")) {
        for (Cluster c : stored) {
          ap.beginRow().append(c.id).append(c.first).append(c.last).append(c.mentions).append(c.articles).append(c.sources).endRow();
        }
      }
      try (Statement st = connection.createStatement()) {
        st.executeUpdate("UPDATE event_clusters SET first_date = b.first_date, last_date = b.last_date, "
            + "num_mentions = b.num_mentions, num_articles = b.num_articles, num_sources = b.num_sources "
            + "FROM dyad_batch_clusters b WHERE event_clusters.id = b.id");
      }
    }
    try (DuckDBAppender ap = appender("cluster_sources")) {
      for (Cluster c : clusters) {
        for (String name : c.newSources) {
          ap.beginRow().append(c.id).append(name).endRow();
        }
      }
    }
  }

  private void appendEvents(List<ArticleEvents> fresh, Map<String, String> clusterOf) throws SQLException {
    int extra = extraColumns("events", EventRows.WRITE_COLUMNS.split(",").length);
    try (DuckDBAppender ap = appender("events")) {
      for (ArticleEvents ae : fresh) {
        for (Event e : ae.events()) {
          ap.beginRow();
          for (Object v : EventRows.values(e, clusterOf.get(e.id()))) {
            append(ap, v);
          }
          defaults(ap, extra);
          ap.endRow();
        }
      }
    }
  }

  /** The daily pair tallies the new articles' events add. */
  private void appendPairDays(List<ArticleEvents> fresh) throws SQLException {
    List<Event> events = new ArrayList<>();
    for (ArticleEvents ae : fresh) {
      events.addAll(ae.events());
    }
    Map<PairDays.Key, PairDays.Tally> rows = PairDays.of(events);
    try (DuckDBAppender ap = appender("pair_days")) {
      for (Map.Entry<PairDays.Key, PairDays.Tally> r : rows.entrySet()) {
        PairDays.Key k = r.getKey();
        PairDays.Tally t = r.getValue();
        ap.beginRow().append(k.level()).append(k.source()).append(k.target());
        if (k.day() == null) {
          ap.appendNull();
        } else {
          ap.append(k.day());
        }
        ap.append(t.events);
        for (long q : t.quads) {
          ap.append(q);
        }
        ap.append(t.goldstein).endRow();
      }
    }
    PairDays.appended(sql, rows.size());
  }

  /** The places articles were read from: new articles' own, and copies' added to what they copy. */
  private void writeSources(Set<List<String>> sources) throws SQLException {
    if (sources.isEmpty()) {
      return;
    }
    try (Statement st = connection.createStatement()) {
      st.execute("DELETE FROM dyad_batch_sources");
    }
    try (DuckDBAppender ap = appender("dyad_batch_sources")) {
      for (List<String> s : sources) {
        ap.beginRow().append(s.get(0)).append(s.get(1)).endRow();
      }
    }
    try (Statement st = connection.createStatement()) {
      st.executeUpdate("INSERT INTO article_sources SELECT article_id, location FROM dyad_batch_sources ON CONFLICT DO NOTHING");
    }
  }

  static void append(DuckDBAppender ap, Object v) throws SQLException {
    if (v == null) {
      ap.appendNull();
    } else if (v instanceof String s) {
      ap.append(s);
    } else if (v instanceof Integer n) {
      ap.append(n.intValue());
    } else if (v instanceof Double d) {
      ap.append(d.doubleValue());
    } else if (v instanceof Long n) {
      ap.append(n.longValue());
    } else if (v instanceof LocalDate d) {
      ap.append(d);
    } else {
      throw new IllegalStateException("no appender for a " + v.getClass().getSimpleName() + " value");
    }
  }

  private static void text(DuckDBAppender ap, String s) throws SQLException {
    if (s == null) {
      ap.appendNull();
    } else {
      ap.append(s);
    }
  }

  private static void defaults(DuckDBAppender ap, int extra) throws SQLException {
    for (int i = 0; i < extra; i++) {
      ap.appendDefault();
    }
  }

  private DuckDBAppender appender(String table) throws SQLException {
    DuckDBConnection c = connection.unwrap(DuckDBConnection.class);
    // The batch's scratch tables are temporary: in DuckDB's temp catalog, never in the file.
    return table.startsWith("dyad_batch_") ? c.createAppender("temp", DuckDBConnection.DEFAULT_SCHEMA, table)
        : c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, table);
  }

  /** How many columns {@code table} has after the {@code written} ones Dyad writes, which get their defaults. */
  int extraColumns(String table, int written) throws SQLException {
    Integer extra = extraColumns.get(table);
    if (extra == null) {
      PreparedStatement ps = sql.get(
          "SELECT count(*) FROM information_schema.columns WHERE table_name = ? AND table_schema = current_schema()");
      ps.setString(1, table);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        extra = rs.getInt(1) - written;
      }
      if (extra < 0) {
        throw new IllegalStateException("the " + table + " table lacks columns Dyad writes");
      }
      extraColumns.put(table, extra);
    }
    return extra;
  }
}
