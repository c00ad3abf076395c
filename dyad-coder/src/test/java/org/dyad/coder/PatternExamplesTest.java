package org.dyad.coder;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dyad.coder.pattern.EventPattern;
import org.dyad.coder.pattern.PatternBook;
import org.dyad.model.Event;
import org.dyad.model.EventStatus;
import org.dyad.model.ontology.CameoCodebook;
import org.junit.jupiter.api.Test;

/**
 * Every pattern carries an example that must code as it says and a counter-example in which it
 * must not fire; this one test runs them all through the real pipeline.
 */
class PatternExamplesTest {
  /** Share of examples that must code as stated; raise it as the coder improves, never lower it. */
  private static final double EXAMPLE_FLOOR = 0.93;
  /** Share of counter-examples in which their pattern must stay silent. */
  private static final double COUNTER_FLOOR = 0.95;
  private static final LocalDate DATE = LocalDate.of(2024, 1, 15);

  private static List<Event> code(String text) {
    return SentenceCoding.code(text, DATE);
  }

  @Test
  void everyCameoCodeHasAPattern() {
    Set<String> covered = new HashSet<>();
    PatternBook.standard().all().forEach(p -> covered.add(p.cameo()));
    List<String> missing = new ArrayList<>();
    CameoCodebook.standard().all().forEach(c -> {
      if (c.code().length() > 2 && !covered.contains(c.code())) {
        missing.add(c.code());
      }
    });
    assertTrue(missing.isEmpty(), "CAMEO codes without a pattern: " + missing);
  }

  @Test
  void examplesCodeAsStated() {
    List<String> failures = new ArrayList<>();
    List<EventPattern> all = PatternBook.standard().all();
    for (EventPattern p : all) {
      String[] expect = p.expect().split(">");
      String src = expect[0];
      String tgt = expect.length > 1 ? expect[1] : "-";
      boolean ok = code(p.example()).stream().anyMatch(e -> e.cameo().equals(p.cameo()) && e.status() != EventStatus.NEGATED
          && e.source() != null && src.equals(country(e.source()))
          && (tgt.equals("-") ? e.target() == null || implied(e) : e.target() != null && tgt.equals(country(e.target()))));
      if (!ok) {
        failures.add(p.id());
      }
    }
    double rate = 1 - (double) failures.size() / all.size();
    System.out.printf("pattern examples coded as stated: %d/%d (%.3f)%n", all.size() - failures.size(), all.size(), rate);
    System.out.println("examples not coded as stated: " + failures);
    assertTrue(rate >= EXAMPLE_FLOOR, String.format("%.3f of examples code as stated; failing: %s", rate, failures));
  }

  @Test
  void counterExamplesStaySilent() {
    List<String> failures = new ArrayList<>();
    int tried = 0;
    for (EventPattern p : PatternBook.standard().all()) {
      if (p.counter() == null) {
        continue;
      }
      tried++;
      if (code(p.counter()).stream().anyMatch(e -> e.evidence().patternId().equals(p.id()))) {
        failures.add(p.id());
      }
    }
    double rate = 1 - (double) failures.size() / tried;
    System.out.printf("counter-examples silent: %d/%d (%.3f)%n", tried - failures.size(), tried, rate);
    assertTrue(rate >= COUNTER_FLOOR, String.format("%.3f of counter-examples stay silent; firing: %s", rate, failures));
  }

  /** A target the text does not name (the source's own country, or the place of the event): "-" in the expectation. */
  private static boolean implied(Event e) {
    return e.evidence().target() == null;
  }

  private static String country(org.dyad.model.Actor a) {
    return a.country();
  }
}
