package org.dyad.store.search;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * An article as the full-text index reads it from the store.
 *
 * @param id the article id
 * @param title its headline, or null
 * @param text its clean text
 * @param site the site's name, or null
 * @param url where it was read, or null
 * @param date its publication date, or null
 * @param ingestedAt when it was stored, as the store's clock wrote it
 */
public record SearchableArticle(
    String id, String title, String text, String site, String url, LocalDate date, LocalDateTime ingestedAt) {
  public SearchableArticle {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text of " + id);
    Objects.requireNonNull(ingestedAt, "ingestedAt of " + id);
  }
}
