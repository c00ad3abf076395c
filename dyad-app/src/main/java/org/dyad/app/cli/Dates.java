package org.dyad.app.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Parses the dates users give on the command line and in JSON input. */
final class Dates {
  private Dates() {}

  /** An ISO date, or null for null; anything else is a usage error naming {@code what}. */
  static LocalDate parse(String value, String what) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip();
    // a date, or the date of an ISO date-time ("2021-04-07T10:00:00Z"); nothing else may follow
    if (!v.matches("\\d{4}-\\d{2}-\\d{2}(T[0-9:.]+(Z|[+-]\\d{2}:?\\d{2})?)?")) {
      throw new IllegalArgumentException(what + " '" + value + "' is not a date (YYYY-MM-DD)");
    }
    try {
      return LocalDate.parse(v.substring(0, 10));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(what + " '" + value + "' is not a date (YYYY-MM-DD)", e);
    }
  }
}
