package org.dyad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Actor;
import org.dyad.model.Article;
import org.dyad.model.DatePrecision;
import org.dyad.model.DateSource;
import org.dyad.model.Event;
import org.dyad.model.EventStatus;
import org.dyad.model.Evidence;
import org.dyad.model.Span;
import org.dyad.store.JdbcEventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code relations} with its shares of all news, and {@code search}, over a store filled by hand. */
class SearchAndRelationsCliTest {
  private static final LocalDate D = LocalDate.of(2021, 4, 7);
  private static final Actor LAVROV = new Actor("Lavrov", "RUSGOV", "RUS", "GOV", null, "Sergey Lavrov", null, null);
  private static final Actor KHAN = new Actor("Khan", "PAKGOV", "PAK", "GOV", null, "Imran Khan", null, null);
  private static final Actor BIDEN = new Actor("Biden", "USAGOV", "USA", "GOV", null, "Joe Biden", null, null);
  private static final String TEXT = "Lavrov met Khan in Islamabad to discuss the gas pipeline.";

  @TempDir Path dir;

  private String db;

  @BeforeEach
  void fill() throws Exception {
    db = dir.resolve("cli.duckdb").toString();
    try (JdbcEventStore store = JdbcEventStore.openDuckDb(Path.of(db))) {
      List<Event> events = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        events.add(event("a1e" + i, "a1", LAVROV, KHAN));
      }
      events.add(event("a1e3", "a1", BIDEN, KHAN));
      store.store(article("a1", "Lavrov in Islamabad", TEXT), events);
      store.store(article("a2", "Trade talks", "Officials from both countries met in Dhaka on trade."), List.of());
    }
  }

  @Test
  void relationsShowTheirShareOfAllEvents() throws Exception {
    CliRunner json = CliRunner.run("relations", "--db", db, "PAK", "RUS", "--format", "json");
    assertEquals(0, json.exit, json.err);
    List<JsonNode> rows = json.jsonLines();
    assertEquals(1, rows.size());
    JsonNode row = rows.get(0);
    assertEquals("RUS", row.path("source").asText());
    assertEquals(3, row.path("verbalCooperation").asInt());
    assertEquals(4, row.path("periodEvents").asInt(), "Biden's meeting counts in April's volume");
    assertEquals(0.75, row.path("eventsShare").asDouble(), 1e-9);

    CliRunner table = CliRunner.run("relations", "--db", db, "PAK", "RUS");
    assertEquals(0, table.exit, table.err);
    assertTrue(table.out.contains("share%"), table.out);
    assertTrue(table.out.contains("RUS>PAK"), table.out);
    assertTrue(table.out.contains("75.00"), table.out);
    CliRunner csv = CliRunner.run("relations", "--db", db, "PAK", "RUS", "--format", "csv");
    assertTrue(csv.out.lines().skip(1).findFirst().orElseThrow().endsWith(",4,0.750000,0.750000,0.000000,0.000000,0.000000"), csv.out);
  }

  @Test
  void searchPrintsHitsWithSnippets() throws Exception {
    CliRunner table = CliRunner.run("search", "--db", db, "gas", "pipeline");
    assertEquals(0, table.exit, table.err);
    assertTrue(table.out.contains("a1  Lavrov in Islamabad"), table.out);
    assertTrue(table.out.contains(TEXT), table.out);
    assertTrue(table.out.contains("(4 events)"), table.out);
    assertTrue(table.err.contains("1 matching articles"), table.err);
    assertTrue(Files.isDirectory(Path.of(db + ".search")), "the index is kept beside the store");

    CliRunner json = CliRunner.run("search", "--db", db, "--format", "json", "met");
    assertEquals(0, json.exit, json.err);
    List<JsonNode> hits = json.jsonLines();
    assertEquals(2, hits.size());
    JsonNode dhaka = hits.stream().filter(h -> h.path("articleId").asText().equals("a2")).findFirst().orElseThrow();
    JsonNode mark = dhaka.path("highlights").get(0);
    assertEquals("met", dhaka.path("snippet").asText().substring(mark.path("begin").asInt(), mark.path("end").asInt()));

    Path elsewhere = dir.resolve("elsewhere");
    CliRunner other = CliRunner.run("search", "--db", db, "--index", elsewhere.toString(), "dhaka");
    assertEquals(0, other.exit, other.err);
    assertTrue(other.out.contains("a2  Trade talks"), other.out);
    assertTrue(Files.isDirectory(elsewhere));
  }

  @Test
  void badSearchesAreUsageErrors() {
    CliRunner bad = CliRunner.run("search", "--db", db, "pipeline AND");
    assertEquals(2, bad.exit, bad.err);
    assertTrue(bad.err.contains("the query cannot be read"), bad.err);
    assertEquals(2, CliRunner.run("search", "--db", db, "--limit", "0", "pipeline").exit);
    assertEquals(2, CliRunner.run("search", "--db", db, "--format", "csv", "pipeline").exit);
    assertEquals(2, CliRunner.run("search", "--db", db).exit);
  }

  private static Event event(String id, String article, Actor source, Actor target) {
    return new Event(id, article, null, TEXT, 0, new Evidence(new Span(0, TEXT.length()), new Span(0, 6), new Span(11, 15),
        new Span(7, 10), "meet-with"), D, DatePrecision.DAY, EventStatus.ASSERTED, source, target, "040", 1, 1.0, "CONSULT", null,
        null, 0.9);
  }

  private static Article article(String id, String title, String text) {
    return new Article(id, "/corpus/" + id, "https://example.org/" + id, title, text, null, "Example", "en", D, DatePrecision.DAY,
        DateSource.GIVEN, null, List.of(), List.of());
  }
}
