package org.dyad.store;

import java.time.LocalDate;
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

  /** The first day of the period after the one that begins on {@code start}. */
  public LocalDate next(LocalDate start) {
    return switch (this) {
      case DAY -> start.plusDays(1);
      case WEEK -> start.plusWeeks(1);
      case MONTH -> start.plusMonths(1);
      case YEAR -> start.plusYears(1);
    };
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
