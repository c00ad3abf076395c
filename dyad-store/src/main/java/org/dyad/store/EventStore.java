package org.dyad.store;

import java.util.List;
import org.dyad.model.Article;
import org.dyad.model.Event;

/** The store stage: keeps articles and their events, and answers queries over them. */
public interface EventStore extends AutoCloseable {
  /**
   * Stores an article and its events in one transaction: all or none.
   *
   * @return false when the article was already stored (nothing changes)
   */
  boolean store(Article article, List<Event> events) throws StoreException;

  /** The events matching {@code query}, by date then id. */
  List<Event> events(EventQuery query) throws StoreException;

  /** The pair's relations per period, in both directions, from asserted events. */
  List<RelationRow> relations(String a, String b, Period period) throws StoreException;

  /** Number of stored articles. */
  long articleCount() throws StoreException;

  @Override
  void close() throws StoreException;
}
