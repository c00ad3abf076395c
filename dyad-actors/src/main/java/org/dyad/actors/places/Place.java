package org.dyad.actors.places;

/**
 * A populated place of the gazetteer.
 *
 * @param name its GeoNames name ("Goražde")
 * @param country ISO 3166-1 alpha-3 of the country it lies in ("XKX" for Kosovo)
 * @param lat latitude in degrees
 * @param lon longitude in degrees
 * @param geonameId its GeoNames id
 * @param population its population as GeoNames records it (0 when unknown)
 */
public record Place(String name, String country, double lat, double lon, long geonameId, long population) {
  public Place {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("place name is blank: " + name);
    }
    if (country == null || country.length() != 3) {
      throw new IllegalArgumentException("place country is not an alpha-3 code: " + country);
    }
    if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
      throw new IllegalArgumentException("place coordinates out of range: " + lat + "," + lon);
    }
    if (geonameId <= 0 || population < 0) {
      throw new IllegalArgumentException("bad GeoNames id or population: " + geonameId + ", " + population);
    }
  }
}
