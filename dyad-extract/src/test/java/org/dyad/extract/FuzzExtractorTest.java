package org.dyad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.dyad.model.Article;
import org.dyad.model.RawDocument;

/**
 * Short randomised runs of the extractor: whatever the bytes, it gives an article or a
 * {@link BadDocumentException} naming the document, never another exception, and never hangs.
 * The generator is seeded, so a failure names an input that can be replayed and kept as a fixture.
 */
class FuzzExtractorTest {
  private static final Duration HANG = Duration.ofSeconds(10);
  private static final List<String> NAMES = List.of("page.html", "page.txt", "page", "feed.xml");
  private static final List<String> MEDIA_TYPES =
      List.of("", "text/html", "text/plain", "text/html; charset=windows-1251", "text/html; charset=x-bogus", "application/xhtml+xml");

  private final ArticleExtractor extractor = new ArticleExtractor();

  /** Extracts under a timeout; returns the article, or null for a refusal that names the document. */
  private Article extract(String name, String mediaType, byte[] bytes) {
    RawDocument doc = new RawDocument(name, null, bytes, mediaType.isEmpty() ? null : mediaType, LocalDate.of(2024, 3, 4));
    return assertTimeoutPreemptively(HANG, () -> {
      try {
        Article a = extractor.extract(doc);
        assertFalse(a.text().isBlank(), "an article has text");
        return a;
      } catch (BadDocumentException e) {
        assertEquals(name, e.origin());
        assertFalse(e.reason().isBlank());
        return null;
      }
    });
  }

  private static final long SEED = 20261129L;
  private static final List<String> CHARSETS =
      List.of("UTF-8", "UTF-16LE", "UTF-16", "windows-1252", "ISO-8859-1", "KOI8-R", "Shift_JIS");
  private static final List<String> TAGS = List.of("<html>", "<head>", "</head>", "<body>", "</body>", "<article>", "</article>",
      "<p>", "</p>", "<div class=\"content\">", "</div>", "<script>", "</script>", "<style>", "<!--", "-->", "<![CDATA[", "]]>",
      "<title>", "</title>", "<br>", "<table><tr><td>", "<meta charset=\"utf-8\">", "<meta charset=\"windows-1251\">",
      "<meta property=\"article:published_time\" content=\"2024-02-30T25:61\">", "<time datetime=\"2023-13-45\">",
      "<script type=\"application/ld+json\">{\"datePublished\":", "{\"@graph\":[[[[", "<a href=\"javascript:x\">", "<h1>", "</h1>",
      "<li>", "<nav>", "<footer>", "&amp;", "&#0;", "&#x10FFFF;", "&#xD800;", "&lol;", "\u0000", "\uFEFF", "\u202E", "\r", "\n\n",
      "<?xml version=\"1.0\"?>", "<rss><channel><item><description>", "<!DOCTYPE html [<!ENTITY a \"b\">]>");
  private static final List<String> PHRASES = List.of("Iranian officials met Iraqi diplomats in Baghdad on Monday.",
      "On 3 March 2024, Russia said", "Published: 31/12/1999", "Updated 5 minutes ago", "yesterday", "Copyright 2024",
      "By Jane Doe", "Share on Twitter", "12:00 GMT", "Mr.", "U.S.", "...", "?!", "\u00e9t\u00e9", "\u0627\u0644\u0639\u0631\u0627\u0642");

  @Test
  void randomBytes() {
    Random r = new Random(SEED);
    for (int i = 0; i < 300; i++) {
      byte[] bytes = new byte[r.nextInt(4097)];
      r.nextBytes(bytes);
      extract(pick(r, NAMES), pick(r, MEDIA_TYPES), bytes);
    }
  }

  @Test
  void randomHtmlishText() {
    Random r = new Random(SEED + 1);
    for (int i = 0; i < 300; i++) {
      extract(pick(r, NAMES), pick(r, MEDIA_TYPES), htmlish(r).getBytes(StandardCharsets.UTF_8));
    }
  }

  @Test
  void htmlishTextInOtherEncodings() {
    Random r = new Random(SEED + 2);
    for (int i = 0; i < 100; i++) {
      String charset = pick(r, CHARSETS);
      extract("page.html", "text/html; charset=" + charset, htmlish(r).getBytes(Charset.forName(charset)));
    }
  }

  private static String pick(Random r, List<String> options) {
    return options.get(r.nextInt(options.size()));
  }

  /** Pieces of pages (tags, entities, dates, sentences, broken markup, noise) strung together at random. */
  private static String htmlish(Random r) {
    StringBuilder sb = new StringBuilder();
    int pieces = r.nextInt(61);
    for (int i = 0; i < pieces; i++) {
      int kind = r.nextInt(3);
      if (kind == 0) {
        sb.append(pick(r, TAGS));
      } else if (kind == 1) {
        sb.append(pick(r, PHRASES));
      } else {
        int n = r.nextInt(21);
        for (int c = 0; c < n; c++) {
          sb.append((char) r.nextInt(0x3000));
        }
      }
      sb.append(' ');
    }
    return sb.toString();
  }
}
