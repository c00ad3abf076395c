package org.dyad.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A document as it arrived, before any reading: where it came from and its bytes.
 *
 * @param origin the file path, URL or {@code "-"} for standard input; named in every error
 * @param url the page's address when known, else null
 * @param content the raw bytes
 * @param mediaType {@code text/html}, {@code text/plain}, or null to sniff
 * @param fetchDate when the page was fetched, an upper bound for its publication date; may be null
 * @param title the title given for the page elsewhere (a feed item's), a hint for finding its
 *     headline; null when unknown
 */
public record RawDocument(
    String origin, String url, byte[] content, String mediaType, LocalDate fetchDate, String title) {
  public RawDocument {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(content, "content of " + origin);
    if (title != null && title.isBlank()) {
      title = null;
    }
  }

  /** A document with no title given for it. */
  public RawDocument(String origin, String url, byte[] content, String mediaType, LocalDate fetchDate) {
    this(origin, url, content, mediaType, fetchDate, null);
  }
}
