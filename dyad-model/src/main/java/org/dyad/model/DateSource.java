package org.dyad.model;

import java.util.Locale;

/** Where an article's publication date was found. */
public enum DateSource {
  /** schema.org JSON-LD {@code datePublished}. */
  JSONLD,
  /** a meta tag such as {@code article:published_time}. */
  META,
  /** an HTML {@code time} element. */
  TIME,
  /** a date in the page's URL. */
  URL,
  /** a dateline or byline date in the text itself. */
  TEXT,
  /** reasoned from the time expressions of the content. */
  INFERRED,
  /** a stand-alone masthead date that nothing in the content contradicts. */
  MASTHEAD,
  /** supplied by the caller. */
  GIVEN,
  /** no date could be found. */
  NONE;

  /** The lowercase name used in JSON and the store. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
