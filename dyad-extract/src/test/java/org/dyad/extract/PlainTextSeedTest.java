package org.dyad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.dyad.model.Article;
import org.dyad.model.DatePrecision;
import org.dyad.model.DateSource;
import org.dyad.model.Paragraph;
import org.dyad.model.RawDocument;
import org.junit.jupiter.api.Test;

class PlainTextSeedTest {
  private static final Path SEED = Path.of("../examples/corpus/global-village-space-pak-russia.txt");

  private static Article seed() throws Exception {
    return new ArticleExtractor().extract(new RawDocument(SEED.toString(), null, Files.readAllBytes(SEED), null, null));
  }

  @Test
  void dropsPageChrome() throws Exception {
    Article a = seed();
    assertEquals("Afghanistan’s key role in re-boosting Pak-Russian relations", a.title());
    assertEquals("Global Village Space", a.site());
    assertFalse(a.text().contains("Read more"), "related links are dropped");
    assertFalse(a.text().contains("Welcome to"), "the site header is dropped");
    assertFalse(a.text().contains("2024"), "the masthead date is dropped");
    assertFalse(a.text().contains("freelance journalist"), "the author footer is dropped");
    assertTrue(a.text().startsWith("The Soviet Union's invasion of Afghanistan"));
    assertTrue(a.text().endsWith("use the Afghan strategic location for economical development."));
  }

  @Test
  void marksHeadings() throws Exception {
    Article a = seed();
    long headings = a.paragraphs().stream().filter(p -> p.kind() == Paragraph.Kind.HEADING).count();
    assertEquals(3, headings);
    Paragraph first = a.paragraphs().stream().filter(p -> p.kind() == Paragraph.Kind.HEADING).findFirst().orElseThrow();
    assertEquals("The Afghan conflict’s impact on Pak-Russia ties", a.text().substring(first.begin(), first.end()));
  }

  @Test
  void infersTheDateFromTheContentNotTheMasthead() throws Exception {
    Article a = seed();
    assertEquals(LocalDate.of(2021, 4, 7), a.date());
    assertEquals(DatePrecision.DAY, a.datePrecision());
    assertEquals(DateSource.INFERRED, a.dateSource());
    assertEquals(LocalDate.of(2024, 5, 23), a.fetchDate());
  }

  @Test
  void idIsStable() throws Exception {
    assertEquals(seed().id(), seed().id());
    assertEquals(16, seed().id().length());
  }
}
