package org.dyad.actors.places;

/**
 * A place of the gazetteer: a populated place of GeoNames, or a region (a country's division or a
 * territory of regions.tsv), which has no GeoNames id.
 *
 * @param name its GeoNames name ("Goražde"), or the region's name ("Tigray Region")
 * @param country ISO 3166-1 alpha-3 of the country it lies in ("XKX" for Kosovo)
 * @param lat latitude in degrees, or null when unknown (a region whose given centre was implausible)
 * @param lon longitude in degrees, or null when unknown
 * @param geonameId its GeoNames id, or null for a region
 * @param population its population as GeoNames records it (0 when unknown); for a region an
 *     estimate from the gazetteer's places, used to rank it among places of the same name
 */
public record Place(String name, String country, Double lat, Double lon, Long geonameId, long population) {
  public Place {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("place name is blank: " + name);
    }
    if (country == null || country.length() != 3) {
      throw new IllegalArgumentException("place country is not an alpha-3 code: " + country);
    }
    if ((lat == null) != (lon == null)) {
      throw new IllegalArgumentException("place has one coordinate only: " + lat + "," + lon);
    }
    if (lat != null && (lat < -90 || lat > 90 || lon < -180 || lon > 180)) {
      throw new IllegalArgumentException("place coordinates out of range: " + lat + "," + lon);
    }
    if ((geonameId != null && geonameId <= 0) || population < 0) {
      throw new IllegalArgumentException("bad GeoNames id or population: " + geonameId + ", " + population);
    }
  }

  /** True for a region rather than a populated place. */
  public boolean region() {
    return geonameId == null;
  }
}
