package org.dyad.extract.text;

import java.time.LocalDate;
import java.util.List;
import org.dyad.extract.ArticleIds;
import org.dyad.model.Article;
import org.dyad.model.DatePrecision;
import org.dyad.model.DateSource;
import org.dyad.model.Paragraph;

/** Articles made of one given paragraph: coded sentences, examples and tests need no page reading. */
public final class SingleParagraph {
  private SingleParagraph() {}

  /**
   * An article whose only paragraph is {@code text}, dated {@code date} as given.
   *
   * @param origin the caller's id for the text, kept as the article's file and in its id
   */
  public static Article of(String origin, String text, LocalDate date) {
    String t = text.strip();
    return new Article(ArticleIds.of(origin + "\n" + t), origin, null, null, t, null, null, "en", date,
        date == null ? DatePrecision.UNKNOWN : DatePrecision.DAY, date == null ? DateSource.NONE : DateSource.GIVEN,
        null, List.of(new Paragraph(0, t.length(), Paragraph.Kind.BODY)), List.of());
  }
}
