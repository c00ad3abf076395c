package org.dyad.coder;

import java.util.HashMap;
import java.util.Map;
import org.dyad.model.io.TsvReader;

/** The object nouns of {@code dyad/coder/things.tsv}: things, not parties, by kind. */
final class Things {
  /** What kind of thing a noun names. */
  enum Kind {
    /** something one party puts to another: a plan, an offer, a demand. */
    PROPOSAL,
    /** a vessel or aircraft. */
    CRAFT,
    /** an act or decision one party took: a move, a measure, a law. */
    DEED
  }

  private final Map<String, Kind> byNoun = new HashMap<>();

  Things() {
    for (TsvReader.Row r : TsvReader.readResource("dyad/coder/things.tsv")) {
      Kind kind;
      try {
        kind = Kind.valueOf(r.get("kind").toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(r.where() + ": unknown kind '" + r.get("kind") + "', not proposal, craft or deed", e);
      }
      if (byNoun.put(r.get("noun"), kind) != null) {
        throw new IllegalStateException(r.where() + ": duplicate noun " + r.get("noun"));
      }
    }
  }

  /** The kind of thing {@code lemma} names, or null for any other word. */
  Kind kind(String lemma) {
    return lemma == null ? null : byNoun.get(lemma);
  }
}
