package org.dyad.model;

import java.util.List;
import java.util.Objects;

/**
 * An article with its linguistic annotation.
 *
 * @param article the article
 * @param sentences its sentences, in order
 */
public record AnnotatedArticle(Article article, List<AnnotatedSentence> sentences) {
  public AnnotatedArticle {
    Objects.requireNonNull(article, "article");
    sentences = List.copyOf(sentences);
  }
}
