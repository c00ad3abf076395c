package org.dyad.store;

import java.time.LocalDate;

/**
 * Which stored events to list.
 *
 * @param actor a country code ("RUS") or actor code ("RUSGOV") on either side, or null
 * @param pairA with {@code pairB}, the two sides of a pair in either direction, or null
 * @param pairB the other side of the pair, or null
 * @param from first event date, inclusive, or null
 * @param to last event date, inclusive, or null
 * @param allStatuses whether to include negated, hypothetical, future and historical events
 * @param limit the most rows to return
 */
public record EventQuery(
    String actor, String pairA, String pairB, LocalDate from, LocalDate to, boolean allStatuses, int limit) {
  public EventQuery {
    if ((pairA == null) != (pairB == null)) {
      throw new IllegalArgumentException("a pair needs two sides, got " + pairA + " and " + pairB);
    }
    if (limit <= 0) {
      throw new IllegalArgumentException("limit must be positive: " + limit);
    }
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("--to " + to + " is before --from " + from);
    }
  }
}
