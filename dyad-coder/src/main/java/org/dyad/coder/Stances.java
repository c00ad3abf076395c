package org.dyad.coder;

import java.util.HashMap;
import java.util.Map;
import org.dyad.model.io.TsvReader;
import org.dyad.model.ontology.CameoCodebook;

/**
 * What an event becomes when its source only promises, refuses or threatens it, from
 * {@code dyad/coder/stances.tsv}: the longest matching code prefix decides.
 */
final class Stances {
  /** How the source stands to the event. */
  enum Kind {
    INTENT,
    REFUSAL,
    THREAT
  }

  private final Map<String, String[]> byPrefix = new HashMap<>();

  Stances(CameoCodebook codebook) {
    for (TsvReader.Row r : TsvReader.readResource("dyad/coder/stances.tsv")) {
      String[] codes = {r.get("intent"), r.get("refusal"), r.get("threat")};
      for (String c : codes) {
        if (!c.equals("-") && !codebook.contains(c)) {
          throw new IllegalStateException(r.where() + ": unknown CAMEO code " + c);
        }
      }
      byPrefix.put(r.get("prefix"), codes);
    }
  }

  /** The code of {@code cameo} under {@code kind}, or null when it keeps its own code. */
  String code(String cameo, Kind kind) {
    for (int n = cameo.length(); n >= 2; n--) {
      String[] codes = byPrefix.get(cameo.substring(0, n));
      if (codes != null) {
        String c = codes[kind.ordinal()];
        return c.equals("-") ? null : c;
      }
    }
    return null;
  }
}
