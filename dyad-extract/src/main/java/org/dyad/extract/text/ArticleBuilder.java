package org.dyad.extract.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.extract.ArticleIds;
import org.dyad.extract.date.ContentDates;
import org.dyad.extract.date.DateGuess;
import org.dyad.model.Article;
import org.dyad.model.Paragraph;

/** Assembles an article from its kept blocks and metadata; both extractors end here. */
public final class ArticleBuilder {
  private final ContentDates contentDates = new ContentDates();

  /** Metadata found by an extractor; any field may be null. */
  public record Metadata(
      String title,
      String author,
      String site,
      String language,
      String url,
      DateGuess date,
      LocalDate masthead,
      LocalDate fetchDate) {}

  /**
   * Joins {@code blocks} with blank lines and completes the metadata: a date the page did not
   * give is inferred from the text.
   */
  public Article build(String origin, List<Block> blocks, Metadata meta, List<String> warnings) {
    StringBuilder text = new StringBuilder();
    List<Paragraph> paragraphs = new ArrayList<>();
    StringBuilder body = new StringBuilder();
    for (Block b : blocks) {
      if (text.length() > 0) {
        text.append("\n\n");
      }
      int begin = text.length();
      text.append(b.text());
      paragraphs.add(new Paragraph(begin, text.length(), b.kind()));
      if (b.kind() == Paragraph.Kind.BODY) {
        body.append(b.text()).append('\n');
      }
    }
    DateGuess date = meta.date();
    if (date == null || date.date() == null) {
      date = contentDates.infer(body.toString(), meta.masthead(), meta.fetchDate());
    }
    String t = text.toString();
    return new Article(
        ArticleIds.of(t),
        origin,
        meta.url(),
        meta.title(),
        t,
        meta.author(),
        meta.site(),
        meta.language(),
        date.date(),
        date.precision(),
        date.source(),
        meta.fetchDate() != null ? meta.fetchDate() : meta.masthead(),
        paragraphs,
        warnings);
  }
}
