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
import org.dyad.nlp.ParseFilter;

/**
 * The stages in order: extract, annotate, code. The NLP models load on first use, once per JVM.
 * Only the sentences that can hold an event are parsed ({@link EventSentences}); the others keep
 * their tokens, so the coder still follows actors through them. Use one per thread ({@link
 * ParallelPipeline} gives each worker its own); all of them share one copy of the models.
 */
public final class Pipeline {
  private final ArticleExtractor extractor = new ArticleExtractor();
  private final boolean parseAll;
  private volatile Annotator annotator;
  private volatile EventCoder coder;
  private volatile ParseFilter filter;

  /** An article and the events coded from it. */
  public record Coded(Article article, List<Event> events) {}

  /** The pipeline that parses only the sentences that can hold an event. */
  public Pipeline() {
    this(false);
  }

  private Pipeline(boolean parseAll) {
    this.parseAll = parseAll;
  }

  /**
   * A pipeline that parses every sentence, as Dyad did before it learnt to pass over the ones
   * that cannot hold an event; it codes the same events more slowly, and is kept to show that.
   */
  public static Pipeline parsingEverySentence() {
    return new Pipeline(true);
  }

  /** Extracts an article; bad input throws with its origin and reason. */
  public Article extract(RawDocument doc) throws BadDocumentException {
    return extractor.extract(doc);
  }

  /** Runs the whole pipeline on one document. */
  public Coded code(RawDocument doc, LocalDate date) throws BadDocumentException {
    return code(withDate(extract(doc), date), null);
  }

  /** {@code article} dated {@code date} when one is given, as if the page had said so. */
  public static Article withDate(Article article, LocalDate date) {
    return date == null ? article : article.withDate(date, DatePrecision.DAY, DateSource.GIVEN);
  }

  /** Annotates and codes an article; {@code inputId} is set for sentence input. */
  public Coded code(Article article, String inputId) {
    return new Coded(article, code(annotate(article), inputId));
  }

  /** The annotate stage alone. */
  public AnnotatedArticle annotate(Article article) {
    return annotator().annotate(article, filter());
  }

  /** The code stage alone. */
  public List<Event> code(AnnotatedArticle annotated, String inputId) {
    return coder().code(annotated, inputId);
  }

  /** An article made of one sentence, for {@code --input sentences}. */
  public static Article sentence(String id, String text, LocalDate date) {
    return SingleParagraph.of(id, text, date);
  }

  private Annotator annotator() {
    Annotator a = annotator;
    if (a == null) {
      synchronized (this) {
        if (annotator == null) {
          annotator = new CoreNlpAnnotator();
        }
        a = annotator;
      }
    }
    return a;
  }

  private EventCoder coder() {
    EventCoder c = coder;
    if (c == null) {
      synchronized (this) {
        if (coder == null) {
          coder = EventCoder.standard();
        }
        c = coder;
      }
    }
    return c;
  }

  private ParseFilter filter() {
    ParseFilter f = filter;
    if (f == null) {
      synchronized (this) {
        if (filter == null) {
          filter = parseAll ? ParseFilter.ALL : EventSentences.standard();
        }
        f = filter;
      }
    }
    return f;
  }
}
