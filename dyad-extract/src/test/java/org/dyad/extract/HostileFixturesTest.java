package org.dyad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.dyad.extract.source.DocumentSources;
import org.dyad.model.Article;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed corpus of hostile inputs ({@code src/test/resources/hostile}), read as one batch
 * the way the CLI reads its inputs: each file gives an article or is refused with its name and the
 * reason listed in {@code expected.tsv}, and a bad file never stops the files after it.
 */
class HostileFixturesTest {
  private static final String EXPECTED = "expected.tsv";

  private static Path dir;
  private static Map<String, String> expected;
  private static Map<String, List<Outcome>> outcomes;

  /** What reading one file gave: an article, or the reason it was refused. */
  record Outcome(Article article, String origin, String reason) {}

  @BeforeAll
  static void readCorpus() throws IOException, URISyntaxException {
    dir = Path.of(HostileFixturesTest.class.getResource("/hostile/" + EXPECTED).toURI()).getParent();
    expected = new LinkedHashMap<>();
    for (String line : Files.readAllLines(dir.resolve(EXPECTED), StandardCharsets.UTF_8)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        String[] f = line.split("\t", 2);
        expected.put(f[0], f[1]);
      }
    }
    List<String> files = expected.keySet().stream().map(f -> dir.resolve(f).toString()).toList();
    outcomes = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> read(files));
  }

  /**
   * Reads {@code inputs} in turn through the sources and the extractor, as one batch: what each
   * gave (one outcome for a page, one per record or item for a WARC file or a feed), by file name.
   */
  static Map<String, List<Outcome>> read(List<String> inputs) {
    ArticleExtractor extractor = new ArticleExtractor();
    DocumentSources sources = new DocumentSources(ArticleExtractor.DEFAULT_MAX_BYTES, null, false);
    Map<String, List<Outcome>> out = new LinkedHashMap<>();
    for (String input : inputs) {
      List<Outcome> got = out.computeIfAbsent(Path.of(input).getFileName().toString(), k -> new ArrayList<>());
      sources.read(List.of(input), InputStream.nullInputStream(),
          doc -> {
            try {
              got.add(new Outcome(extractor.extract(doc), doc.origin(), null));
            } catch (BadDocumentException e) {
              assertEquals(e.origin() + ": " + e.reason(), e.getMessage());
              got.add(new Outcome(null, e.origin(), e.reason()));
            }
          },
          f -> got.add(new Outcome(null, f.origin(), f.reason())));
    }
    return out;
  }

  /** The one outcome of a fixture. */
  private static Outcome one(String name) {
    List<Outcome> got = outcomes.get(name);
    assertEquals(1, got.size(), name + " gave " + got);
    return got.get(0);
  }

  @Test
  void everyFixtureIsListedWithItsOutcome() throws IOException {
    TreeSet<String> files = new TreeSet<>();
    try (Stream<Path> s = Files.list(dir)) {
      s.map(p -> p.getFileName().toString()).filter(n -> !n.equals(EXPECTED)).forEach(files::add);
    }
    assertEquals(files, new TreeSet<>(expected.keySet()));
  }

  @Test
  void eachFileGivesItsExpectedOutcome() {
    List<String> wrong = new ArrayList<>();
    for (Map.Entry<String, String> e : expected.entrySet()) {
      List<Outcome> got = outcomes.get(e.getKey());
      Outcome o = got.size() == 1 ? got.get(0) : null;
      String want = e.getValue();
      String path = dir.resolve(e.getKey()).toString();
      if (o == null) {
        wrong.add(e.getKey() + ": want one outcome, got " + got);
      } else if (!o.origin().equals(path) && (o.reason() == null || !o.reason().contains(path))) {
        // a feed's item is reported by its link, with the feed named in the reason
        wrong.add(e.getKey() + ": reported as " + o.origin() + " without naming the file");
      } else if (want.equals("article") ? o.article() == null : !matches(want, o.reason())) {
        wrong.add(e.getKey() + ": want " + want + ", got " + (o.article() != null ? "an article" : o.reason()));
      }
    }
    assertTrue(wrong.isEmpty(), String.join("\n", wrong));
  }

  private static boolean matches(String want, String reason) {
    return reason != null && (want.endsWith("*") ? reason.startsWith(want.substring(0, want.length() - 1)) : reason.equals(want));
  }

  @Test
  void aBadFileNeverStopsTheBatch(@TempDir Path tmp) throws IOException {
    Path good = Files.writeString(tmp.resolve("zz-good.txt"),
        "Talks in Baghdad\n\nIranian officials met Iraqi diplomats in Baghdad on Monday.\n");
    List<String> inputs = new ArrayList<>();
    expected.keySet().forEach(f -> inputs.add(dir.resolve(f).toString()));
    inputs.add(good.toString());
    Map<String, List<Outcome>> all = read(inputs);
    assertEquals(expected.size() + 1, all.size());
    assertNotNull(all.get("zz-good.txt").get(0).article());
  }

  @Test
  void scriptsAreNeverArticleText() {
    String text = one("script-in-text.html").article().text();
    for (String code : List.of("document.cookie", "inline-script-code", "attribute-code", "img-code", "iframe-code", "color:red")) {
      assertFalse(text.contains(code), code + " in " + text);
    }
    assertTrue(text.contains("the <script>alert(1)</script> string appeared"), "escaped markup is the article's own text: " + text);
    assertTrue(text.contains("no agreement was signed"), text);
  }

  @Test
  void markupInPlainTextIsKeptAsText() {
    String text = one("html-in-text.txt").article().text();
    assertTrue(text.contains("<script>alert(\"x\")</script> <b>Bold</b>"), text);
  }

  @Test
  void aFeedWithAnInternalSubsetIsReadAsAFeedWithItsEntitiesUnexpanded() {
    Outcome item = one("billion-laughs.xml");
    assertEquals("https://example.org/a", item.origin());
    assertTrue(item.reason().length() < 300, item.reason());
  }

  @Test
  void mislabelledPagesAreReadLikeBrowsersDo() {
    assertTrue(one("mislabelled-latin1-as-utf8.html").article().text().contains("\u00c9lys\u00e9e"));
    assertTrue(one("utf16le-bom.txt").article().text().contains("\u00c9lys\u00e9e"));
    assertTrue(one("unknown-charset.html").article().text().startsWith("Iranian officials met"));
  }
}
