package org.dyad.model;

/**
 * A block of an article's text, by character offsets into {@link Article#text()}.
 *
 * @param begin first character, inclusive
 * @param end last character, exclusive
 * @param kind whether the block is a heading or body text
 */
public record Paragraph(int begin, int end, Kind kind) {
  /** What a block is. */
  public enum Kind {
    HEADING,
    BODY
  }

  public Paragraph {
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("bad paragraph span " + begin + ".." + end);
    }
  }
}
