package org.dyad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.dyad.extract.ArticleIds;
import org.dyad.model.Article;
import org.dyad.model.DatePrecision;
import org.dyad.model.DateSource;
import org.dyad.model.Paragraph;
import org.dyad.store.JdbcEventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile input at the command line: the hostile corpus of dyad-extract read as one batch, big
 * and bomb-like files, and SQL metacharacters in query options, each a one-line error naming the
 * input and the reason, with no stack trace, no harm to the store, and the batch going on.
 */
class HardeningCliTest {
  private static final Path HOSTILE = Path.of("../dyad-extract/src/test/resources/hostile");
  /**
   * How long a run may take before it counts as hung: a guard against endless loops and runaway
   * recursion, not a speed target (the extraction benchmark measures speed), so it leaves room for
   * a loaded machine.
   */
  private static final Duration HANG = Duration.ofSeconds(240);

  @TempDir Path dir;

  @Test
  void theHostileCorpusIsOneBatchWithAnErrorLinePerBadFile() throws Exception {
    List<String> files = new ArrayList<>();
    List<String> wantErrors = new ArrayList<>();
    int wantArticles = 0;
    for (String line : Files.readAllLines(HOSTILE.resolve("expected.tsv"), StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", 2);
      String path = HOSTILE.resolve(f[0]).toString();
      files.add(path);
      if (f[1].equals("article")) {
        wantArticles++;
      } else {
        wantErrors.add(path + "\t" + (f[1].endsWith("*") ? f[1].substring(0, f[1].length() - 1) : f[1]));
      }
    }
    Path good = Files.writeString(dir.resolve("good.txt"), "Talks in Baghdad\n\nIranian officials met Iraqi diplomats in Baghdad on Monday.\n");
    files.add(good.toString());

    List<String> args = new ArrayList<>(List.of("extract"));
    args.addAll(files);
    CliRunner r = assertTimeoutPreemptively(HANG, () -> CliRunner.run(args.toArray(String[]::new)));

    assertEquals(1, r.exit, r.err);
    List<JsonNode> articles = r.jsonLines();
    assertEquals(wantArticles + 1, articles.size(), r.out);
    assertEquals(good.toString(), articles.get(articles.size() - 1).path("file").asText(), "the batch went on to the end");
    // One line per bad file, naming it (a feed's item by its link, with the feed in the reason).
    for (String e : wantErrors) {
      String[] pathAndReason = e.split("\t");
      assertTrue(r.err.lines().anyMatch(l -> l.startsWith("dyad: ") && l.contains(pathAndReason[0]) && l.contains(": " + pathAndReason[1])),
          "no line for " + e + " in\n" + r.err);
    }
    assertEquals(wantErrors.size(), r.err.lines().filter(l -> l.startsWith("dyad: ")).count(), r.err);
    assertNoStackTrace(r);
  }

  @Test
  void bigAndBombLikeFilesAreRefusedQuicklyAndTheBatchGoesOn() throws Exception {
    Path big = dir.resolve("page-50mb.html");
    try (OutputStream out = Files.newOutputStream(big)) {
      byte[] p = "<p>Iranian officials met Iraqi diplomats in Baghdad on Monday.</p>\n".getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < 50 * 1024 * 1024 / p.length + 1; i++) {
        out.write(p);
      }
    }
    Path bomb = dir.resolve("bomb.html.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(bomb), 1 << 16)) {
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 1024; i++) {
        out.write(zeros);
      }
    }
    Path nested = Files.writeString(dir.resolve("nested.html"),
        "<html><body>" + "<div>".repeat(100_000) + "<p>Iranian officials met Iraqi diplomats in Baghdad on Monday.</p>"
            + "</div>".repeat(100_000) + "</body></html>");
    char[] line = new char[4 * 1024 * 1024];
    Arrays.fill(line, 'x');
    Path nul = dir.resolve("nul.txt");
    Files.write(nul, ("Talks\n\nIranian officials met\u0000Iraqi diplomats. " + new String(line)).getBytes(StandardCharsets.UTF_8));
    Path good = Files.writeString(dir.resolve("good.txt"), "Talks in Baghdad\n\nIranian officials met Iraqi diplomats in Baghdad on Monday.\n");

    CliRunner r = assertTimeoutPreemptively(HANG, () ->
        CliRunner.run("extract", big.toString(), bomb.toString(), nested.toString(), nul.toString(), good.toString()));

