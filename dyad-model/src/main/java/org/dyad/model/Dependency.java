package org.dyad.model;

/**
 * A typed dependency between two tokens of one sentence (Universal Dependencies).
 *
 * @param relation the relation name, e.g. {@code nsubj}, {@code obl:with}
 * @param governor index of the head token, or -1 for the root
 * @param dependent index of the dependent token
 */
public record Dependency(String relation, int governor, int dependent) {
  public Dependency {
    if (dependent < 0 || governor < -1) {
      throw new IllegalArgumentException("bad dependency " + relation + " " + governor + "->" + dependent);
    }
  }
}
