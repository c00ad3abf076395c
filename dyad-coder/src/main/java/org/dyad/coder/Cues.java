package org.dyad.coder;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.dyad.model.io.TsvReader;

/** The cue words of {@code dyad/coder/cues.tsv}: negation, modality, reporting, light verbs. */
final class Cues {
  private final Map<String, Set<String>> byKind = new HashMap<>();

  Cues() {
    for (TsvReader.Row r : TsvReader.readResource("dyad/coder/cues.tsv")) {
      byKind.computeIfAbsent(r.get("kind"), k -> new HashSet<>()).add(r.get("cue"));
    }
    for (String kind : new String[] {"negation", "future-aux", "modal", "future-verb", "irrealis-verb", "condition", "report", "light", "agent-prep"}) {
      if (!byKind.containsKey(kind)) {
        throw new IllegalStateException("dyad/coder/cues.tsv has no cue of kind " + kind);
      }
    }
  }

  boolean is(String kind, String lemma) {
    return lemma != null && byKind.getOrDefault(kind, Set.of()).contains(lemma);
  }
}
