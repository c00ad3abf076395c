package org.dyad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dyad.extract.source.DocumentSources;
import org.dyad.model.Event;
import org.dyad.model.RawDocument;
import org.dyad.model.json.Json;
import org.dyad.pipeline.Pipeline;
import org.dyad.store.EventQuery;
import org.dyad.store.JdbcEventStore;
import org.dyad.store.PostgresUrl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * The job on local[2] Spark over a Common Crawl News style WARC.gz written here: the canonical
 * article (as a text scrape), a short HTML report, a binary payload served as HTML, and a second
 * archive cut off in the middle of its record.
 */
class SparkJobTest {
  private static final Path SEED = Path.of("../examples/corpus/global-village-space-pak-russia.txt");
  private static final String REPORT = "<html><head><title>Lavrov in Islamabad</title></head><body><article>"
      + "<h1>Lavrov in Islamabad</h1>"
      + "<p>ISLAMABAD, April 7, 2021 - Russian Foreign Minister Sergey Lavrov met Pakistani Prime Minister Imran Khan"
      + " in Islamabad on Wednesday and discussed trade, energy and the situation in Afghanistan.</p>"
      + "<p>Pakistan and Russia agreed to expand cooperation in counterterrorism, Pakistan's Foreign Office said.</p>"
      + "<p>Russia offered to supply military equipment to Pakistan, Lavrov told reporters after the talks.</p>"
      + "</article></body></html>";

  @TempDir static Path dir;
  private static SparkSession spark;
  private static Path input;
  private static Path good;
  private static SparkJob.Report first;
  private static List<Row> firstEvents;

