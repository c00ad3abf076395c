package org.dyad.store.analytics;

import java.time.LocalDate;

/**
 * The event dates an analysis covers, both ends inclusive; either may be null for no bound. Events
 * without a date fall outside any range with a bound, and inside {@link #ALL}.
 *
 * @param from the first date, or null
 * @param to the last date, or null
 */
public record DateRange(LocalDate from, LocalDate to) {
  /** Every dated event. */
  public static final DateRange ALL = new DateRange(null, null);

  public DateRange {
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("the range ends (" + to + ") before it starts (" + from + ")");
    }
  }

  /** Whether neither end is bounded. */
  public boolean unbounded() {
    return from == null && to == null;
  }
}
