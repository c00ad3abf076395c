package org.dyad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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

/** {@code dyad export} over a store filled through the store API (no NLP). */
class ExportCommandTest {
  private static final String TEXT = "Lavrov met Khan in Islamabad.";

  @TempDir Path dir;

  private String db;

  @BeforeEach
  void fill() throws Exception {
    db = dir.resolve("export.duckdb").toString();
    Actor lavrov = new Actor("Lavrov", "RUSGOV", "RUS", "GOV", null, "Sergey Lavrov", null, null);
    Actor khan = new Actor("Khan", "PAKGOV", "PAK", "GOV", null, "Imran Khan", null, null);
    Article a = new Article("art1", "/corpus/art1.txt", "https://example.org/art1", "Lavrov in Islamabad", TEXT, null, null,
        "en", LocalDate.of(2021, 4, 8), DatePrecision.DAY, DateSource.META, null, List.of(), List.of());
    try (JdbcEventStore store = JdbcEventStore.openDuckDb(Path.of(db))) {
      store.store(a, List.of(event("e1", LocalDate.of(2021, 4, 7), EventStatus.ASSERTED, lavrov, khan),
          event("e2", LocalDate.of(2021, 5, 1), EventStatus.ASSERTED, khan, lavrov),
          event("e3", LocalDate.of(2021, 4, 7), EventStatus.NEGATED, lavrov, khan)));
    }
  }

  private static Event event(String id, LocalDate date, EventStatus status, Actor source, Actor target) {
    return new Event(id, "art1", null, TEXT, 0,
        new Evidence(new Span(0, TEXT.length()), new Span(0, 6), new Span(11, 15), new Span(7, 10), "meet-with"),
        date, DatePrecision.DAY, status, source, target, "040", 1, 1.0, "CONSULT", null, null, 0.9);
  }

  @Test
  void gdeltRowsGoToStandardOutput() {
    CliRunner r = CliRunner.run("export", "--db", db, "--format", "gdelt");
    assertEquals(0, r.exit, r.err);
    String[] lines = r.out.split("\n");
    assertEquals(2, lines.length, r.out);
    String[] row = lines[0].split("\t", -1);
    assertEquals(61, row.length);
    assertEquals("20210407", row[1]);
    assertEquals("RUSGOV", row[5]);
    assertEquals("PAKGOV", row[15]);
    assertEquals("040", row[26]);
    assertEquals("https://example.org/art1", row[60]);
    assertTrue(r.err.contains("2 events exported"), r.err);
  }

  @Test
  void datesAndStatusesChooseTheEvents() throws Exception {
    CliRunner r = CliRunner.run("export", "--db", db, "--format", "jsonl", "--all", "--from", "2021-04-01", "--to", "2021-04-30");
    assertEquals(0, r.exit, r.err);
    List<JsonNode> rows = r.jsonLines();
    assertEquals(List.of("e1", "e3"), rows.stream().map(n -> n.path("id").asText()).toList());
    assertEquals("negated", rows.get(1).path("status").asText());
  }

  @Test
  void csvGoesToAFile() throws Exception {
    Path out = dir.resolve("events.csv");
    CliRunner r = CliRunner.run("export", "--db", db, "--format", "csv", "--out", out.toString());
    assertEquals(0, r.exit, r.err);
    assertEquals("", r.out);
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertEquals(3, lines.size());
    assertTrue(lines.get(0).startsWith("id,articleId,sentence,"), lines.get(0));
    assertTrue(lines.get(1).startsWith("e1,art1,Lavrov met Khan in Islamabad.,"), lines.get(1));
    assertFalse(Files.exists(dir.resolve("events.csv.part")));
  }

  @Test
  void badOptionsAreUsageErrors() {
    assertEquals(2, CliRunner.run("export", "--db", db, "--format", "parquet").exit);
    assertEquals(2, CliRunner.run("export", "--db", db).exit);
    assertEquals(2, CliRunner.run("export", "--db", db, "--format", "csv", "--from", "April").exit);
    assertEquals(2, CliRunner.run("export", "--db", db, "--format", "csv", "--from", "2021-05-01", "--to", "2021-04-01").exit);
  }
}