  @BeforeAll
  static void run() throws Exception {
    input = Files.createDirectories(dir.resolve("crawl"));
    good = input.resolve("CC-NEWS-20210408-00001.warc.gz");
    try (WarcWriter w = writer(good)) {
      Instant fetched = Instant.parse("2021-04-08T06:00:00Z");
      w.write(response("https://globalvillagespace.com/pak-russia", fetched, "text/plain; charset=utf-8", Files.readAllBytes(SEED)));
      w.write(response("https://news.example/lavrov-islamabad", fetched, "text/html; charset=utf-8",
          REPORT.getBytes(StandardCharsets.UTF_8)));
      byte[] binary = new byte[4096];
      for (int i = 0; i < binary.length; i++) {
        binary[i] = (byte) (i * 31);
      }
      w.write(response("https://news.example/broken", fetched, "text/html", binary));
    }
    Path whole = dir.resolve("whole.warc.gz");
    try (WarcWriter w = writer(whole)) {
      w.write(response("https://news.example/cut", Instant.parse("2021-04-08T07:00:00Z"), "text/html; charset=utf-8",
          REPORT.replace("Lavrov", "Shoigu").getBytes(StandardCharsets.UTF_8)));
    }
    byte[] all = Files.readAllBytes(whole);
    Files.write(input.resolve("CC-NEWS-20210408-00002.warc.gz"), Arrays.copyOf(all, all.length / 2));

    spark = SparkSession.builder().master("local[2]").appName("dyad-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.driver.host", "127.0.0.1")
        .getOrCreate();
    first = SparkJob.run(spark, config());
    firstEvents = events();
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  private static JobConfig config() {
    return new JobConfig(List.of(input.toUri().toString()), dir.resolve("out").toUri().toString(), null, 2);
  }

  private static List<Row> events() {
    return spark.read().parquet(dir.resolve("out").resolve("events").toString()).collectAsList();
  }

  private static WarcWriter writer(Path file) throws Exception {
    return new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE), WarcCompression.GZIP);
  }

  private static WarcResponse response(String uri, Instant date, String type, byte[] body) throws Exception {
    ByteArrayOutputStream http = new ByteArrayOutputStream();
    http.write(("HTTP/1.1 200 OK\r\nContent-Type: " + type + "\r\nContent-Length: " + body.length + "\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII));
    http.write(body);
    return new WarcResponse.Builder(URI.create(uri)).date(date).body(MediaType.HTTP_RESPONSE, http.toByteArray()).build();
  }

  /** id -> "cameo source target" for the events the single-machine pipeline codes from the good archive. */
  private static Map<String, String> singleMachine() {
    List<RawDocument> docs = new ArrayList<>();
    new DocumentSources(1 << 24, null, false).read(List.of(good.toString()), System.in, docs::add, f -> { });
    Pipeline pipeline = new Pipeline();
    Map<String, String> out = new TreeMap<>();
    for (RawDocument d : docs) {
      try {
        for (Event e : pipeline.code(d, null).events()) {
          out.put(e.id(), e.cameo() + " " + code(e.source()) + " " + code(e.target()) + " " + e.date());
        }
      } catch (Exception e) {
        // the binary page: the job must skip it too
      }
    }
    return out;
  }

  private static String code(org.dyad.model.Actor a) {
    return a == null ? "-" : a.code();
  }

  @Test
  void codesTheSameEventsAsTheSingleMachinePipeline() {
    Map<String, String> spark = new TreeMap<>();
    for (Row r : firstEvents) {
      Object date = r.getAs("date");
      spark.put(r.getAs("id"), r.getAs("cameo") + " " + orDash(r.getAs("source_code")) + " "
          + orDash(r.getAs("target_code")) + " " + (date == null ? "null" : date.toString()));
    }
    Map<String, String> local = singleMachine();
    assertTrue(local.size() >= 10, "the seed and the report code to many events: " + local);
    assertEquals(local, spark);
    assertTrue(spark.values().stream().anyMatch(v -> v.startsWith("042 RUSGOV PAK")), "Lavrov's visit: " + spark.values());
  }

  private static String orDash(Object o) {
    return o == null ? "-" : o.toString();
  }

  @Test
  void countsAndSkipsTheBinaryPayloadAndTheTruncatedArchive() {
    assertEquals(2, first.articles(), "the seed and the report");
    assertEquals(2, first.badRecords(), "the binary page and the cut-off archive");
    assertEquals(firstEvents.size(), first.events());
    List<Row> articles = spark.read().parquet(dir.resolve("out").resolve("articles").toString()).collectAsList();
    assertEquals(2, articles.size());
    List<String> files = articles.stream().map(r -> r.<String>getAs("file")).sorted().toList();
    assertTrue(files.stream().allMatch(f -> f.contains("CC-NEWS-20210408-00001.warc.gz!https://")),
        "origins name the input archive and the page: " + files);
    assertFalse(files.stream().anyMatch(f -> f.endsWith("/broken")), files.toString());
  }

  @Test
  void partitionsEventsByTheirOwnDate() {
    assertTrue(Files.isDirectory(dir.resolve("out").resolve("events").resolve("date=2021-04-07")),
        "the visit's events are dated 7 April 2021, not the fetch date");
    assertTrue(Files.isDirectory(dir.resolve("out").resolve("articles").resolve("date=2021-04-08"))
        || Files.isDirectory(dir.resolve("out").resolve("articles").resolve("date=2021-04-07")));
  }

  @Test
  void keepsEachEventsJsonReadableByDyad() throws Exception {
    for (Row r : firstEvents) {
      JsonNode json = Json.mapper().readTree(r.<String>getAs("json"));
      assertEquals(r.<String>getAs("id"), json.path("id").asText());
      assertEquals(r.<String>getAs("cameo"), json.path("cameo").asText());
    }
  }

  /** With {@code --jdbc} the job also loads PostgreSQL, through the store: twice, and still once. */
  @Test
  void loadsPostgresOnceEvenWhenRunTwice() throws Exception {
    String base = System.getenv("DYAD_TEST_POSTGRES");
    if (base == null || base.isBlank()) {
      if (System.getenv("CI") != null) {
        fail("$DYAD_TEST_POSTGRES is not set: CI must start PostgreSQL (bash .ci/postgres) and export it");
      }
      Assumptions.abort("$DYAD_TEST_POSTGRES is not set: no PostgreSQL to test against");
    }
    PostgresUrl server = PostgresUrl.parse(base);
    String schema = "t_spark_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection c = server.connect(); Statement st = c.createStatement()) {
      st.execute("CREATE SCHEMA " + schema);
    }
    try {
      String url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
      JobConfig loading = new JobConfig(List.of(input.toUri().toString()), dir.resolve("out-pg").toUri().toString(), url, 2);
      SparkJob.run(spark, loading);
      SparkJob.run(spark, loading);
      try (JdbcEventStore store = JdbcEventStore.open(url)) {
        assertEquals(2, store.articleCount(), "the two readable pages, once each");
        Set<String> ids = new TreeSet<>();
        store.scan(new EventQuery(null, null, null, null, null, true, 100_000), s -> ids.add(s.event().id()));
        assertEquals(singleMachine().keySet(), ids, "the same events as the single-machine pipeline, each once");
      }
    } finally {
      try (Connection c = server.connect(); Statement st = c.createStatement()) {
        st.execute("DROP SCHEMA " + schema + " CASCADE");
      }
    }
  }

  @Test
  void aRerunLeavesNoDuplicates() {
    SparkJob.Report again = SparkJob.run(spark, config());
    assertEquals(first.events(), again.events());
    List<Row> rows = events();
    assertEquals(firstEvents.size(), rows.size());
    assertEquals(rows.size(), rows.stream().map(r -> r.<String>getAs("id")).distinct().count());
  }
}
