package org.dyad.store.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.dyad.model.Span;

/**
 * One article that matched a search.
 *
 * @param articleId the article's id
 * @param title its headline, or null
 * @param url where it was read, or null
 * @param site the site's name, or null
 * @param date its publication date, or null
 * @param snippet plain text from the article around the matched words, never markup
 * @param highlights where the matched words are in {@code snippet}, in order
 * @param score the relevance score; higher is better
 * @param events the article's asserted events
 */
public record SearchHit(String articleId, String title, String url, String site, LocalDate date, String snippet,
    List<Span> highlights, float score, long events) {
  public SearchHit {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(snippet, "snippet of " + articleId);
    highlights = List.copyOf(highlights);
    for (Span s : highlights) {
      if (s.end() > snippet.length()) {
        throw new IllegalArgumentException("highlight " + s + " lies outside the snippet of " + articleId);
      }
    }
  }
}
