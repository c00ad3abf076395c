package org.dyad.store.export;

import java.util.HashMap;
import java.util.Map;
import org.dyad.model.io.TsvReader;

/**
 * FIPS 10-4 country codes, which GDELT writes in its {@code *Geo_CountryCode} columns, for Dyad's
 * ISO 3166-1 alpha-3 codes ({@code dyad/store/fips.tsv}).
 */
final class Fips {
  private static final String RESOURCE = "dyad/store/fips.tsv";
  private static final Map<String, String> CODES = load();

  private Fips() {}

  /** The FIPS code of an ISO alpha-3 country code, or empty when there is none (an organisation, an unknown code). */
  static String of(String iso3) {
    return iso3 == null ? "" : CODES.getOrDefault(iso3, "");
  }

  /** How many countries the table holds. */
  static int size() {
    return CODES.size();
  }

  private static Map<String, String> load() {
    Map<String, String> codes = new HashMap<>();
    for (TsvReader.Row r : TsvReader.readResource(RESOURCE)) {
      String iso3 = r.get("iso3");
      String fips = r.get("fips");
      if (!iso3.matches("[A-Z]{3}") || !fips.matches("[A-Z]{2}")) {
        throw new IllegalStateException(r.where() + ": '" + iso3 + "' -> '" + fips + "' is not an ISO alpha-3 code and a FIPS code");
      }
      if (codes.put(iso3, fips) != null) {
        throw new IllegalStateException(r.where() + ": " + iso3 + " is listed twice");
      }
    }
    return Map.copyOf(codes);
  }
}
