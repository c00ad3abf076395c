package org.dyad.actors.knowledge;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A state or territory with the words news uses for it.
 *
 * @param code ISO 3166-1 alpha-3, or a CAMEO code for historical states
 * @param alpha2 ISO 3166-1 alpha-2, or null for historical states and Kosovo
 * @param numeric ISO 3166-1 numeric code, or -1 where there is none
 * @param name common English short name
 * @param aliases other names and abbreviations
 * @param adjectives adjectives and demonyms
 * @param capitals capital cities, used as metonyms for the government; the first is the city's
 *     English Wikipedia title
 * @param seats named seats of power and the sector each stands for
 * @param validFrom first day of existence, or null
 * @param validTo last day of existence, or null
 */
public record Country(
    String code,
    String alpha2,
    int numeric,
    String name,
    List<String> aliases,
    List<String> adjectives,
    List<String> capitals,
    Map<String, String> seats,
    LocalDate validFrom,
    LocalDate validTo) {

  /** True when the state existed on {@code date} (always, when the date is unknown). */
  public boolean validOn(LocalDate date) {
    return Validity.contains(validFrom, validTo, date);
  }
}
