package org.dyad.coder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Event;
import org.dyad.model.io.TsvReader;
import org.junit.jupiter.api.Test;

/** Every noun of {@code things.tsv} has a kind, and its example is aimed at no guessed party. */
class ThingsExamplesTest {
  private static final LocalDate DATE = LocalDate.of(2025, 3, 10);

  @Test
  void everyNounHasAKnownKind() {
    Things things = new Things();
    for (TsvReader.Row r : TsvReader.readResource("dyad/coder/things.tsv")) {
      assertNotNull(things.kind(r.get("noun")), r.where());
      assertEquals(r.get("kind").toUpperCase(java.util.Locale.ROOT), things.kind(r.get("noun")).name(), r.where());
    }
  }

  @Test
  void anExampleIsNeverAimedAtItsSourcesOwnCountry() {
    List<String> failures = new ArrayList<>();
    for (TsvReader.Row r : TsvReader.readResource("dyad/coder/things.tsv")) {
      for (Event e : SentenceCoding.code(r.get("example"), DATE)) {
        if (e.source() != null && e.target() != null && e.source().country() != null
            && e.source().country().equals(e.target().country())) {
          failures.add(r.get("noun") + ": " + e);
        }
      }
    }
    assertTrue(failures.isEmpty(), "aimed at the source's own country: " + failures);
  }
}
