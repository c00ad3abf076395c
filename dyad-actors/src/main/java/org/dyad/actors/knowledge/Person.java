package org.dyad.actors.knowledge;

import java.time.LocalDate;
import java.util.List;

/**
 * One tenure of one person in one office.
 *
 * @param name the common English spelling
 * @param aliases other spellings, transliterations and a distinctive surname
 * @param country the country code (or the IGO code)
 * @param sector the sector this office belongs to
 * @param office the office, e.g. FOREIGN_MINISTER
 * @param start first day in office
 * @param end last day in office, or null while in office
 * @param wikipedia English Wikipedia title
 */
public record Person(
    String name,
    List<String> aliases,
    String country,
    String sector,
    String office,
    LocalDate start,
    LocalDate end,
    String wikipedia) {

  /** True when the tenure includes {@code date}; an unknown date takes the current tenure. */
  public boolean validOn(LocalDate date) {
    return Validity.contains(start, end, date);
  }
}
