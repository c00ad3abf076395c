package org.dyad.coder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.dyad.model.Event;
import org.dyad.model.Span;
import org.junit.jupiter.api.Test;

/**
 * Short seeded random runs of the sentence coder: strings of tokens that look like news (actors,
 * verbs, negations, dates, punctuation and noise) go through the real annotator and the coder,
 * which never throws and only gives events whose evidence lies inside the text.
 */
class FuzzCoderTest {
  private static final LocalDate DATE = LocalDate.of(2023, 6, 15);
  private static List<Event> code(String text) {
    return assertTimeoutPreemptively(Duration.ofSeconds(30), () -> SentenceCoding.code(text, DATE));
  }

  @Test
  void tokenSoupNeverBreaksTheCoder() {
    Random r = new Random(20261129L);
    for (int i = 0; i < 50; i++) {
      String text = newsish(r);
      for (Event e : code(text)) {
        for (Span s : new Span[] {e.evidence().sentence(), e.evidence().source(), e.evidence().target(), e.evidence().trigger()}) {
          assertTrue(s == null || s.end() <= text.strip().length(), "evidence " + s + " outside the text: " + text + " " + e);
        }
        assertEquals(e.cameo().substring(0, 2), e.cameoRoot(), e.toString());
      }
    }
  }

  /** Tokens of news sentences (and some that are not) strung together, a few sentences at most. */
  private static String newsish(Random r) {
    StringBuilder sb = new StringBuilder();
    int n = 1 + r.nextInt(40);
    for (int i = 0; i < n; i++) {
      int kind = r.nextInt(4);
      List<String> from = kind == 0 ? NewsTokens.ACTORS : kind == 1 ? NewsTokens.VERBS : NewsTokens.NOISE;
      if (kind == 3) {
        int len = 1 + r.nextInt(12);
        for (int c = 0; c < len; c++) {
          sb.append((char) ('a' + r.nextInt(26)));
        }
      } else {
        sb.append(from.get(r.nextInt(from.size())));
      }
      sb.append(' ');
    }
    String s = sb.toString().strip();
    return s.isEmpty() ? "Iran" : s;
  }
}
