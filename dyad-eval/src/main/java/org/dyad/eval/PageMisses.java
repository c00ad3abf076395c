package org.dyad.eval;

import java.util.List;

/**
 * What the extractor got wrong on one page of the extraction set, to find the causes of misses.
 *
 * @param file the page file
 * @param missed the {@code with} snippets not found in the text
 * @param kept the {@code without} snippets found in the text
 * @param with the number of {@code with} snippets
 * @param goldTitle the gold title, or null when the page has none or the title was right
 * @param title the extracted title (null when none) when {@code goldTitle} is set
 */
public record PageMisses(String file, List<String> missed, List<String> kept, int with, String goldTitle, String title) {
  public PageMisses {
    missed = List.copyOf(missed);
    kept = List.copyOf(kept);
  }

  /** Whether the page has nothing wrong to show. */
  public boolean isEmpty() {
    return missed.isEmpty() && kept.isEmpty() && goldTitle == null;
  }
}
