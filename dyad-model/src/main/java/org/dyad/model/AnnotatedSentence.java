package org.dyad.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A sentence with its tokens and dependency graph.
 *
 * @param index position of the sentence in its article, from 0
 * @param paragraph index of the paragraph that holds it
 * @param begin offset of the first character in the article text
 * @param end offset after the last character in the article text
 * @param text the sentence text
 * @param tokens the tokens in order
 * @param dependencies the basic dependency graph
 */
public record AnnotatedSentence(
    int index,
    int paragraph,
    int begin,
    int end,
    String text,
    List<Token> tokens,
    List<Dependency> dependencies) {
  public AnnotatedSentence {
    tokens = List.copyOf(tokens);
    dependencies = List.copyOf(dependencies);
  }

  /** The dependency whose dependent is token {@code i}, or null for the root. */
  public Dependency head(int i) {
    for (Dependency d : dependencies) {
      if (d.dependent() == i) {
        return d;
      }
    }
    return null;
  }

  /** The dependencies governed by token {@code i}, in token order. */
  public List<Dependency> children(int i) {
    List<Dependency> out = new ArrayList<>();
    for (Dependency d : dependencies) {
      if (d.governor() == i) {
        out.add(d);
      }
    }
    out.sort((a, b) -> Integer.compare(a.dependent(), b.dependent()));
    return out;
  }

  /** The token at {@code i}. */
  public Token token(int i) {
    return tokens.get(i);
  }
}
