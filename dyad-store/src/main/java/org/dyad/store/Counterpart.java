package org.dyad.store;

/**
 * Another side an actor dealt with, and how.
 *
 * @param code the other side's country code (for a country) or actor code (for an actor)
 * @param events asserted events between the two, in either direction
 * @param goldsteinSum sum of those events' Goldstein values
 */
public record Counterpart(String code, long events, double goldsteinSum) {
  /** Mean Goldstein value per event. */
  public double goldsteinMean() {
    return events == 0 ? 0 : goldsteinSum / events;
  }
}
