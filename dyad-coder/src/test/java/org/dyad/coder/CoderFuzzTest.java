package org.dyad.coder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;
import java.util.List;
import org.dyad.model.Event;
import org.dyad.model.Span;

/**
 * Coverage-guided fuzzing of the sentence coder with Jazzer: text strung from news tokens, free
 * words and raw characters goes through the real annotator and the coder, which never throws and
 * gives only events whose evidence lies in the text. A plain test run replays the inputs kept
 * under {@code src/test/resources/org/dyad/coder/CoderFuzzTestInputs/}; {@code JAZZER_FUZZ=1}
 * fuzzes for {@code maxDuration}.
 */
class CoderFuzzTest {
  private static final LocalDate DATE = LocalDate.of(2023, 6, 15);

  @FuzzTest(maxDuration = "60s")
  void anyTextCodesCleanly(FuzzedDataProvider data) {
    StringBuilder sb = new StringBuilder();
    int n = data.consumeInt(1, 40);
    for (int i = 0; i < n && data.remainingBytes() > 0; i++) {
      switch (data.consumeInt(0, 3)) {
        case 0 -> sb.append(data.pickValue(NewsTokens.ACTORS));
        case 1 -> sb.append(data.pickValue(NewsTokens.VERBS));
        case 2 -> sb.append(data.pickValue(NewsTokens.NOISE));
        default -> sb.append(data.consumeString(16));
      }
      sb.append(' ');
    }
    String text = sb.toString().strip();
    if (text.isEmpty()) {
      return;
    }
    List<Event> events = SentenceCoding.code(text, DATE);
    for (Event e : events) {
      for (Span s : new Span[] {e.evidence().sentence(), e.evidence().source(), e.evidence().target(), e.evidence().trigger()}) {
        assertTrue(s == null || (s.begin() >= 0 && s.end() <= text.length()), "evidence " + s + " outside the text: " + text);
      }
      assertEquals(e.cameo().substring(0, 2), e.cameoRoot(), e.toString());
      assertTrue(e.confidence() >= 0 && e.confidence() <= 1, "confidence " + e.confidence());
    }
  }
}
