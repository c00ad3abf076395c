package org.dyad.store.search;

import java.util.List;

/**
 * One page of search results.
 *
 * @param total how many articles match in all
 * @param hits the page's hits, best first
 */
public record SearchPage(long total, List<SearchHit> hits) {
  public SearchPage {
    if (total < hits.size()) {
      throw new IllegalArgumentException("a page of " + hits.size() + " hits cannot come from " + total + " matches");
    }
    hits = List.copyOf(hits);
  }
}
