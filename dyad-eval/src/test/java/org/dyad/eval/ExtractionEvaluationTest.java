package org.dyad.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dyad.extract.ArticleExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractionEvaluationTest {
  @TempDir Path dir;

  private void page(String sub, String name, String html) throws Exception {
    Files.createDirectories(dir.resolve(sub));
    Files.writeString(dir.resolve(sub).resolve(name), html);
  }

  private static String html(String head, String body) {
    return "<html><head>" + head + "</head><body><article>" + body + "</article></body></html>";
  }

  @Test
  void scoresSnippetsAndMetadataAsTheReadmeSays() throws Exception {
    page("cache", "a.html", html(
        "<title>Alpha</title><meta name=\"author\" content=\"Ann Lee\">"
            + "<meta property=\"article:published_time\" content=\"2020-01-02T10:00:00Z\">",
        "<p>The minister met the envoy in Paris on Monday to discuss trade.</p>"
            + "<p>Both sides agreed to meet again next month.</p>"));
    page("eval", "b.html", "");
    page("cache", "c.html", html("", "<p>The cached copy of the story is the one that is read here.</p>"));
    page("eval", "c.html", html("", "<p>Another copy that must not be read.</p>"));
    Path gold = dir.resolve("gold.json");
    Files.writeString(gold, """
        {"u1": {"file": "a.html", "with": ["minister met \\n  the envoy", "meet again next month", "absent"],
                "without": ["Paris on Monday", "Cookie policy"],
                "title": "Alpha", "author": "Ann Lee", "date": "2020-01-02"},
         "u2": {"file": "b.html", "with": ["x", "y"], "without": ["z"], "title": "Beta", "author": "",
                "date": "2021-05-05"},
         "u3": {"file": "c.html", "with": ["cached copy"], "without": ["Another copy"], "title": "",
                "author": ["Ann Lee", "Bo Ma"], "date": null}}
        """);

    ExtractionEvaluation.Result r = ExtractionEvaluation.run(gold, dir, new ArticleExtractor());

    assertEquals(3, r.pages());
    assertEquals(3, r.tp());
    assertEquals(1, r.fp());
    assertEquals(3, r.fn());
    assertEquals(0.75, r.precision(), 1e-9);
    assertEquals(0.5, r.recall(), 1e-9);
    assertEquals(0.6, r.f1(), 1e-9);
    assertEquals(1, r.title());
    assertEquals(2, r.titles());
    assertEquals(1, r.author());
    assertEquals(2, r.authors());
    assertEquals(1, r.date());
    assertEquals(2, r.dates());
    assertEquals(1, r.noOutput().size());
    assertEquals(dir.resolve("eval").resolve("b.html").toString(), r.noOutput().get(0).file());
    assertEquals("is empty", r.noOutput().get(0).reason());
    assertEquals(2, r.misses().size());
    PageMisses a = r.misses().get(0);
    assertEquals(List.of("absent"), a.missed());
    assertEquals(List.of("Paris on Monday"), a.kept());
    assertEquals(null, a.goldTitle());
    PageMisses b = r.misses().get(1);
    assertEquals(List.of("x", "y"), b.missed());
    assertEquals(List.of(), b.kept());
    assertEquals("Beta", b.goldTitle());
    assertEquals(null, b.title());
  }

  @Test
  void listsThePagesWhoseAuthorIsWrong() throws Exception {
    page("cache", "a.html", html("<meta name=\"author\" content=\"Ann  Lee\">", "<p>The minister met the envoy.</p>"));
    page("cache", "b.html", html("<meta name=\"author\" content=\"Bo Ma\">", "<p>The minister met the envoy.</p>"));
    page("cache", "c.html", html("", "<p>The minister met the envoy.</p>"));
    Path gold = dir.resolve("gold.json");
    Files.writeString(gold, """
        {"u1": {"file": "a.html", "author": "Ann Lee"}, "u2": {"file": "b.html", "author": ["Bo Ma", "Cy Li"]},
         "u3": {"file": "c.html", "author": null}, "u4": {"file": "d.html", "author": "Di Wu"}}
        """);

    List<ExtractionEvaluation.AuthorMiss> m = ExtractionEvaluation.authorMisses(gold, dir, new ArticleExtractor());

    assertEquals(List.of(new ExtractionEvaluation.AuthorMiss(dir.resolve("cache").resolve("b.html").toString(), "Bo Ma; Cy Li", "Bo Ma"),
        new ExtractionEvaluation.AuthorMiss("d.html", "Di Wu", null)), m);
  }

  @Test
  void normalisesWhiteSpace() {
    assertEquals("a b c", ExtractionEvaluation.norm("\n a \t\u00a0b\r\n  c  "));
  }
}
