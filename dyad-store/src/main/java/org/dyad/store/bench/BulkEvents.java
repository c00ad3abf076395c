package org.dyad.store.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.dyad.model.ontology.CameoCode;
import org.dyad.model.ontology.CameoCodebook;
import org.dyad.store.JdbcEventStore;
import org.dyad.store.StoreException;

/**
 * Fills a new DuckDB store with many synthetic events at once, in SQL inside DuckDB, for measuring
 * queries over a large store: the same shape as {@link SyntheticCorpus} (skewed countries, every
 * CAMEO code, five events an article, ten years), without clusters or article texts, which the
 * queries measured do not read. The store's schema and indexes are Dyad's own.
 */
public final class BulkEvents {
  /** Events per synthetic article. */
  public static final int EVENTS_PER_ARTICLE = 5;

  private BulkEvents() {}

  /**
   * Creates the store at {@code file} and writes {@code events} events into it.
   *
   * @throws IllegalArgumentException when the file exists already or the count is not positive
   */
  public static void load(Path file, long events, long seed) throws StoreException {
    if (events <= 0) {
      throw new IllegalArgumentException("the number of events must be positive: " + events);
    }
    if (file.toFile().exists()) {
      throw new IllegalArgumentException(file + " exists already; the bulk load needs a new store");
    }
    // Dyad creates the schema; the rows then go in through a connection of its own.
    JdbcEventStore.openDuckDb(file).close();
    long articles = (events + EVENTS_PER_ARTICLE - 1) / EVENTS_PER_ARTICLE;
    List<CameoCode> codes = List.copyOf(CameoCodebook.standard().all());
    List<String> countries = SyntheticCorpus.COUNTRIES;
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
        Statement st = c.createStatement()) {
      st.execute("SELECT setseed(" + (seed % 1000) / 1000.0 + ")");
      st.execute("CREATE TEMP TABLE bench_countries AS SELECT * FROM (VALUES "
          + countries.stream().map(s -> "(" + countries.indexOf(s) + ", '" + s + "')").collect(Collectors.joining(", "))
          + ") t(i, code)");
      st.execute("CREATE TEMP TABLE bench_codes AS SELECT * FROM (VALUES "
          + codes.stream().map(k -> String.format(Locale.ROOT, "(%d, '%s', '%s', %d, %s)", codes.indexOf(k), k.code(), k.root(),
              k.quadClass(), Double.toString(k.goldstein()))).collect(Collectors.joining(", "))
          + ") t(i, cameo, root, quad, goldstein)");
      st.execute("INSERT INTO articles (id, file, url, title, author, site, language, date, date_precision, date_source, text, "
          + "ingested_at) SELECT 'bulk-' || i, NULL, 'https://news' || (i % 200) || '.example/' || i, 'Story ' || i, NULL, "
          + "'News ' || (i % 200), 'en', DATE '2015-01-01' + CAST((i * 7919) % 3652 AS INTEGER), 'day', 'meta', 'Story ' || i, "
          + "TIMESTAMP '2025-01-01 00:00:00' FROM range(" + articles + ") r(i)");
      // DuckDB builds an index over loaded rows far faster than it maintains one row by row: the
      // events' secondary indexes are dropped for the load and made again, as V1 defines them.
      st.execute("DROP INDEX events_pair");
      st.execute("DROP INDEX events_article");
      int n = countries.size();
      String skew = Double.toString(SyntheticCorpus.SKEW);
      st.execute("INSERT INTO events (id, article_id, sentence_index, sentence, date, date_precision, status, "
          + "source_text, source_code, source_country, source_sector, target_text, target_code, target_country, target_sector, "
          + "cameo, cameo_root, quad_class, goldstein, confidence, sentence_begin, sentence_end, source_begin, source_end, "
          + "target_begin, target_end, trigger_begin, trigger_end, pattern_id) "
          + "SELECT 'bulk-' || x.a || '-' || x.k, 'bulk-' || x.a, x.k, 'A synthetic sentence.', "
          + "DATE '2015-01-01' + CAST((x.a * 7919) % 3652 AS INTEGER) - x.back, 'day', "
          + "CASE WHEN x.u < 0.85 THEN 'asserted' WHEN x.u < 0.9 THEN 'negated' WHEN x.u < 0.94 THEN 'future' "
          + "WHEN x.u < 0.97 THEN 'hypothetical' ELSE 'historical' END, "
          + "s.code, s.code || x.ss, s.code, nullif(x.ss, ''), t.code, t.code || x.ts, t.code, nullif(x.ts, ''), "
          + "k.cameo, k.root, k.quad, k.goldstein, 0.9, 0, 21, 0, 3, 8, 11, 4, 7, 'synthetic' "
          + "FROM (SELECT i // " + EVENTS_PER_ARTICLE + " AS a, i % " + EVENTS_PER_ARTICLE + " AS k, "
          + "CAST(floor(" + n + " * pow(random(), " + skew + ")) AS INTEGER) AS si, "
          + "CAST(floor(" + n + " * pow(random(), " + skew + ")) AS INTEGER) AS ti, "
          + "CAST(floor(random() * " + codes.size() + ") AS INTEGER) AS ki, CAST(floor(random() * 3) AS INTEGER) AS back, "
          + "random() AS u, ['GOV', 'GOV', 'MIL', 'BUS', 'CVL', ''][1 + CAST(floor(random() * 6) AS INTEGER)] AS ss, "
          + "['GOV', 'GOV', 'MIL', 'BUS', 'CVL', ''][1 + CAST(floor(random() * 6) AS INTEGER)] AS ts "
          + "FROM range(" + events + ") r(i)) x "
          + "JOIN bench_countries s ON s.i = x.si JOIN bench_countries t ON t.i = x.ti JOIN bench_codes k ON k.i = x.ki");
      st.execute("CREATE INDEX events_pair ON events (source_country, target_country, date)");
      st.execute("CREATE INDEX events_article ON events (article_id)");
      st.execute("CHECKPOINT");
    } catch (SQLException e) {
      throw new StoreException("cannot fill " + file + " with synthetic events: " + e.getMessage(), e);
    }
    // the events went in around Dyad's ingest, so their daily pair tallies are counted here
    try (JdbcEventStore store = JdbcEventStore.openDuckDb(file)) {
      store.recountPairDays();
    }
  }
}
