package org.dyad.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.model.Actor;

/**
 * Follows actors through one document: a later surname ("Lavrov"), pronoun ("he", "it", "they") or
 * bare role ("the minister") refers to the actor most recently named that fits. One instance per
 * document; not thread-safe.
 *
 * <p>"They", "them" and "their" refer to a group: a plural phrase ("the rebels", "Pakistani
 * troops"), a collective body ("the government", "Hamas", "the Taliban") or actors named together
 * ("Russia and China", given by {@link #observeCoordination}). Of the last two such mentions, a
 * plural phrase is preferred to a collective one and a clause's subject to an object; when that
 * leaves two different actors level, or the one left is a collective body named only as an object,
 * the pronoun is left unresolved.
 */
public final class Coreference {
  private static final Set<String> PERSONAL = Set.of("he", "him", "his", "she", "her", "hers", "himself", "herself");
  private static final Set<String> COLLECTIVE = Set.of("it", "its", "itself");
  private static final Set<String> PLURAL = Set.of("they", "them", "their", "theirs", "themselves");

  /** A mention a plural pronoun may refer to: one actor, or several named together. */
  private record Group(List<Actor> actors, boolean plural, boolean subject) {
    int weight() {
      return (plural ? 2 : 0) + (subject ? 1 : 0);
    }

    boolean sameAs(Group o) {
      return actors.size() == o.actors.size() && codes().equals(o.codes());
    }

    private List<String> codes() {
      return actors.stream().map(Actor::code).sorted().toList();
    }
  }

  private final Map<String, Actor> bySurname = new HashMap<>();
  private Actor lastPerson;
  private Actor lastSubjectPerson;
  private Actor lastCollective;
  private Group lastGroup;
  private Group groupBefore;
  /** How often each country has been named, and when last (the order of observation). */
  private final Map<String, int[]> countries = new HashMap<>();
  private int observed;

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
    count(m.actor());
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
      boolean plural = pluralPhrase(m.actor().text());
      if (plural || collective(m.actor())) {
        remember(new Group(List.of(m.actor()), plural, subject));
      }
    }
  }

  /**
   * Records actors named together ("Russia and China", "the rebels and the army"): later "they"
   * refers to all of them, which {@link #pronounAll} gives and {@link #pronoun} (one actor) cannot.
   */
  public void observeCoordination(List<Mention> mentions, boolean subject) {
    List<Actor> actors = new ArrayList<>();
    for (Mention m : mentions) {
      if (m.resolved() && actors.stream().noneMatch(a -> a.code().equals(m.actor().code()))) {
        count(m.actor());
        actors.add(m.actor());
      }
    }
    if (!actors.isEmpty()) {
      remember(new Group(List.copyOf(actors), true, subject));
    }
  }

  private void count(Actor a) {
    String c = a.country();
    if (c != null && c.matches("[A-Z]{3}") && !Set.of("IGO", "NGO", "IMG").contains(c)) {
      int[] n = countries.computeIfAbsent(c, k -> new int[2]);
      n[0]++;
      n[1] = ++observed;
    }
  }

  /**
   * The country the document speaks of so far: the one its resolved mentions name most often
   * (the latest named of those level), or null before any. It is the context that
   * {@link ActorResolver#resolve(List, java.time.LocalDate, String, String)} gives to an institution,
   * a generic party name or a place name that leaves its country open.
   */
  public String contextCountry() {
    String best = null;
    int[] bestCount = null;
    for (Map.Entry<String, int[]> e : countries.entrySet()) {
      int[] n = e.getValue();
      if (bestCount == null || n[0] > bestCount[0] || (n[0] == bestCount[0] && n[1] > bestCount[1])) {
        best = e.getKey();
        bestCount = n;
      }
    }
    return best;
  }

  private void remember(Group g) {
    if (lastGroup != null && lastGroup.sameAs(g)) {
      // the same actor again: it keeps the stronger of its two standings
      g = new Group(g.actors(), g.plural() || lastGroup.plural(), g.subject() || lastGroup.subject());
    } else {
      groupBefore = lastGroup;
    }
    lastGroup = g;
  }

  /** The actor a pronoun refers to, or null (also when "they" refers to several actors together). */
  public Actor pronoun(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (PERSONAL.contains(w)) {
      return lastSubjectPerson != null ? lastSubjectPerson : lastPerson;
    }
    if (COLLECTIVE.contains(w)) {
      return lastCollective;
    }
    if (PLURAL.contains(w)) {
      List<Actor> all = pronounAll(w);
      return all.size() == 1 ? all.get(0) : null;
    }
    return null;
  }

  /**
   * Every actor a plural pronoun ("they", "them", "their") refers to: the group most recently
   * named, or empty when there is none or two different ones are equally likely.
   */
  public List<Actor> pronounAll(String word) {
    if (!PLURAL.contains(word.toLowerCase(Locale.ROOT)) || lastGroup == null) {
      return List.of();
    }
    Group best = groupBefore == null || lastGroup.weight() > groupBefore.weight() ? lastGroup
        : groupBefore.weight() > lastGroup.weight() ? groupBefore : null;
    // a body named once in passing ("loyal to al-Qaeda") is too weak a referent on its own
    return best == null || best.weight() == 0 ? List.of() : best.actors();
  }

  /** The person earlier named with this surname, or null. */
  public Actor surname(String word) {
    return bySurname.get(word);
  }

  /** The last person named, when a bare role noun of {@code sector} refers back to them. */
  public Actor role(String sector) {
    return lastPerson != null && sector != null && sector.equals(lastPerson.sector()) ? lastPerson : null;
  }

  /** A body rather than a place or a person: a government, an armed group, an organisation. */
  private static boolean collective(Actor a) {
    return a.sector() != null || a.name() != null;
  }

  /** True when the phrase ends in a plural common noun: "the rebels", "Pakistani troops". */
  static boolean pluralPhrase(String text) {
    if (text == null) {
      return false;
    }
    List<Word> words = SimpleTokenizer.words(text);
    if (words.isEmpty()) {
      return false;
    }
    String head = words.get(words.size() - 1).text();
    if (!Character.isLowerCase(head.codePointAt(0))) {
      return false;
    }
    return !SimpleTokenizer.singular(head).equals(head) || Set.of("people", "police", "personnel").contains(head);
  }
}
