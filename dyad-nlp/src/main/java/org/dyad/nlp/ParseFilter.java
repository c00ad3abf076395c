package org.dyad.nlp;

import java.util.List;
import org.dyad.model.Token;

/**
 * Decides, from a sentence's tagged and lemmatised tokens, whether the sentence is worth a
 * dependency parse. The parse is most of the annotate stage's cost, and a sentence that cannot
 * hold an event needs none. Implementations are thread-safe.
 */
@FunctionalInterface
public interface ParseFilter {
  /** Parses every sentence. */
  ParseFilter ALL = tokens -> true;

  /** True when the sentence made of {@code tokens} should be parsed. */
  boolean wantsParse(List<Token> tokens);
}
