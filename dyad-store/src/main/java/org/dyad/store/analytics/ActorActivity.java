package org.dyad.store.analytics;

/**
 * How active one side was: a country or an actor code, over asserted events.
 *
 * @param code the country or actor code
 * @param label the name its events give it when they all agree (an actor code's person or body), else the code
 * @param events asserted events it took part in, once each even when it is both sides
 * @param asSource of those, the events it did
 * @param asTarget of those, the events done to it
 * @param goldsteinSum sum of the Goldstein values of its events
 */
public record ActorActivity(String code, String label, long events, long asSource, long asTarget, double goldsteinSum) {
  /** Mean Goldstein value per event. */
  public double goldsteinMean() {
    return events == 0 ? 0 : goldsteinSum / events;
  }
}
