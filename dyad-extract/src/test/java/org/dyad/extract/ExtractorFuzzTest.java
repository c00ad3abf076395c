package org.dyad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;
import org.dyad.extract.feed.FeedItem;
import org.dyad.extract.feed.FeedParser;
import org.dyad.model.Article;
import org.dyad.model.RawDocument;

/**
 * Coverage-guided fuzzing of page reading with Jazzer. A plain test run replays the kept inputs
 * under {@code src/test/resources/org/dyad/extract/ExtractorFuzzTestInputs/} (every crash Jazzer
 * finds is written there and stays as a fixture); {@code JAZZER_FUZZ=1} with one method selected
 * fuzzes it for its {@code maxDuration}, as {@code .ci/run} does.
 */
class ExtractorFuzzTest {
  private static final String[] NAMES = {"page.html", "page.txt", "page", "feed.xml"};
  private static final String[] MEDIA_TYPES = {
    null, "text/html", "text/plain", "text/html; charset=windows-1251", "text/html; charset=x-bogus", "application/xhtml+xml"
  };
  private static final ArticleExtractor EXTRACTOR = new ArticleExtractor();

  /** Any bytes under any name and media type give an article with text or a refusal naming the document. */
  @FuzzTest(maxDuration = "60s")
  void anyPageGivesAnArticleOrARefusal(FuzzedDataProvider data) {
    String name = data.pickValue(NAMES);
    String mediaType = data.pickValue(MEDIA_TYPES);
    byte[] bytes = data.consumeRemainingAsBytes();
    RawDocument doc = new RawDocument(name, "https://example.org/news/" + name, bytes, mediaType, LocalDate.of(2024, 3, 4));
    try {
      Article a = EXTRACTOR.extract(doc);
      assertFalse(a.text().isBlank(), "an article has text");
      assertNotNull(a.datePrecision());
      if (a.date() != null) {
        assertFalse(a.date().isAfter(LocalDate.of(2024, 3, 4)), "published after it was fetched: " + a.date());
      }
    } catch (BadDocumentException e) {
      assertEquals(name, e.origin());
      assertFalse(e.reason().isBlank(), "a refusal gives its reason");
    }
  }

  /** A feed parser given any bytes lists items or nothing; it never throws. */
  @FuzzTest(maxDuration = "60s")
  void anyFeedGivesItems(FuzzedDataProvider data) {
    byte[] bytes = data.consumeRemainingAsBytes();
    for (FeedItem item : FeedParser.items(bytes, "https://example.org/feed")) {
      assertTrue(item.link() == null || !item.link().isBlank(), "a link is absent or has text");
    }
  }
}
