package org.dyad.store.analytics;

import java.util.Objects;

/**
 * Which events' places to list.
 *
 * @param range the event dates
 * @param actor a country or actor code on either side, or null
 * @param pairA with {@code pairB}, the two sides of a pair in either direction, or null
 * @param pairB the other side of the pair, or null
 * @param limit the most places to return
 */
public record PlaceQuery(DateRange range, String actor, String pairA, String pairB, int limit) {
  public PlaceQuery {
    Objects.requireNonNull(range, "range");
    if ((pairA == null) != (pairB == null)) {
      throw new IllegalArgumentException("a pair needs two sides, got " + pairA + " and " + pairB);
    }
    for (String code : new String[] {actor, pairA, pairB}) {
      if (code != null) {
        Level.of(code);
      }
    }
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be positive: " + limit);
    }
  }
}
