package org.dyad.store.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.dyad.store.Fixtures;

class SimHashTest {

  @Test
  void copiesAreCloseAndOtherStoriesAreFar() {
    long original = SimHash.of(SimHash.words(Fixtures.STORY));
    long copy = SimHash.of(SimHash.words("Islamabad (Wire) - " + Fixtures.STORY + " Copyright the wire."));
    long other = SimHash.of(SimHash.words(Fixtures.STORY.replace("Russian", "Chinese").replace("Pakistan", "Nepal")
        .replace("Lavrov", "Wang").replace("gas pipeline", "railway").replace("terrorism", "smuggling")
        .replace("Afghanistan", "Tibet").replace("defence", "tourism")));
    assertTrue(SimHash.distance(original, copy) <= SimHash.MAX_DISTANCE, "copy: " + SimHash.distance(original, copy));
    assertTrue(SimHash.distance(original, other) > SimHash.MAX_DISTANCE, "other: " + SimHash.distance(original, other));
  }

  @Test
  void closeHashesShareABand() {
    long a = 0x1234_5678_9abc_def0L;
    long b = a ^ 0b1011L;
    assertEquals(3, SimHash.distance(a, b));
    boolean shared = false;
    for (int i = 0; i < 4; i++) {
      shared |= SimHash.band(a, i) == SimHash.band(b, i);
    }
    assertTrue(shared);
  }
}
