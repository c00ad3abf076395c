package org.dyad.actors;

/**
 * A word as the actor resolver sees it.
 *
 * @param text the word as written
 * @param lemma its base form
 * @param tag its part-of-speech tag (Penn Treebank)
 * @param begin offset of its first character
 * @param end offset after its last character
 */
public record Word(String text, String lemma, String tag, int begin, int end) {
  /** True for proper nouns. */
  public boolean isProperNoun() {
    return tag.startsWith("NNP");
  }

  /** True for personal and possessive pronouns. */
  public boolean isPronoun() {
    return tag.startsWith("PRP");
  }
}
