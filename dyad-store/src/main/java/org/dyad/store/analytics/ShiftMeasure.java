package org.dyad.store.analytics;

import java.util.Locale;

/** What a shift in a pair's relations is measured on. */
public enum ShiftMeasure {
  /** The mean Goldstein value of the pair's events. */
  GOLDSTEIN,
  /** The share of the pair's events that are conflict (QuadClass 3 or 4). */
  CONFLICT;

  /** Parses "goldstein" or "conflict". */
  public static ShiftMeasure parse(String s) {
    try {
      return valueOf(s.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown measure '" + s + "': use goldstein or conflict", e);
    }
  }

  /** The lower-case name used on the command line and in the API. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
