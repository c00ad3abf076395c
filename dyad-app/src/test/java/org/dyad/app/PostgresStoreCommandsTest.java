package org.dyad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.dyad.model.Actor;
import org.dyad.model.Article;
import org.dyad.model.DatePrecision;
import org.dyad.model.DateSource;
import org.dyad.model.Event;
import org.dyad.model.EventStatus;
import org.dyad.model.Evidence;
import org.dyad.model.Span;
import org.dyad.model.json.Json;
import org.dyad.store.JdbcEventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store commands with {@code --db postgresql://...}: the same answers as over a DuckDB file. */
class PostgresStoreCommandsTest {
  private static final String TEXT = "Lavrov met Khan in Islamabad.";

  @TempDir Path dir;

  private PostgresTestSchema schema;

  @BeforeEach
  void fill() throws Exception {
    schema = PostgresTestSchema.create();
    Actor lavrov = new Actor("Lavrov", "RUSGOV", "RUS", "GOV", null, "Sergey Lavrov", null, null);
    Actor khan = new Actor("Khan", "PAKGOV", "PAK", "GOV", null, "Imran Khan", null, null);
    Article a = new Article("art1", "/corpus/art1.txt", "https://example.org/art1", "Lavrov in Islamabad", TEXT, null, null,
        "en", LocalDate.of(2021, 4, 8), DatePrecision.DAY, DateSource.META, null, List.of(), List.of());
    try (JdbcEventStore store = JdbcEventStore.open(schema.url())) {
      store.store(a, List.of(event("e1", LocalDate.of(2021, 4, 7), EventStatus.ASSERTED, lavrov, khan),
          event("e2", LocalDate.of(2021, 5, 1), EventStatus.ASSERTED, khan, lavrov),
          event("e3", LocalDate.of(2021, 4, 7), EventStatus.NEGATED, lavrov, khan)));
    }
  }

  @AfterEach
  void drop() throws Exception {
    if (schema != null) {
      schema.close();
    }
  }

  private static Event event(String id, LocalDate date, EventStatus status, Actor source, Actor target) {
    return new Event(id, "art1", null, TEXT, 0,
        new Evidence(new Span(0, TEXT.length()), new Span(0, 6), new Span(11, 15), new Span(7, 10), "meet-with"),
        date, DatePrecision.DAY, status, source, target, "040", 1, 1.0, "CONSULT", null, null, 0.9);
  }

  @Test
  void eventsAndRelationsComeFromTheServer() throws Exception {
    CliRunner events = CliRunner.run("events", "--db", schema.url(), "--all", "--format", "json");
    assertEquals(0, events.exit, events.err);
    assertEquals(List.of("e1", "e3", "e2"), events.jsonLines().stream().map(n -> n.path("id").asText()).toList());

    CliRunner relations = CliRunner.run("relations", "--db", schema.url(), "RUS", "PAK", "--by", "month", "--format", "json");
    assertEquals(0, relations.exit, relations.err);
    List<JsonNode> rows = relations.jsonLines();
    assertFalse(rows.isEmpty(), relations.out);
    assertTrue(relations.out.contains("2021-04-01") && relations.out.contains("2021-05-01"), relations.out);
  }

  @Test
  void exportsReadTheServerStore() throws Exception {
    CliRunner gdelt = CliRunner.run("export", "--db", schema.url(), "--format", "gdelt");
    assertEquals(0, gdelt.exit, gdelt.err);
    String[] lines = gdelt.out.split("\n");
    assertEquals(2, lines.length, gdelt.out);
    assertEquals("RUSGOV", lines[0].split("\t", -1)[5]);
    assertTrue(gdelt.err.contains("2 events exported"), gdelt.err);
    assertFalse(gdelt.err.contains(":dyad@"), "no password in messages: " + gdelt.err);

    Path parquet = dir.resolve("pg.parquet");
    CliRunner p = CliRunner.run("export", "--db", schema.url(), "--format", "parquet", "--all", "--out", parquet.toString());
    assertEquals(0, p.exit, p.err);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT count(*), count(*) FILTER (WHERE status = 'negated'), min(\"date\") FROM read_parquet('"
            + parquet.toString().replace("'", "''") + "')")) {
      assertTrue(rs.next());
      assertEquals(3, rs.getLong(1));
      assertEquals(1, rs.getLong(2));
      assertEquals(LocalDate.of(2021, 4, 7), rs.getObject(3, LocalDate.class));
    }
  }

  @Test
  void aBadServerIsReportedWithoutItsPassword() {
    CliRunner r = CliRunner.run("events", "--db", "postgresql://dyad:secret@127.0.0.1:1/nowhere");
    assertEquals(1, r.exit, r.err);
    assertTrue(r.err.contains("127.0.0.1:1/nowhere"), r.err);
    assertFalse(r.err.contains("secret"), r.err);
  }

  @Test
  void serveSearchesAPostgresStoreWithItsOwnIndex() throws Exception {
    StringWriter err = new StringWriter();
    AtomicInteger exit = new AtomicInteger(-1);
    Path index = dir.resolve("pg-index");
    Thread serving = new Thread(() -> exit.set(Main.run(new String[] {"serve", "--db", schema.url(), "--port", "0",
        "--search-index", index.toString()}, new PrintWriter(new StringWriter()), new PrintWriter(err))));
    serving.start();
    int port = ServeCommandTest.awaitPort(err);
    HttpResponse<String> r = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/search?q=islamabad")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), r.body());
    JsonNode page = Json.mapper().readTree(r.body());
    assertEquals(1, page.path("total").asInt(), r.body());
    assertEquals("art1", page.path("hits").get(0).path("articleId").asText());
    assertTrue(Files.isDirectory(index), "the index is where it was asked to be");
    serving.interrupt();
    serving.join(30_000);
    assertEquals(0, exit.get(), err.toString());
  }
}