    assertEquals(1, r.exit, r.err);
    assertTrue(r.err.contains("dyad: " + bomb + ": is gzip-compressed, not a text or HTML page"), r.err);
    assertTrue(r.err.contains("dyad: " + nul + ": is binary (it contains NUL bytes), not a text or HTML page"), r.err);
    List<JsonNode> articles = r.jsonLines();
    assertEquals(List.of(big.toString(), nested.toString(), good.toString()),
        articles.stream().map(a -> a.path("file").asText()).toList());
    // the 50 MB page is cut to the limit, read, and says so
    assertTrue(articles.get(0).path("warnings").toString().contains("only its first 16.0 MB were read"), articles.get(0).toString());
    assertNoStackTrace(r);
  }

  @Test
  void sqlMetacharactersInQueryOptionsAreRefusedAndTheStoreIsUnharmed() throws Exception {
    Path db = dir.resolve("dyad.duckdb");
    String text = "Iranian officials met Iraqi diplomats in Baghdad on Monday.";
    try (JdbcEventStore store = JdbcEventStore.openDuckDb(db)) {
      store.store(new Article(ArticleIds.of(text), "a.txt", null, "Talks", text, null, null, "en", LocalDate.of(2024, 3, 4),
          DatePrecision.DAY, DateSource.GIVEN, null, List.of(new Paragraph(0, text.length(), Paragraph.Kind.BODY)), List.of()), List.of());
    }
    String d = db.toString();
    List<String[]> hostile = List.of(
        new String[] {"events", "--db", d, "--actor", "RUS' OR '1'='1"},
        new String[] {"events", "--db", d, "--actor", "RUS; DROP TABLE events; --"},
        new String[] {"events", "--db", d, "--actor", "rus"},
        new String[] {"events", "--db", d, "--pair", "PAK,RUS') OR 1=1 --"},
        new String[] {"events", "--db", d, "--pair", "PAK,RUS,IND"},
        new String[] {"events", "--db", d, "--limit", "1; DROP TABLE articles"},
        new String[] {"events", "--db", d, "--limit", "0"},
        new String[] {"events", "--db", d, "--format", "json\"; DROP TABLE events"},
        new String[] {"relations", "--db", d, "PAK", "RUS\" UNION SELECT * FROM articles --"},
        new String[] {"relations", "--db", d, "PAK", "RUS", "--by", "month); DROP TABLE events; --"},
        new String[] {"export", "--db", d, "--format", "gdelt; rm -rf /"});
    for (String[] args : hostile) {
      CliRunner r = CliRunner.run(args);
      String what = String.join(" ", args);
      assertEquals(2, r.exit, what + "\n" + r.err);
      assertTrue(r.err.startsWith("dyad: ") || r.err.contains("Invalid value") || r.err.contains("Usage:"), what + "\n" + r.err);
      assertTrue(r.out.isEmpty(), what + " printed " + r.out);
      assertNoStackTrace(r);
    }

    // A date is a date (or an ISO date-time); anything after it is a usage error, never run.
    List<String[]> trailing = List.of(
        new String[] {"events", "--db", d, "--from", "2020-01-01' OR '1'='1", "--format", "json"},
        new String[] {"events", "--db", d, "--to", "2020-01-01; DELETE FROM articles", "--format", "json"},
        new String[] {"export", "--db", d, "--format", "csv", "--from", "1970-01-01'; DROP TABLE articles; --"});
    for (String[] args : trailing) {
      CliRunner r = CliRunner.run(args);
      assertEquals(2, r.exit, String.join(" ", args) + "\n" + r.err);
      assertTrue(r.err.contains("is not a date (YYYY-MM-DD)"), r.err);
      assertNoStackTrace(r);
    }
    assertEquals(0, CliRunner.run("events", "--db", d, "--from", "2020-01-01T00:00:00Z", "--format", "json").exit);

    // Valid codes that happen to spell SQL words are data, not SQL.
    CliRunner words = CliRunner.run("events", "--db", d, "--actor", "DROPTABLE", "--all", "--format", "json");
    assertEquals(0, words.exit, words.err);
    assertTrue(words.jsonLines().isEmpty());
    try (JdbcEventStore store = JdbcEventStore.openDuckDb(db)) {
      assertEquals(1, store.articleCount());
      assertTrue(store.article(ArticleIds.of(text)).isPresent());
    }
  }

  private static void assertNoStackTrace(CliRunner r) {
    assertFalse(r.err.contains("\tat "), "a stack trace:\n" + r.err);
  }
}
