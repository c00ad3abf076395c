package org.dyad.nlp;

import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Article;

/**
 * The annotate stage: splits an article into sentences and gives each its tokens, lemmas,
 * part-of-speech tags and dependency graph. Implementations are thread-safe and long-lived:
 * loading models costs seconds, annotating an article much less.
 */
public interface Annotator {
  /** Annotates {@code article}; sentence offsets point into {@code article.text()}. */
  AnnotatedArticle annotate(Article article);
}
