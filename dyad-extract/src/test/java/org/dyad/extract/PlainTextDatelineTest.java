package org.dyad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.dyad.model.Article;
import org.dyad.model.DatePrecision;
import org.dyad.model.DateSource;
import org.dyad.model.RawDocument;
import org.junit.jupiter.api.Test;

/** A dateline that opens a plain-text article's first paragraph is its publication date. */
class PlainTextDatelineTest {
  private static Article read(String text, LocalDate fetched) throws Exception {
    return new ArticleExtractor().extract(
        new RawDocument("story.txt", null, text.getBytes(StandardCharsets.UTF_8), "text/plain", fetched));
  }

  @Test
  void aCityAndDateBeforeADashDateTheArticle() throws Exception {
    Article a = read("Ministers meet on grain exports\n\nANKARA, March 3, 2021 - The foreign ministers of Turkey and "
        + "Ukraine met on Tuesday to discuss grain exports through the Black Sea, officials said.\n", null);
    assertEquals(LocalDate.of(2021, 3, 3), a.date());
    assertEquals(DatePrecision.DAY, a.datePrecision());
    assertEquals(DateSource.TEXT, a.dateSource());
  }

  @Test
  void anAgencyInBracketsAndADayFirstDateToo() throws Exception {
    Article a = read("Talks resume\n\nKabul, 7 April 2021 (AP) — Negotiators from both sides returned to the table in "
        + "Doha after a pause of two weeks, a spokesman said.\n", null);
    assertEquals(LocalDate.of(2021, 4, 7), a.date());
    assertEquals(DateSource.TEXT, a.dateSource());
  }

  @Test
  void aDateInsideTheFirstSentenceIsNoDateline() throws Exception {
    Article a = read("Looking back\n\nThe two countries signed the treaty on March 3, 2011 - a decade before the "
        + "current crisis began, according to historians who studied it.\n", null);
    assertNotEquals(DateSource.TEXT, a.dateSource(), String.valueOf(a.date()));
  }

  @Test
  void aDatelineAfterTheFetchIsNotBelieved() throws Exception {
    Article a = read("Summit\n\nPARIS, June 1, 2031 - Leaders gathered in the French capital for a summit on the "
        + "climate, the presidency said on Monday.\n", LocalDate.of(2024, 5, 1));
    assertNotEquals(LocalDate.of(2031, 6, 1), a.date());
  }

  @Test
  void aCreditLineUnderTheHeadlineDatesTheArticleAndIsNoTitle() throws Exception {
    Article a = read("Leaders meet in Ankara as grain talks stall\n\nReuters, September 4, 2023\n\nThe Turkish president "
        + "hosted his Russian counterpart on Monday in a bid to revive the grain deal, officials said.\n", null);
    assertEquals("Leaders meet in Ankara as grain talks stall", a.title());
    assertEquals(LocalDate.of(2023, 9, 4), a.date());
    assertEquals(DateSource.TEXT, a.dateSource());
    Article by = read("Talks resume in Doha\n\nBy Jane Doe | 3 March 2021\n\nNegotiators from both sides returned to "
        + "the table in Doha after a pause of two weeks, a spokesman said.\n", null);
    assertEquals("Talks resume in Doha", by.title());
    assertEquals(LocalDate.of(2021, 3, 3), by.date());
  }

  @Test
  void aHeadlineThatNamesADateStaysTheTitle() throws Exception {
    Article a = read("Election results of March 3, 2021 are contested\n\nThe opposition rejected the count on Monday "
        + "and called for a recount in three provinces, its leader said.\n", null);
    assertEquals("Election results of March 3, 2021 are contested", a.title());
  }
}
