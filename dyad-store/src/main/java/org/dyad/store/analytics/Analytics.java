package org.dyad.store.analytics;

import java.util.List;
import org.dyad.store.Period;
import org.dyad.store.StoreException;
import org.dyad.store.search.ArticleSource;

/**
 * The analytics over stored events: relations normalised by volume, the largest shifts in a
 * period, top pairs, top actors, an actor's network, event places. Borrowed from a store and used by the same
 * thread as the store. Only asserted events count.
 */
public interface Analytics {
  /**
   * A pair's relations per period in both directions, as {@link org.dyad.store.EventStore#relations}
   * gives them, each beside the number of all events in its period.
   */
  List<NormalisedRelation> relations(String a, String b, Period period) throws StoreException;

  /** The pairs whose relations moved most from one period to the next, largest moves first. */
  List<Shift> shifts(ShiftQuery query) throws StoreException;

  /** The most active pairs in {@code range}, both directions together, busiest first. */
  List<PairActivity> pairs(DateRange range, Level level, int limit) throws StoreException;

  /** The busiest sides in {@code range}, countries or actor codes as {@code level} says, busiest first. */
  List<ActorActivity> actors(DateRange range, Level level, int limit) throws StoreException;

  /**
   * The {@code limit} busiest directed links of {@code actor} (all links when null) in {@code range},
   * and the sides they join; sides are countries or actor codes as {@code level} says.
   */
  Network network(String actor, Level level, DateRange range, int limit) throws StoreException;

  /** Where the matching events happened, for those with coordinates, busiest place first. */
  List<Place> places(PlaceQuery query) throws StoreException;

  /** The stored articles as the full-text index reads them. */
  ArticleSource articles();
}
