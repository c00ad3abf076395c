package org.dyad.store.search;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dyad.store.StoreException;

/**
 * The store's articles as the full-text index needs them: those stored since a moment, and
 * look-ups by id. The store is the truth; the index is derived from what this gives.
 */
public interface ArticleSource {
  /** Receives articles one at a time. */
  @FunctionalInterface
  interface Handler {
    /** Takes one article. */
    void accept(SearchableArticle article) throws IOException;
  }

  /** Hands every article stored after {@code after} (all when null) to {@code handler}, oldest first. */
  void since(LocalDateTime after, Handler handler) throws StoreException, IOException;

  /** How many articles were stored from {@code from} to {@code to}, both inclusive. */
  long countBetween(LocalDateTime from, LocalDateTime to) throws StoreException;

  /** The ids of the articles stored from {@code from} to {@code to}, both inclusive: cheap, without their text. */
  List<String> storedBetween(LocalDateTime from, LocalDateTime to) throws StoreException;

  /** The stored articles among {@code ids}, by id; ids that are not stored are left out. */
  Map<String, SearchableArticle> find(Collection<String> ids) throws StoreException;

  /** The number of asserted events of each article among {@code ids} that has any. */
  Map<String, Long> assertedEvents(Collection<String> ids) throws StoreException;

  /**
   * How many articles are stored, and when the first was: together they tell an index whether
   * its store was replaced.
   */
  Summary summary() throws StoreException;

  /**
   * The store's articles in brief.
   *
   * @param articles how many are stored
   * @param firstIngestedAt when the oldest was stored, or null when there is none
   */
  record Summary(long articles, LocalDateTime firstIngestedAt) {}

  /** The database file behind the store, or empty for a store without one (in memory, a server). */
  Optional<Path> file() throws StoreException;
}
