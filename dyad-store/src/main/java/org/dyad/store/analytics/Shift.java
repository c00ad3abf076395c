package org.dyad.store.analytics;

import java.util.Objects;

/**
 * How a pair's relations moved from one period to the next.
 *
 * @param a the side that sorts first
 * @param b the other side
 * @param previous the earlier period
 * @param current the period right after it
 * @param measure what {@link #change()} is measured on
 */
public record Shift(String a, String b, PeriodStats previous, PeriodStats current, ShiftMeasure measure) {
  public Shift {
    Objects.requireNonNull(previous, "previous");
    Objects.requireNonNull(current, "current");
    Objects.requireNonNull(measure, "measure");
    if (!previous.period().isBefore(current.period())) {
      throw new IllegalArgumentException("period " + previous.period() + " does not come before " + current.period());
    }
  }

  /** The current value of the measure less the previous one: negative when relations soured. */
  public double change() {
    return current.value(measure) - previous.value(measure);
  }
}
