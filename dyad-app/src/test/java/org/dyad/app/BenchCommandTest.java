package org.dyad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code dyad bench} reports every stage over the corpus it generates from the example articles.
 * Only what it counts is checked here; its speed figures come from running it, not from tests.
 */
class BenchCommandTest {
  @Test
  void reportsEachStageOverTheGeneratedCorpus() {
    String home = System.getProperty("dyad.home");
    System.setProperty("dyad.home", "..");
    CliRunner r;
    try {
      r = CliRunner.run("bench", "--articles", "3", "--threads", "2", "--no-stock");
    } finally {
      if (home == null) {
        System.clearProperty("dyad.home");
      } else {
        System.setProperty("dyad.home", home);
      }
    }
    assertEquals(0, r.exit, r.err);
    assertTrue(r.out.startsWith("dyad bench: 3 pages"), r.out);
    Matcher m = Pattern.compile("3 articles, (\\d+) sentences of which (\\d+) parsed").matcher(r.out);
    assertTrue(m.find(), r.out);
    int sentences = Integer.parseInt(m.group(1));
    int parsed = Integer.parseInt(m.group(2));
    assertTrue(parsed > 0 && parsed < sentences, r.out);
    for (String stage : new String[] {"extract", "annotate", "code"}) {
      assertTrue(Pattern.compile("(?m)^  " + stage + " +\\d").matcher(r.out).find(), r.out);
    }
    assertTrue(r.out.contains("Dyad end to end"), r.out);
  }

  @Test
  void refusesAMissingInputFolder() {
    CliRunner r = CliRunner.run("bench", "--input", "no/such/folder", "--no-stock");
    assertEquals(2, r.exit);
    assertTrue(r.err.contains("no/such/folder"), r.err);
  }
}
