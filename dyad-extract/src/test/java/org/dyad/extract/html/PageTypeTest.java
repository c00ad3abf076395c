package org.dyad.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.dyad.extract.ArticleExtractor;
import org.dyad.extract.PageType;
import org.dyad.model.Article;
import org.dyad.model.RawDocument;
import org.junit.jupiter.api.Test;

/** Articles are articles; section fronts, teaser lists and empty shells are not. */
class PageTypeTest {
  private final ArticleExtractor extractor = new ArticleExtractor();

  private Article read(String name, String html) throws Exception {
    return extractor.extract(new RawDocument(name, null, html.getBytes(StandardCharsets.UTF_8), "text/html", null));
  }

  @Test
  void aNewsArticleIsAnArticle() throws Exception {
    try (InputStream in = PageTypeTest.class.getResourceAsStream("/html/news-page.html")) {
      Article a = extractor.extract(new RawDocument("news-page.html", null, in.readAllBytes(), null, null));
      assertEquals(PageType.ARTICLE, PageType.of(a), a.warnings().toString());
    }
  }

  @Test
  void aListOfTeasersIsNot() throws Exception {
    StringBuilder html = new StringBuilder("<html><head><title>World - News</title></head><body><h1>World</h1><ul>");
    for (int i = 1; i <= 37; i++) {
      html.append("<li><a href=\"/world/").append(i).append("\">Ministers meet for talks in capital number ").append(i)
          .append("</a><p>A short blurb about the talks.</p></li>");
    }
    Article a = read("world.html", html.append("</ul></body></html>").toString());
    assertEquals(PageType.OTHER, PageType.of(a));
    assertTrue(a.warnings().contains("not an article: list of 37 links and no paragraph of prose"), a.warnings().toString());
  }

  @Test
  void anEmptyShellIsNot() throws Exception {
    Article a = read("shell.html", "<html><head><title>Loading news</title><script>app()</script></head>"
        + "<body><div id=\"root\"></div></body></html>");
    assertEquals(PageType.OTHER, PageType.of(a));
    assertTrue(a.warnings().stream().anyMatch(w -> w.startsWith("not an article: empty shell")), a.warnings().toString());
  }

  @Test
  void aHundredThousandNestedTagsDoNotOverflowTheStack() throws Exception {
    int depth = 100_000;
    StringBuilder html = new StringBuilder("<html><body>");
    html.append("<div>".repeat(depth)).append("<p>Deep inside, the ministers met in Vienna on Monday.</p>")
        .append("</div>".repeat(depth)).append("</body></html>");
    Article a = read("deep.html", html.toString());
    assertTrue(a.text().contains("the ministers met in Vienna"), a.text());
  }
}
