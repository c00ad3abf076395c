package org.dyad.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.dyad.model.Actor;
import org.dyad.model.DatePrecision;
import org.dyad.model.Event;
import org.dyad.model.EventStatus;
import org.dyad.model.Evidence;
import org.dyad.model.Span;
import org.junit.jupiter.api.Test;

/** How Dyad's source-target pairs become PLOVER events, one per act. */
class PloverEvaluationTest {
  private static final String SENTENCE = "Egypt and Jordan met Israel and Syria in Cairo.";

  private static Event event(String source, String target, String type, int trigger, EventStatus status) {
    Actor s = new Actor(source, source, source, null, null, null, null, null);
    Actor t = new Actor(target, target, target, null, null, null, null, null);
    Evidence ev = new Evidence(new Span(0, SENTENCE.length()), null, null, new Span(trigger, trigger + 3), "test");
    return new Event(source + target + trigger, null, "s1", SENTENCE, 0, ev, null, DatePrecision.UNKNOWN, status,
        s, t, "040", 1, 1.0, type, null, null, 0.9);
  }

  @Test
  void thePairsOfOneTriggerAreOneEventWithAllTheirActors() {
    List<PloverEvaluation.Coded> acts = PloverEvaluation.acts(List.of(
        event("EGY", "ISR", "CONSULT", 17, EventStatus.ASSERTED),
        event("JOR", "ISR", "CONSULT", 17, EventStatus.ASSERTED),
        event("EGY", "SYR", "CONSULT", 17, EventStatus.ASSERTED)));
    assertEquals(1, acts.size());
    assertEquals(Set.of("EGY", "JOR"), acts.get(0).sources());
    assertEquals(Set.of("ISR", "SYR"), acts.get(0).targets());
    assertFalse(acts.get(0).compound());
    assertEquals("met", acts.get(0).trigger());
  }

  @Test
  void aPairBothWaysIsReciprocal() {
    List<PloverEvaluation.Coded> acts = PloverEvaluation.acts(List.of(
        event("EGY", "JOR", "CONSULT", 17, EventStatus.ASSERTED),
        event("JOR", "EGY", "CONSULT", 17, EventStatus.ASSERTED)));
    assertEquals(1, acts.size());
    assertTrue(acts.get(0).compound());
  }

  @Test
  void negatedEventsAndOtherTriggersForTheSameActAreNotCountedTwice() {
    List<PloverEvaluation.Coded> acts = PloverEvaluation.acts(List.of(
        event("EGY", "ISR", "CONSULT", 17, EventStatus.ASSERTED),
        event("EGY", "ISR", "CONSULT", 4, EventStatus.ASSERTED),
        event("EGY", "SYR", "ASSAULT", 17, EventStatus.NEGATED)));
    assertEquals(1, acts.size());
  }
}
