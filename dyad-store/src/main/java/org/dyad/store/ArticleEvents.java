package org.dyad.store;

import java.util.List;
import java.util.Objects;
import org.dyad.model.Article;
import org.dyad.model.Event;

/**
 * An article and the events coded from it, as stored together.
 *
 * @param article the article
 * @param events its events, in article order
 */
public record ArticleEvents(Article article, List<Event> events) {
  public ArticleEvents {
    Objects.requireNonNull(article, "article");
    events = List.copyOf(events);
  }
}
