package org.dyad.store;

import java.util.Locale;

/** The bins of a relations time series. */
public enum Period {
  DAY,
  WEEK,
  MONTH,
  YEAR;

  /** The DuckDB/PostgreSQL {@code date_trunc} unit. */
  String unit() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses "day", "week", "month" or "year". */
  public static Period of(String s) {
    try {
      return valueOf(s.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown period '" + s + "': use day, week, month or year", e);
    }
  }
}
