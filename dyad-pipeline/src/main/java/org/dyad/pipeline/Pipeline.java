package org.dyad.pipeline;

import java.time.LocalDate;
import java.util.List;
import org.dyad.coder.EventCoder;
import org.dyad.extract.ArticleExtractor;
import org.dyad.extract.BadDocumentException;
import org.dyad.extract.text.SingleParagraph;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Article;
import org.dyad.model.DatePrecision;
import org.dyad.model.DateSource;
import org.dyad.model.Event;
import org.dyad.model.RawDocument;
import org.dyad.nlp.Annotator;
import org.dyad.nlp.CoreNlpAnnotator;

/** The stages in order: extract, annotate, code. The NLP models load on first use. */
public final class Pipeline {
  private final ArticleExtractor extractor = new ArticleExtractor();
  private Annotator annotator;
  private EventCoder coder;

  /** An article and the events coded from it. */
  public record Coded(Article article, List<Event> events) {}

  /** Extracts an article; bad input throws with its origin and reason. */
  public Article extract(RawDocument doc) throws BadDocumentException {
    return extractor.extract(doc);
  }

  /** Runs the whole pipeline on one document. */
  public Coded code(RawDocument doc, LocalDate date) throws BadDocumentException {
    Article a = extract(doc);
    if (date != null) {
      a = a.withDate(date, DatePrecision.DAY, DateSource.GIVEN);
    }
    return code(a, null);
  }

  /** Annotates and codes an article; {@code inputId} is set for sentence input. */
  public Coded code(Article article, String inputId) {
    AnnotatedArticle annotated = annotator().annotate(article);
    return new Coded(article, coder().code(annotated, inputId));
  }

  /** An article made of one sentence, for {@code --input sentences}. */
  public static Article sentence(String id, String text, LocalDate date) {
    return SingleParagraph.of(id, text, date);
  }

  private Annotator annotator() {
    if (annotator == null) {
      annotator = new CoreNlpAnnotator();
    }
    return annotator;
  }

  private EventCoder coder() {
    if (coder == null) {
      coder = EventCoder.standard();
    }
    return coder;
  }
}
