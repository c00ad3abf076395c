package org.dyad.actors.knowledge;

import java.time.LocalDate;
import java.util.List;

/**
 * An international organisation or a non-state group, for one period of its existence.
 *
 * @param code the CAMEO-style actor code
 * @param name the common name
 * @param aliases other names and abbreviations
 * @param country the country code, or the IGO code for international organisations
 * @param sector the sector code
 * @param validFrom first day this row holds, or null
 * @param validTo last day this row holds, or null
 * @param wikipedia English Wikipedia title, or null
 */
public record Organisation(
    String code,
    String name,
    List<String> aliases,
    String country,
    String sector,
    LocalDate validFrom,
    LocalDate validTo,
    String wikipedia) {

  /** True when this row holds on {@code date}; an unknown date takes the current row. */
  public boolean validOn(LocalDate date) {
    return Validity.contains(validFrom, validTo, date);
  }
}
