package org.dyad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dyad bench-store} on small numbers: it stores and queries what it says, and reports its figures. */
class StoreBenchCommandTest {
  @TempDir Path dir;

  @Test
  void ingestStoresExactlyTheEventsAskedFor() {
    CliRunner r = CliRunner.run("bench-store", "--events", "500", "--batch", "20", "--dir", dir.toString());
    assertEquals(0, r.exit, r.err);
    Matcher m = Pattern.compile("ingest: 500 events in (\\d+) articles, 20 a transaction").matcher(r.out);
    assertTrue(m.find(), r.out);
    assertTrue(Integer.parseInt(m.group(1)) >= 500 / 11, r.out);
    assertTrue(r.out.matches("(?s).*ingest: \\d+ events/s, \\d+ articles/s.*"), r.out);
    assertTrue(r.out.contains("peak heap: "), r.out);
    assertTrue(Files.exists(dir.resolve("ingest.duckdb")), "--dir keeps the store");
  }

  @Test
  void relationsAreTimedOverAStoreOfTheSizeAskedFor() {
    CliRunner r = CliRunner.run("bench-store", "--relations", "--store-events", "5000", "--queries", "3", "--dir", dir.toString());
    assertEquals(0, r.exit, r.err);
    assertTrue(r.out.contains("relations: 5000 synthetic events loaded"), r.out);
    Matcher m = Pattern.compile("relations: store of 5000 events; USA-CHN monthly: (\\d+) asserted events, (\\d+) rows").matcher(r.out);
    assertTrue(m.find(), r.out);
    assertTrue(Integer.parseInt(m.group(1)) > 0 && Integer.parseInt(m.group(2)) > 0, m.group());
    assertTrue(r.out.contains("over 3 queries"), r.out);

    CliRunner again = CliRunner.run("bench-store", "--relations", "--queries", "1", "--dir", dir.toString());
    assertEquals(0, again.exit, again.err);
    assertTrue(again.out.contains("reusing"), again.out);
  }

  @Test
  void withoutAMeasureItIsAUsageError() {
    CliRunner r = CliRunner.run("bench-store");
    assertEquals(2, r.exit);
    assertFalse(r.err.isEmpty());
  }
}
