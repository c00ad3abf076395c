package org.dyad.actors.knowledge;

import java.time.LocalDate;

/** Date-range checks shared by the dated knowledge records. */
final class Validity {
  private Validity() {}

  static boolean contains(LocalDate from, LocalDate to, LocalDate date) {
    if (date == null) {
      return to == null;
    }
    return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
  }
}
