package org.dyad.store.analytics;

/**
 * How active a pair was, both directions together.
 *
 * @param a the side that sorts first
 * @param b the other side
 * @param events asserted events between them, either way
 * @param quad those events by QuadClass
 * @param goldsteinSum sum of their Goldstein values
 */
public record PairActivity(String a, String b, long events, QuadCounts quad, double goldsteinSum) {
  /** Mean Goldstein value per event. */
  public double goldsteinMean() {
    return events == 0 ? 0 : goldsteinSum / events;
  }
}
