package org.dyad.model;

import java.util.Locale;

/** How precisely a date is known. */
public enum DatePrecision {
  DAY,
  MONTH,
  YEAR,
  UNKNOWN;

  /** The lowercase name used in JSON and the store. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a {@link #label()}. */
  public static DatePrecision of(String label) {
    return valueOf(label.toUpperCase(Locale.ROOT));
  }
}
