package org.dyad.coder.pattern;

import java.util.List;

/**
 * One trigger of one CAMEO event, with the slots where its target is found and the examples
 * that show it working.
 *
 * @param id unique id, quoted in every event's evidence
 * @param cameo the CAMEO code it codes
 * @param pos whether the trigger is a verb, an event noun, an evaluative predicate or a reported obligation
 * @param lemma the trigger's lemma
 * @param particles verb particles that must be attached ("wrap up")
 * @param objects object or complement lemmas that must be attached ("express +concern")
 * @param targets slots tried in order for the target: {@code obj}, a preposition, {@code -} for none, or
 *     {@code home} for the source's own country
 * @param example a sentence that must code to {@code expect}
 * @param expect {@code SRC>TGT} country codes, {@code -} for no target
 * @param counter a sentence in which this pattern must not fire, or null
 */
public record EventPattern(
    String id,
    String cameo,
    Pos pos,
    String lemma,
    List<String> particles,
    List<String> objects,
    List<String> targets,
    String example,
    String expect,
    String counter) {

  /** What kind of word triggers the pattern. */
  public enum Pos {
    /** a verb. */
    V,
    /** an event noun. */
    N,
    /** a noun or adjective predicated of the target in a copular clause. */
    A,
    /** a modal of obligation in reported speech: "Russia said Sudan must return the helicopter". */
    M
  }

  public EventPattern {
    particles = List.copyOf(particles);
    objects = List.copyOf(objects);
    targets = List.copyOf(targets);
    if (targets.isEmpty()) {
      throw new IllegalArgumentException("pattern " + id + " has no target slot");
    }
  }

  /** How many constraints beyond the lemma it has; more specific patterns win. */
  public int specificity() {
    return particles.size() + objects.size();
  }

  /** True when the pattern codes events without a target, or with the source's own country as the target. */
  public boolean targetless() {
    return targets.contains("-") || targets.contains("home");
  }
}
