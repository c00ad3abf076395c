package org.dyad.store.analytics;

import java.util.Objects;
import org.dyad.store.Period;

/**
 * Which shifts to look for.
 *
 * @param period the length of the periods compared
 * @param range the events considered; each period is compared with the one before it
 * @param measure what a shift is measured on
 * @param level whether pairs are countries or actor codes
 * @param minEvents the fewest events a pair needs in each of the two periods
 * @param limit the most shifts to return
 */
public record ShiftQuery(Period period, DateRange range, ShiftMeasure measure, Level level, int minEvents, int limit) {
  public ShiftQuery {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(range, "range");
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(level, "level");
    if (minEvents < 1) {
      throw new IllegalArgumentException("the minimum number of events must be at least 1: " + minEvents);
    }
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be positive: " + limit);
    }
  }
}
