package org.dyad.store.analytics;

/**
 * A place where events happened, with map coordinates.
 *
 * @param name the place name
 * @param country ISO 3166-1 alpha-3 of the place, or null
 * @param lat latitude
 * @param lon longitude
 * @param geonameId GeoNames id, or null
 * @param events asserted events there
 * @param goldsteinSum sum of their Goldstein values
 */
public record Place(String name, String country, double lat, double lon, Long geonameId, long events, double goldsteinSum) {
  /** Mean Goldstein value per event. */
  public double goldsteinMean() {
    return events == 0 ? 0 : goldsteinSum / events;
  }
}
