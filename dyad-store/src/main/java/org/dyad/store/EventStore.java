package org.dyad.store;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.dyad.model.Article;
import org.dyad.model.Event;
import org.dyad.store.analytics.Analytics;

/** The store stage: keeps articles and their events, and answers queries over them. */
public interface EventStore extends AutoCloseable {
  /**
   * Stores an article and its events in one transaction: all or none.
   *
   * @return false when the article was already stored (nothing changes)
   */
  boolean store(Article article, List<Event> events) throws StoreException;

  /**
   * Stores many articles with their events in one transaction: all of them or none. What is stored
   * is what storing them one by one, in order, would store; it is written in bulk where the
   * database is faster so.
   *
   * @return for each article, in order, whether it was stored (false: it, or a copy of it, was stored before)
   */
  List<Boolean> storeAll(List<ArticleEvents> batch) throws StoreException;

  /** The page of events matching {@code query}, by date then place in the article. */
  List<Event> events(EventQuery query) throws StoreException;

  /** A page of events and the number matching in all, from one snapshot of the store. */
  EventPage page(EventQuery query) throws StoreException;

  /** How many events match {@code query}, ignoring its limit and offset. */
  long count(EventQuery query) throws StoreException;

  /** One event by its id, or empty. */
  Optional<Event> event(String id) throws StoreException;

  /** One article by its id with its events, or empty. */
  Optional<StoredArticle> article(String id) throws StoreException;

  /** The pair's relations per period, in both directions, from asserted events. */
  List<RelationRow> relations(String a, String b, Period period) throws StoreException;

  /** A country's or actor's asserted event counts and its {@code top} most frequent counterparts. */
  ActorProfile actor(String code, int top) throws StoreException;

  /**
   * Streams the events matching {@code query}, in listing order, with their articles' provenance.
   *
   * @return how many events were handed to {@code handler}
   */
  long scan(EventQuery query, SourcedEventHandler handler) throws StoreException, IOException;

  /** The analytics over this store's events, for use by the same thread. */
  Analytics analytics();

  /** Number of stored articles. */
  long articleCount() throws StoreException;

  @Override
  void close() throws StoreException;

  /** Every place an article was read from: its own URL or file, and those of its stored copies. */
  List<String> sources(String articleId) throws StoreException;
}
