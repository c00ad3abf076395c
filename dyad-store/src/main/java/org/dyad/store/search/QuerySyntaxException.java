package org.dyad.store.search;

/** A search query that cannot be read; the message says why and is safe to show the person who typed it. */
public final class QuerySyntaxException extends Exception {
  private static final long serialVersionUID = 1L;

  /** A bad query with the reason. */
  public QuerySyntaxException(String message, Throwable cause) {
    super(message, cause);
  }
}
