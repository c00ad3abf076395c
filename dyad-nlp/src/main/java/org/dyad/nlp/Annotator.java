package org.dyad.nlp;

import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Article;

/**
 * The annotate stage: splits an article into sentences and gives each its tokens, lemmas,
 * part-of-speech tags and dependency graph. Implementations are thread-safe and long-lived:
 * loading models costs seconds, annotating an article much less.
 */
public interface Annotator {
  /**
   * Annotates {@code article}, parsing only the sentences {@code filter} wants; the others keep
   * their tokens, lemmas and tags but carry no dependencies. Sentence offsets point into {@code
   * article.text()}.
   */
  AnnotatedArticle annotate(Article article, ParseFilter filter);

  /** Annotates {@code article}, parsing every sentence. */
  default AnnotatedArticle annotate(Article article) {
    return annotate(article, ParseFilter.ALL);
  }
}
