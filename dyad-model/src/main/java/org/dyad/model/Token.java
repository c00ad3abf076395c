package org.dyad.model;

/**
 * One token of a sentence.
 *
 * @param index position in its sentence, from 0
 * @param word the text as written
 * @param lemma the base form, lowercase for common words
 * @param tag the Penn Treebank part-of-speech tag
 * @param begin offset of the first character in the article text
 * @param end offset after the last character in the article text
 */
public record Token(int index, String word, String lemma, String tag, int begin, int end) {
  public Token {
    if (index < 0 || begin < 0 || end < begin) {
      throw new IllegalArgumentException("bad token " + index + " '" + word + "' " + begin + ".." + end);
    }
  }

  /** True for verbs of any form. */
  public boolean isVerb() {
    return tag.startsWith("VB");
  }

  /** True for common and proper nouns. */
  public boolean isNoun() {
    return tag.startsWith("NN");
  }

  /** True for proper nouns. */
  public boolean isProperNoun() {
    return tag.startsWith("NNP");
  }
}
