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
    try {
      return LocalDate.parse(value.strip().length() > 10 ? value.strip().substring(0, 10) : value.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(what + " '" + value + "' is not a date (YYYY-MM-DD)", e);
    }
  }
}
