package org.dyad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ingest, events and relations over a real DuckDB file. */
class StoreCommandsTest {
  private static final String CORPUS = "../examples/corpus";

  @TempDir Path dir;

  @Test
  void ingestIsIdempotentAndQueriesAnswer() throws Exception {
    String db = dir.resolve("dyad.duckdb").toString();
    CliRunner first = CliRunner.run("ingest", "--db", db, CORPUS);
    assertEquals(0, first.exit, first.err);
    assertTrue(first.err.contains("1 articles stored, 0 already present"), first.err);
    assertTrue(first.err.contains(", 1 of 1, about 0 s left)"), "progress: done of total and time left: " + first.err);
    CliRunner again = CliRunner.run("ingest", "--db", db, CORPUS);
    assertEquals(0, again.exit, again.err);
    assertTrue(again.err.contains("0 articles stored, 1 already present"), again.err);

    CliRunner pair = CliRunner.run("events", "--db", db, "--pair", "PAK,RUS", "--format", "json");
    assertEquals(0, pair.exit, pair.err);
    List<JsonNode> events = pair.jsonLines();
    assertFalse(events.isEmpty());
    for (JsonNode e : events) {
      assertEquals("asserted", e.path("status").asText());
      assertEquals(java.util.Set.of("PAK", "RUS"),
          java.util.Set.of(e.path("source").path("country").asText(), e.path("target").path("country").asText()));
    }

    CliRunner rel = CliRunner.run("relations", "--db", db, "PAK", "RUS", "--by", "month", "--format", "json");
    assertEquals(0, rel.exit, rel.err);
    List<JsonNode> rows = rel.jsonLines();
    assertTrue(rows.stream().anyMatch(r -> r.path("source").asText().equals("RUS") && r.path("period").asText().equals("2021-04-01")
        && r.path("verbalCooperation").asInt() >= 3), rel.out);
    long total = rows.stream().mapToLong(r -> r.path("events").asLong()).sum();
    assertEquals(events.stream().filter(e -> !e.path("date").isNull()).count(), total, "relations count the pair's dated asserted events");

    CliRunner csv = CliRunner.run("events", "--db", db, "--actor", "RUS", "--from", "2021-04-01", "--to", "2021-04-30", "--format", "csv");
    assertEquals(0, csv.exit, csv.err);
    assertTrue(csv.out.startsWith("id,date,"), csv.out);
    assertTrue(csv.out.contains("Lavrov"), csv.out);
  }

  @Test
  void demoRunsOnTheBundledCorpus() {
    CliRunner r = CliRunner.run("demo", "--no-serve", "--db", dir.resolve("demo.duckdb").toString(), "--corpus", CORPUS);
    assertEquals(0, r.exit, r.err);
    assertTrue(r.out.contains("Ingested 1 articles"), r.out);
    assertTrue(r.out.contains("Relations PAK-RUS by month"), r.out);
    assertTrue(r.out.contains("RUSGOV Sergey Lavrov"), r.out);
  }

  @Test
  void badQueriesAreUsageErrors() {
    String db = dir.resolve("q.duckdb").toString();
    assertEquals(2, CliRunner.run("events", "--db", db, "--pair", "PAK").exit);
    assertEquals(2, CliRunner.run("events", "--db", db, "--actor", "x'; DROP TABLE events; --").exit);
    assertEquals(2, CliRunner.run("relations", "--db", db, "PAK", "RUS", "--by", "fortnight").exit);
  }
}
