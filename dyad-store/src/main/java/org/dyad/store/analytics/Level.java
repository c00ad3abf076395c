package org.dyad.store.analytics;

import java.util.Locale;
import org.dyad.store.PairDays;

/**
 * Which side of an event a code names and analytics group by: its country ({@code PAK},
 * compared with {@code source_country}/{@code target_country}) or its actor code ({@code PAKGOV},
 * compared with {@code source_code}/{@code target_code}).
 */
public enum Level {
  COUNTRY,
  ACTOR;

  /** The level a code belongs to: three capital letters are a country, 4 to 12 an actor code. */
  public static Level of(String code) {
    if (code == null || !code.matches("[A-Z]{3,12}")) {
      throw new IllegalArgumentException("'" + code + "' is not an actor code such as RUS or RUSGOV");
    }
    return code.length() == 3 ? COUNTRY : ACTOR;
  }

  /** Parses "country" or "actor". */
  public static Level parse(String s) {
    try {
      return valueOf(s.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown level '" + s + "': use country or actor", e);
    }
  }

  /** The level's name in the daily pair tallies ({@code pair_days.level}). */
  public String tally() {
    return this == COUNTRY ? PairDays.COUNTRY : PairDays.ACTOR;
  }

  /** The column of the acting side. */
  public String source() {
    return this == COUNTRY ? "source_country" : "source_code";
  }

  /** The column of the side acted upon. */
  public String target() {
    return this == COUNTRY ? "target_country" : "target_code";
  }
}
