package org.dyad.store.analytics;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A pair's events in one period, both directions together.
 *
 * @param period the first day of the period
 * @param events asserted events
 * @param goldsteinMean their mean Goldstein value
 * @param conflictShare the share of them that are conflict (QuadClass 3 or 4)
 */
public record PeriodStats(LocalDate period, long events, double goldsteinMean, double conflictShare) {
  public PeriodStats {
    Objects.requireNonNull(period, "period");
  }

  /** The value of {@code measure} in this period. */
  public double value(ShiftMeasure measure) {
    return measure == ShiftMeasure.GOLDSTEIN ? goldsteinMean : conflictShare;
  }
}
