package org.dyad.model;

import java.util.Locale;

/** What the text says of an event's reality. */
public enum EventStatus {
  /** reported as having happened or happening. */
  ASSERTED,
  /** reported as not having happened ("was not invited"). */
  NEGATED,
  /** possible, conditional or wished for ("could", "if"). */
  HYPOTHETICAL,
  /** planned or announced for later ("will", "is set to", a later date). */
  FUTURE,
  /** background history, far from the article's date ("in 1979", "during the cold war"). */
  HISTORICAL;

  /** The lowercase name used in JSON and the store. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a {@link #label()}. */
  public static EventStatus of(String label) {
    return valueOf(label.toUpperCase(Locale.ROOT));
  }
}
