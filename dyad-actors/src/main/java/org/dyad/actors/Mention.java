package org.dyad.actors;

/**
 * What a noun phrase says about an actor.
 *
 * @param actor the resolved actor, or null when the phrase names no country, organisation or
 *     known person (a bare "the minister")
 * @param sector the sector its role words give, or null
 * @param person whether it names or describes one person
 * @param surname the person's surname as written, for later mentions, or null
 */
public record Mention(org.dyad.model.Actor actor, String sector, boolean person, String surname) {
  /** A phrase that says nothing of an actor. */
  public static final Mention NONE = new Mention(null, null, false, null);

  /** True when an actor was resolved. */
  public boolean resolved() {
    return actor != null;
  }
}
