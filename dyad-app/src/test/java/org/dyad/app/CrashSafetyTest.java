package org.dyad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.store.JdbcEventStore;
import org.dyad.store.StoreContents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills {@code dyad ingest} with SIGKILL part-way through a batch, reruns it, and checks the store
 * against a clean run of the same batch: every article stored once and whole, the same events,
 * and a file that opens cleanly. The ingests run as child processes (the clean one alongside the
 * killed one), each loading the NLP pipeline, so this test takes a few minutes.
 */
class CrashSafetyTest {
  private static final int ARTICLES = 1000;
  private static final Pattern PROGRESS = Pattern.compile("^dyad: \\[(\\d+)\\] ", Pattern.MULTILINE);
  private static final Pattern SUMMARY = Pattern.compile("dyad: (\\d+) articles stored, (\\d+) already present");
  private static final long RUN_SECONDS = 300;

  @TempDir Path dir;

  @Test
  void aKilledIngestResumesWithNothingLostNothingDoubledAndNothingHalfStored() throws Exception {
    Path in = writeArticles(dir.resolve("in"));
    Path clean = dir.resolve("clean.duckdb");
    Path crashed = dir.resolve("crashed.duckdb");

    Process cleanRun = ingest(clean, in, dir.resolve("clean.log"));
    Process killed = ingest(crashed, in, dir.resolve("killed.log"));
    int reported = awaitProgress(killed, dir.resolve("killed.log"), ARTICLES / 3);
    killed.destroyForcibly();
    assertTrue(killed.waitFor(30, TimeUnit.SECONDS), "the killed ingest did not end");

    // The file must open after the kill (DuckDB replays its write-ahead log) and hold some, not all.
    Map<String, List<Map<String, String>>> afterKill = snapshot(crashed);
    int partial = afterKill.get("articles").size();
    assertTrue(partial > 0 && partial < ARTICLES, partial + " articles stored when killed after " + reported + " were reported");

    Process rerun = ingest(crashed, in, dir.resolve("rerun.log"));
    finish(cleanRun, dir.resolve("clean.log"));
    String rerunLog = finish(rerun, dir.resolve("rerun.log"));

    Map<String, List<Map<String, String>>> want = snapshot(clean);
    Map<String, List<Map<String, String>>> got = snapshot(crashed);

    // No article half stored when killed: each one then stored has exactly its clean events.
    Map<String, List<Map<String, String>>> cleanEvents = byArticle(want.get("events"));
    Map<String, List<Map<String, String>>> killedEvents = byArticle(afterKill.get("events"));
    for (Map<String, String> a : afterKill.get("articles")) {
      String id = a.get("id");
      assertEquals(cleanEvents.getOrDefault(id, List.of()), killedEvents.getOrDefault(id, List.of()), "events of " + a.get("file"));
    }

    // Every article once: the inputs are all accounted for, no id and no file twice.
    assertEquals(ARTICLES, files(got).size(), "input files stored");
    assertEquals(got.get("articles").size(), new HashSet<>(column(got.get("articles"), "id")).size(), "an article stored twice");
    assertEquals(got.get("articles").size(), new HashSet<>(column(got.get("articles"), "file")).size(), "a file stored twice");

    // The rerun skipped what was stored and stored the rest.
    Matcher m = SUMMARY.matcher(rerunLog);
    assertTrue(m.find(), rerunLog);
    assertEquals(ARTICLES, Integer.parseInt(m.group(1)) + Integer.parseInt(m.group(2)), m.group());
    assertTrue(Integer.parseInt(m.group(2)) >= partial, m.group() + " after " + partial + " were stored");

    // The same rows in every table as the clean run (but when they were written).
    assertEquals(want.keySet(), got.keySet());
    for (String table : want.keySet()) {
      assertEquals(want.get(table).size(), got.get(table).size(), "rows in " + table);
      assertEquals(want.get(table), got.get(table), "rows of " + table);
    }
    assertTrue(want.get("events").size() >= ARTICLES / 2, "the articles code to events: " + want.get("events").size());

    try (JdbcEventStore db = JdbcEventStore.openDuckDb(crashed)) {
      assertEquals(want.get("articles").size(), db.articleCount());
    }
    System.out.printf(Locale.ROOT, "CrashSafetyTest: killed after %d of %d reported, %d articles stored then; rerun: %s; %d articles, %d events%n",
        reported, ARTICLES, partial, m.group(), got.get("articles").size(), got.get("events").size());
    CliRunner events = CliRunner.run("events", "--db", crashed.toString(), "--all", "--format", "json", "--limit", "5");
    assertEquals(0, events.exit, events.err);
    assertEquals(5, events.jsonLines().size());
  }

