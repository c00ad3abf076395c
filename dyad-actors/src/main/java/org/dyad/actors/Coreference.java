package org.dyad.actors;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.model.Actor;

/**
 * Follows actors through one document: a later surname ("Lavrov"), pronoun ("he", "it") or bare
 * role ("the minister") refers to the actor most recently named that fits. One instance per
 * document; not thread-safe.
 */
public final class Coreference {
  private static final Set<String> PERSONAL = Set.of("he", "him", "his", "she", "her", "hers", "himself", "herself");
  private static final Set<String> COLLECTIVE = Set.of("it", "its", "itself");

  private final Map<String, Actor> bySurname = new HashMap<>();
  private Actor lastPerson;
  private Actor lastSubjectPerson;
  private Actor lastCollective;

  /** Records a resolved mention so later references can find it. */
  public void observe(Mention m) {
    observe(m, false);
  }

  /**
   * Records a resolved mention; a person who is a clause's subject stays the referent of "he"
   * and "she" over people merely mentioned since.
   */
  public void observe(Mention m, boolean subject) {
    if (!m.resolved()) {
      return;
    }
    if (m.person()) {
      lastPerson = m.actor();
      if (subject) {
        lastSubjectPerson = m.actor();
      }
      if (m.surname() != null) {
        bySurname.put(m.surname(), m.actor());
      }
    } else {
      lastCollective = m.actor();
    }
  }

  /** The actor a pronoun refers to, or null. */
  public Actor pronoun(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (PERSONAL.contains(w)) {
      return lastSubjectPerson != null ? lastSubjectPerson : lastPerson;
    }
    if (COLLECTIVE.contains(w)) {
      return lastCollective;
    }
    return null;
  }

  /** The person earlier named with this surname, or null. */
  public Actor surname(String word) {
    return bySurname.get(word);
  }

  /** The last person named, when a bare role noun of {@code sector} refers back to them. */
  public Actor role(String sector) {
    return lastPerson != null && sector != null && sector.equals(lastPerson.sector()) ? lastPerson : null;
  }
}
