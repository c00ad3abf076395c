package org.dyad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.time.LocalDate;
import org.dyad.model.Article;
import org.dyad.model.DateSource;
import org.dyad.model.Paragraph;
import org.dyad.model.RawDocument;
import org.junit.jupiter.api.Test;

/** A news page with navigation, a cookie notice, related links, a sidebar and a footer around its article. */
class HtmlExtractorTest {
  private static Article page() throws Exception {
    try (InputStream in = HtmlExtractorTest.class.getResourceAsStream("/html/news-page.html")) {
      return new ArticleExtractor().extract(new RawDocument("news-page.html", null, in.readAllBytes(), null, null));
    }
  }

  @Test
  void keepsTheArticleInOrder() throws Exception {
    String text = page().text();
    assertTrue(text.startsWith("The foreign ministers of India and China agreed on Monday"), text);
    assertTrue(text.indexOf("The foreign ministers") < text.indexOf("The two ministers met"));
    assertTrue(text.indexOf("The two ministers met") < text.indexOf("Decades of dispute"));
    assertTrue(text.contains("\"We have agreed that peace on the border is in the interest of both peoples,\""), "quotes stay");
  }

  @Test
  void dropsThePageChrome() throws Exception {
    String text = page().text();
    for (String chrome : new String[] {"Home", "cookies", "Read more", "trade tops record", "Most read", "Copyright", "tracking"}) {
      assertFalse(text.contains(chrome), chrome + " in: " + text);
    }
  }

  @Test
  void readsTheMetadata() throws Exception {
    Article a = page();
    assertEquals("Ministers agree to resume border talks", a.title());
    assertEquals("Jane Doe", a.author());
    assertEquals("The Example Courier", a.site());
    assertEquals("en", a.language());
    assertEquals("https://courier.example/world/2023/03/14/border-talks", a.url());
    assertEquals(LocalDate.of(2023, 3, 14), a.date());
    assertEquals(DateSource.JSONLD, a.dateSource());
  }

  @Test
  void marksHeadings() throws Exception {
    Article a = page();
    Paragraph heading = a.paragraphs().stream().filter(p -> p.kind() == Paragraph.Kind.HEADING).findFirst().orElseThrow();
    assertEquals("Decades of dispute", a.text().substring(heading.begin(), heading.end()));
  }
}