  /** Varied short news items, each distinct (its number, actors, verb, place and day). */
  private static Path writeArticles(Path in) throws IOException {
    Files.createDirectories(in);
    String[][] pairs = {
      {"Iranian", "Iraqi", "Baghdad"}, {"Russian", "Ukrainian", "Kyiv"}, {"Chinese", "Japanese", "Tokyo"},
      {"Indian", "Pakistani", "Islamabad"}, {"French", "German", "Berlin"}, {"Turkish", "Greek", "Athens"},
      {"Egyptian", "Israeli", "Jerusalem"}, {"American", "Mexican", "Mexico City"}, {"Brazilian", "Argentine", "Buenos Aires"},
      {"Saudi", "Yemeni", "Sanaa"}, {"Qatari", "Afghan", "Kabul"}, {"Kenyan", "Somali", "Mogadishu"}
    };
    String[] verbs = {"met", "visited", "criticised", "praised", "accused", "hosted", "threatened", "welcomed"};
    String[] days = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    String[] topics = {"trade", "water rights", "border crossings", "fishing quotas", "energy prices", "refugees", "airspace"};
    Random r = new Random(8);
    for (int i = 0; i < ARTICLES; i++) {
      String[] p = pairs[r.nextInt(pairs.length)];
      boolean flip = r.nextBoolean();
      String text = String.format(Locale.ROOT,
          "Report %d from %s%n%n%s officials %s %s diplomats in %s on %s. The talks, round %d of %d this year, covered %s and %s.%n",
          i, p[2], flip ? p[1] : p[0], verbs[r.nextInt(verbs.length)], flip ? p[0] : p[1], p[2], days[r.nextInt(days.length)],
          1 + r.nextInt(50), 50 + r.nextInt(50), topics[r.nextInt(topics.length)], topics[r.nextInt(topics.length)]);
      Files.writeString(in.resolve(String.format(Locale.ROOT, "a%04d.txt", i)), text, StandardCharsets.UTF_8);
    }
    return in;
  }

  private static Process ingest(Path db, Path in, Path log) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(java, "-Xmx2g", "-cp", System.getProperty("java.class.path"), "org.dyad.app.Main", "ingest",
        "--db", db.toString(), in.toString())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(log.toFile())
        .start();
  }

  /** Waits until the ingest reports at least {@code n} articles done; returns how many it reported. */
  private static int awaitProgress(Process p, Path log, int n) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(RUN_SECONDS);
    while (System.nanoTime() < deadline) {
      int done = 0;
      Matcher m = PROGRESS.matcher(Files.readString(log, StandardCharsets.UTF_8));
      while (m.find()) {
        done = Integer.parseInt(m.group(1));
      }
      if (done >= n) {
        return done;
      }
      if (!p.isAlive()) {
        fail("the ingest ended (exit " + p.exitValue() + ") before it was killed:\n" + tail(log));
      }
      Thread.sleep(50);
    }
    p.destroyForcibly();
    return fail("no progress to " + n + " articles in " + RUN_SECONDS + " s:\n" + tail(log));
  }

  private static String finish(Process p, Path log) throws Exception {
    if (!p.waitFor(RUN_SECONDS, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("the ingest did not end in " + RUN_SECONDS + " s:\n" + tail(log));
    }
    assertEquals(0, p.exitValue(), tail(log));
    return Files.readString(log, StandardCharsets.UTF_8);
  }

  private static String tail(Path log) throws IOException {
    String s = Files.readString(log, StandardCharsets.UTF_8);
    return s.substring(Math.max(0, s.length() - 3000));
  }

  /**
   * Every row of every table but the schema's own, without the columns that say when a row was
   * written, sorted: what two stores of the same articles must agree on.
   */
  private static Map<String, List<Map<String, String>>> snapshot(Path db) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath())) {
      return StoreContents.of(c);
    }
  }

  private static Map<String, List<Map<String, String>>> byArticle(List<Map<String, String>> events) {
    Map<String, List<Map<String, String>>> out = new TreeMap<>();
    for (Map<String, String> e : events) {
      out.computeIfAbsent(e.get("article_id"), k -> new ArrayList<>()).add(e);
    }
    return out;
  }

  private static List<String> column(List<Map<String, String>> rows, String name) {
    return rows.stream().map(r -> r.get(name)).toList();
  }

  /** The input files a store holds: its articles' files and, where it keeps them, the places copies were read from. */
  private static Set<String> files(Map<String, List<Map<String, String>>> db) {
    Set<String> files = new HashSet<>(column(db.get("articles"), "file"));
    if (db.containsKey("article_sources")) {
      files.addAll(column(db.get("article_sources"), "location"));
    }
    files.remove(null);
    return files;
  }
}
