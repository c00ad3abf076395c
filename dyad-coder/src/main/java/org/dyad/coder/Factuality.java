package org.dyad.coder;

import org.dyad.coder.graph.SentenceGraph;
import org.dyad.model.EventStatus;

/**
 * Decides what the text says of an event's reality from the grammar around its trigger:
 * negation, future auxiliaries and planning verbs, modals, conditions, wishes and purposes.
 * Historical status is decided by {@link EventDating}, from time.
 */
final class Factuality {
  private final Cues cues;
  /** Subordinators of time, whose clause happens in the same world as the clause it is attached to. */
  private static final java.util.Set<String> TEMPORAL_MARKS = java.util.Set.of("before", "until", "till", "after", "when", "once");

  Factuality(Cues cues) {
    this.cues = cues;
  }

  /** The status of the event triggered at {@code i}, apart from history. */
  EventStatus status(SentenceGraph g, int i) {
    boolean negated = false;
    boolean future = false;
    boolean hypothetical = false;
    int node = i;
    int clauseHead = clauseHead(g, i);
    boolean timed = false;
    for (int depth = 0; node >= 0 && depth < 6; depth++) {
      for (int c : g.children(node)) {
        String rel = g.baseRelation(c);
        String lemma = g.lemma(c);
        String word = g.token(c).word().toLowerCase(java.util.Locale.ROOT);
        if (!timed && (rel.equals("advmod") || rel.equals("neg") || rel.equals("det")) && (cues.is("negation", lemma) || cues.is("negation", word))) {
          negated = true;
        }
        if (rel.equals("aux")) {
          if (cues.is("future-aux", lemma) || cues.is("future-aux", word) || reportedWould(g, node, word)) {
            future = true;
          } else if (cues.is("modal", lemma) || cues.is("modal", word)) {
            hypothetical = true;
          }
        }
        if (rel.equals("mark") && cues.is("condition", lemma)) {
          hypothetical = true;
        }
        if (rel.equals("advmod") && g.lemma(c).equals("once") && node == clauseHead) {
          hypothetical = true;
        }
      }
      if (node != i) {
        if (cues.is("future-verb", g.lemma(node))) {
          future = true;
        } else if (cues.is("irrealis-verb", g.lemma(node))) {
          hypothetical = true;
        } else if (cues.is("report", g.lemma(node)) && g.child(node, "aux:pass") >= 0) {
          hypothetical = true; // hearsay with no one to vouch for it: "Iran is believed to have supplied drones"
        }
      }
      String rel = g.relation(node);
      int up = g.head(node);
      // "to" before a base verb, not before a gerund ("resorted to throwing stones")
      boolean infinitive = !g.token(node).tag().equals("VBG")
          && g.children(node).stream().anyMatch(c -> g.relation(c).equals("mark") && g.lemma(c).equals("to"));
      if ((rel.equals("advcl") || rel.equals("acl")) && infinitive) {
        hypothetical = true; // a purpose: "proposed the conference to bring together ..."
        break;
      }
      if (rel.equals("xcomp") && infinitive && up >= 0 && g.child(up, "obj") >= 0 && g.relation(g.child(up, "obj")).equals("obj")
          && g.token(g.child(up, "obj")).isNoun() && !g.token(g.child(up, "obj")).tag().startsWith("NNP") && !g.token(g.child(up, "obj")).tag().startsWith("PRP")) {
        hypothetical = true; // a purpose after the object: "continued their hunger strike to demand ..."
        break;
      }
      if (rel.equals("ccomp") && up >= 0 && cues.is("irrealis-verb", g.lemma(up))) {
        hypothetical = true; // what is demanded: "demanded that the US cancel its plans to sell arms"
        break;
      }
      Dispute dispute = disputeAbove(g, node);
      if (dispute != Dispute.NONE) {
        negated |= dispute == Dispute.DENIED;
        hypothetical |= dispute == Dispute.ALLEGED;
        break;
      }
      boolean temporal = rel.equals("advcl") && g.children(node).stream()
          .anyMatch(c -> g.relation(c).equals("mark") && TEMPORAL_MARKS.contains(g.lemma(c)));
      if (temporal) {
        // "must reach an agreement before aid is released": a time clause shares its governor's
        // future or mere possibility, not its negation ("did not leave until the talks ended")
        timed = true;
        node = up;
      } else if (rel.equals("xcomp") || rel.equals("acl") || rel.equals("csubj")
          || (g.token(i).isNoun() && node == i && up >= 0 && g.token(up).isVerb())) {
        node = up;
      } else {
        break;
      }
    }
    if (negated) {
      return EventStatus.NEGATED;
    }
    if (future) {
      return EventStatus.FUTURE;
    }
    return hypothetical ? EventStatus.HYPOTHETICAL : EventStatus.ASSERTED;
  }

  /**
   * True when the event at {@code i} lies in what a source denies or only alleges ("denied that
   * its troops had fired", "the accusation that it supports the rebels"): a negation that is no
   * refusal of the act.
   */
  boolean disputed(SentenceGraph g, int i) {
    for (int node = i, depth = 0; node >= 0 && depth < 6; node = g.head(node), depth++) {
      if (disputeAbove(g, node) != Dispute.NONE) {
        return true;
      }
    }
    return false;
  }

  /** What the word governing {@code node} makes of it: a denial, an allegation, or neither. */
  private enum Dispute { NONE, DENIED, ALLEGED }

  /**
   * Whether {@code node} is what its governor denies ("denied that its troops had shelled the
   * city", "dismissed reports that it had sent drones") or only alleges ("reports that Iran had
   * supplied missiles").
   */
  private Dispute disputeAbove(SentenceGraph g, int node) {
    String rel = g.relation(node);
    int up = g.head(node);
    if (up < 0) {
      return Dispute.NONE;
    }
    if ((rel.equals("ccomp") || rel.equals("xcomp")) && g.token(up).isVerb() && cues.is("denial-verb", g.lemma(up))) {
      return Dispute.DENIED;
    }
    if ((rel.equals("acl") || rel.equals("ccomp")) && g.token(up).isNoun() && cues.is("claim-noun", g.lemma(up))) {
      int governor = g.head(up);
      return governor >= 0 && cues.is("denial-verb", g.lemma(governor)) ? Dispute.DENIED : Dispute.ALLEGED;
    }
    return Dispute.NONE;
  }

  /** "Iraq said it would allow the inspectors back": reported speech's "would" is a backshifted "will". */
  boolean reportedWould(SentenceGraph g, int clause, String word) {
    int up = g.head(clause);
    return word.equals("would") && up >= 0 && g.relation(clause).equals("ccomp") && cues.is("report", g.lemma(up));
  }

  /** The verb whose clause holds token {@code i}: itself for verbs, the governing verb for nouns. */
  static int clauseHead(SentenceGraph g, int i) {
    int node = i;
    for (int depth = 0; node >= 0 && depth < 8; depth++) {
      boolean verbal = g.token(node).isVerb() || (g.child(node, "aux") >= 0 && g.child(node, "nsubj") >= 0);
      if (verbal || g.child(node, "cop") >= 0 || g.head(node) < 0) {
        return node;
      }
      node = g.head(node);
    }
    return i;
  }
}
