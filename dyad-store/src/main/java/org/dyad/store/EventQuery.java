package org.dyad.store;

import java.time.LocalDate;
import org.dyad.store.analytics.Level;

/**
 * Which stored events to list, and which page of them.
 *
 * @param actor a country code ("RUS") or actor code ("RUSGOV") on either side, or null
 * @param pairA with {@code pairB}, the two sides of a pair in either direction, or null
 * @param pairB the other side of the pair, or null
 * @param from first event date, inclusive, or null
 * @param to last event date, inclusive, or null
 * @param allStatuses whether to include negated, hypothetical, future and historical events
 * @param limit the most rows to return
 * @param offset how many matching rows to skip first, in the listing order
 */
public record EventQuery(
    String actor, String pairA, String pairB, LocalDate from, LocalDate to, boolean allStatuses, int limit, long offset) {
  public EventQuery {
    if ((pairA == null) != (pairB == null)) {
      throw new IllegalArgumentException("a pair needs two sides, got " + pairA + " and " + pairB);
    }
    if (limit <= 0) {
      throw new IllegalArgumentException("limit must be positive: " + limit);
    }
    if (offset < 0) {
      throw new IllegalArgumentException("offset must not be negative: " + offset);
    }
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("--to " + to + " is before --from " + from);
    }
    for (String code : new String[] {actor, pairA, pairB}) {
      if (code != null) {
        Level.of(code);
      }
    }
  }

  /** The first page of {@code limit} rows. */
  public EventQuery(
      String actor, String pairA, String pairB, LocalDate from, LocalDate to, boolean allStatuses, int limit) {
    this(actor, pairA, pairB, from, to, allStatuses, limit, 0);
  }

  /** All events dated between {@code from} and {@code to} (either may be null), on one page: what an export reads. */
  public static EventQuery unpaged(LocalDate from, LocalDate to, boolean allStatuses) {
    return new EventQuery(null, null, null, from, to, allStatuses, Integer.MAX_VALUE, 0);
  }
}
