package org.dyad.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.dyad.model.Article;
import org.dyad.model.Event;

/**
 * An article as stored, with the events coded from it. The store keeps neither paragraphs nor
 * reading warnings, so {@code article} has none.
 *
 * @param article the article's metadata and clean text
 * @param ingestedAt when it was stored
 * @param events its events, of every status, in article order
 */
public record StoredArticle(Article article, Instant ingestedAt, List<Event> events) {
  public StoredArticle {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(ingestedAt, "ingestedAt of " + article.id());
    events = List.copyOf(events);
  }
}
