package org.dyad.model;

/**
 * A character span in an article's text.
 *
 * @param begin first character, inclusive
 * @param end last character, exclusive
 */
public record Span(int begin, int end) {
  public Span {
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("bad span " + begin + ".." + end);
    }
  }
}
