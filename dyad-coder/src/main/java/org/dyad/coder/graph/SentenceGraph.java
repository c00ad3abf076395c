package org.dyad.coder.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dyad.model.AnnotatedSentence;
import org.dyad.model.Dependency;
import org.dyad.model.Token;

/** A sentence's dependency tree with constant-time navigation. */
public final class SentenceGraph {
  private final AnnotatedSentence sentence;
  private final int[] head;
  private final String[] relation;
  private final List<List<Integer>> children;
  private final String[] lemma;
  private final String[] baseRelation;
  /** Each token's case preposition, worked out on first use; {@link #NONE} when it has none. */
  private final String[] preposition;
  private static final String NONE = new String("");

  /** Indexes {@code s}'s dependencies. */
  public SentenceGraph(AnnotatedSentence s) {
    this(s, lemma -> false);
  }

  /**
   * Indexes {@code s}'s dependencies; a gerund right after a preposition whose lemma {@code action}
   * accepts is read as a verb with the noun after it as its object ("retaliated by expelling ten
   * diplomats"), where the tagger made it an adjective of that noun.
   */
  public SentenceGraph(AnnotatedSentence s, java.util.function.Predicate<String> action) {
    this.sentence = s;
    int n = s.tokens().size();
    head = new int[n];
    relation = new String[n];
    children = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      head[i] = -1;
      relation[i] = "dep";
      children.add(new ArrayList<>());
    }
    for (Dependency d : s.dependencies()) {
      head[d.dependent()] = d.governor();
      relation[d.dependent()] = d.relation();
      if (d.governor() >= 0) {
        children.get(d.governor()).add(d.dependent());
      }
    }
    for (int i = 0; i < n; i++) {
      reattachReducedRelative(s.tokens(), i);
    }
    for (int i = 0; i < n; i++) {
      reattachModifiedSubject(s.tokens(), i);
    }
    for (int i = 0; i < n; i++) {
      reattachSpeaker(s.tokens(), i);
    }
    for (int i = 0; i < n; i++) {
      reattachObjectAfterTime(s.tokens(), i);
    }
    for (int i = 0; i < n; i++) {
      reattachTrailingSpeaker(s.tokens(), i);
    }
    for (int i = 0; i < n; i++) {
      Token t = s.tokens().get(i);
      if (relation[i].equals("amod") && t.tag().equals("VBG") && action.test((t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT))) {
        reattachAspectGerund(s.tokens(), i);
      }
    }
    for (int i = 0; i < n; i++) {
      Token t = s.tokens().get(i);
      if (relation[i].equals("amod") && t.tag().equals("VBG") && action.test((t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT))) {
        reattachGerund(s.tokens(), i);
      }
    }
    children.forEach(l -> l.sort(Integer::compare));
    lemma = new String[n];
    baseRelation = new String[n];
    preposition = new String[n];
    for (int i = 0; i < n; i++) {
      Token t = s.tokens().get(i);
      lemma[i] = (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
      if (lemma[i].equals("troops")) {
        lemma[i] = "troop"; // CoreNLP keeps the plural as its own lemma; the patterns name the singular
      }
      if (lemma[i].length() > 4 && (lemma[i].startsWith("re-") || lemma[i].startsWith("co-"))) {
        lemma[i] = lemma[i].substring(0, 2) + lemma[i].substring(3); // "re-open", "co-operate": one word in the patterns
      }
      int c = relation[i].indexOf(':');
      baseRelation[i] = c < 0 ? relation[i] : relation[i].substring(0, c);
    }
  }

  /**
   * Mends a parse the tagger often gets wrong after a verb: in "agreed to return weapons seized
   * from peacekeepers" the participle is read as a clause of its own whose subject is the verb's
   * object. A past participle hanging by {@code dep} from an object-less verb, without auxiliary,
   * whose subject lies between the two, is a reduced relative: its subject becomes the verb's
   * object and the participle a clause modifying it.
   */
  private void reattachReducedRelative(List<Token> tokens, int i) {
    int verb = head[i];
    if (verb < 0 || !relation[i].equals("dep") || !tokens.get(i).tag().equals("VBN") || !tokens.get(verb).tag().startsWith("VB")) {
      return;
    }
    int subject = -1;
    for (int c : children.get(i)) {
      String rel = relation[c];
      if (rel.startsWith("aux") || rel.equals("cop") || rel.equals("mark")) {
        return;
      }
      if (rel.equals("nsubj") && c > verb && c < i && tokens.get(c).tag().startsWith("NN")) {
        subject = c;
      }
    }
    for (int c : children.get(verb)) {
      if (relation[c].equals("obj") || relation[c].equals("ccomp") || relation[c].equals("xcomp")) {
        return;
      }
    }
    if (subject < 0) {
      return;
    }
    attach(subject, verb, "obj");
    attach(i, subject, "acl");
  }

  /**
   * Mends the same misreading before the verb: in "workers affiliated with the union stopped work"
   * the participle is taken for the verb of the sentence and the real verb hangs from it by
   * {@code dep}. A past participle without auxiliary whose subject precedes it, with a finite verb
   * after it by {@code dep} that has no subject of its own, modifies that subject, and the finite
   * verb heads the clause.
   */
  private void reattachModifiedSubject(List<Token> tokens, int participle) {
    if (!tokens.get(participle).tag().equals("VBN")) {
      return;
    }
    int subject = -1;
    int verb = -1;
    for (int c : children.get(participle)) {
      String rel = relation[c];
      if (rel.startsWith("aux") || rel.equals("cop") || rel.equals("mark") || rel.equals("nsubj:pass")) {
        return;
      }
      if (rel.equals("nsubj") && c < participle && tokens.get(c).tag().startsWith("NN")) {
        subject = c;
      }
      String tag = tokens.get(c).tag();
      if (verb < 0 && rel.equals("dep") && c > participle && (tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP"))) {
        verb = c;
      }
    }
    if (subject < 0 || verb < 0) {
      return;
    }
    for (int c : children.get(verb)) {
      if (relation[c].startsWith("nsubj") || relation[c].startsWith("aux")) {
        return;
      }
    }
    attach(verb, head[participle], relation[participle]);
    attach(subject, verb, "nsubj");
    attach(participle, subject, "acl");
  }

  /**
   * Mends a gerund read as an adjective: in "responded by expelling ten diplomats" the tagger makes
   * "expelling" a modifier of "diplomats" and "by" the noun's preposition. A gerund modifying a
   * noun, right after that noun's preposition, becomes the head of the prepositional clause with
   * the noun as its object, when the phrase hangs from a verb: after a noun the reading as an
   * adjective usually stands ("a hunger strike for visiting rights").
   */
  private void reattachGerund(List<Token> tokens, int gerund) {
    int noun = head[gerund];
    if (noun < 0 || !tokens.get(gerund).tag().equals("VBG") || !relation[gerund].equals("amod") || gerund == 0) {
      return;
    }
    int prep = gerund - 1;
    String rel = relation[noun];
    if (head[prep] != noun || !relation[prep].equals("case") || !tokens.get(prep).tag().equals("IN") && !tokens.get(prep).tag().equals("TO")
        || !rel.startsWith("obl") || head[noun] < 0) {
      return;
    }
    int up = head[noun];
    attach(gerund, up, tokens.get(up).tag().startsWith("VB") ? "advcl" : "acl");
    attach(prep, gerund, "mark");
    attach(noun, gerund, "obj");
  }

  /** Verbs of beginning, going on and ending, whose object a gerund right after them is: "began collecting signatures". */
  private static final java.util.Set<String> ASPECTUAL = java.util.Set.of("begin", "start", "continue", "resume", "keep", "stop", "finish");

  /**
   * Mends a gerund read as an adjective after a verb of beginning or ending: in "began collecting
   * signatures" the tagger makes "collecting" a modifier of "signatures", the object of "began". A
   * gerund right after such a verb, modifying its object, becomes the verb's complement with the
   * noun as its own object.
   */
  private void reattachAspectGerund(List<Token> tokens, int gerund) {
    int noun = head[gerund];
    if (noun < 0 || gerund == 0 || noun <= gerund || !relation[noun].equals("obj") || head[noun] != gerund - 1) {
      return;
    }
    int verb = gerund - 1;
    Token v = tokens.get(verb);
    if (!v.tag().startsWith("VB") || !ASPECTUAL.contains((v.lemma() == null ? v.word() : v.lemma()).toLowerCase(Locale.ROOT))) {
      return;
    }
    attach(gerund, verb, "xcomp");
    attach(noun, gerund, "obj");
  }

  /**
   * Mends "China warned it would take countermeasures", read as "[China warned it] would take":
   * a verb made the clausal subject of the modal clause after it, with a pronoun for object right
   * after it, is the governing verb, and the pronoun the subject of the clause it says.
   */
  private void reattachSpeaker(List<Token> tokens, int verb) {
    int clause = head[verb];
    if (clause < 0 || !relation[verb].equals("csubj") || verb > clause || !tokens.get(verb).tag().startsWith("VB")) {
      return;
    }
    int pronoun = verb + 1;
    if (pronoun >= clause || head[pronoun] != verb || !relation[pronoun].equals("obj") || !tokens.get(pronoun).tag().equals("PRP")) {
      return;
    }
    boolean modal = false;
    for (int c : children.get(clause)) {
      if (relation[c].equals("aux") && tokens.get(c).tag().equals("MD") && c > pronoun) {
        modal = true;
      }
    }
    if (!modal) {
      return;
    }
    attach(verb, head[clause], relation[clause]);
    attach(clause, verb, "ccomp");
    attach(pronoun, clause, "nsubj");
  }

  /**
   * Mends "the army lifted Friday a day-old blockade on ...", read as "lifted [Friday [dep: blockade]]":
   * a noun hanging by {@code dep} after a temporal modifier of an object-less verb is that verb's
   * object; the day or date only says when.
   */
  private void reattachObjectAfterTime(List<Token> tokens, int time) {
    int verb = head[time];
    if (verb < 0 || !relation[time].equals("obl:tmod") || !tokens.get(verb).tag().startsWith("VB") || time < verb) {
      return;
    }
    int object = -1;
    for (int c : children.get(time)) {
      if (object < 0 && relation[c].equals("dep") && c > time && tokens.get(c).tag().startsWith("NN")) {
        object = c;
      }
    }
    if (object < 0) {
      return;
    }
    for (int c : children.get(verb)) {
      String rel = relation[c];
      if (rel.equals("obj") || rel.equals("ccomp") || rel.equals("xcomp") || rel.startsWith("nsubj:pass")) {
        return;
      }
    }
    attach(object, verb, "obj");
  }

  /**
   * Mends a trailing attribution hung inside the clause it attributes: in "the authorities are
   * failing to protect refugees, a rights group protested" the parser hangs "protested" from
   * "refugees" by {@code dep}. A finite verb with its own subject and no complement, whose clause
   * runs from a comma to the end of the sentence after the root, governs the sentence: it becomes
   * the root and the old root the clause it says, as the parser reads "..., officials said".
   */
  private void reattachTrailingSpeaker(List<Token> tokens, int verb) {
    String tag = tokens.get(verb).tag();
    int root = -1;
    for (int k = 0; k < head.length && root < 0; k++) {
      root = head[k] < 0 && relation[k].equals("root") ? k : -1;
    }
    if (root < 0 || verb <= root || head[verb] < 0 || !relation[verb].equals("dep")
        || !(tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP"))) {
      return;
    }
    int subject = -1;
    for (int c : children.get(verb)) {
      String rel = relation[c];
      if (rel.equals("obj") || rel.startsWith("ccomp") || rel.equals("xcomp") || rel.startsWith("nsubj:pass") || rel.startsWith("aux")
          || rel.equals("cc") || rel.equals("mark") || rel.equals("conj")) {
        return;
      }
      if (rel.equals("nsubj") && c < verb) {
        subject = c;
      }
    }
    if (subject < 0) {
      return;
    }
    int first = first(subject);
    if (first == 0 || !tokens.get(first - 1).word().equals(",")) {
      return;
    }
    for (int k = last(verb) + 1; k < tokens.size(); k++) {
      if (!tokens.get(k).tag().equals(".")) {
        return; // the clause must close the sentence
      }
    }
    attach(verb, -1, "root");
    attach(root, verb, "ccomp");
  }

  private int first(int node) {
    int min = node;
    for (int c : children.get(node)) {
      min = Math.min(min, first(c));
    }
    return min;
  }

  private int last(int node) {
    int max = node;
    for (int c : children.get(node)) {
      max = Math.max(max, last(c));
    }
    return max;
  }

  /**
   * Moves {@code node} with its subtree under {@code newHead} (-1: the root) by {@code rel}; the
   * mends above are sequences of such moves. Children are sorted once all mends are done.
   */
  private void attach(int node, int newHead, String rel) {
    if (head[node] >= 0) {
      children.get(head[node]).remove(Integer.valueOf(node));
    }
    if (newHead >= 0) {
      children.get(newHead).add(node);
    }
    head[node] = newHead;
    relation[node] = rel;
  }

  /** The sentence. */
  public AnnotatedSentence sentence() {
    return sentence;
  }

  /** Number of tokens. */
  public int size() {
    return head.length;
  }

  /** Token {@code i}. */
  public Token token(int i) {
    return sentence.tokens().get(i);
  }

  /** The lowercase lemma of token {@code i}. */
  public String lemma(int i) {
    return lemma[i];
  }

  /** The head of {@code i}, or -1 for the root. */
  public int head(int i) {
    return head[i];
  }

  /** The relation from {@code i}'s head to {@code i}. */
  public String relation(int i) {
    return relation[i];
  }

  /** The relation's base name without its subtype ({@code obl:tmod} is {@code obl}). */
  public String baseRelation(int i) {
    return baseRelation[i];
  }

  /** The dependents of {@code i}, in order. */
  public List<Integer> children(int i) {
    return children.get(i);
  }

  /** The first dependent of {@code i} with exactly {@code rel}, or -1. */
  public int child(int i, String rel) {
    for (int c : children.get(i)) {
      if (relation[c].equals(rel)) {
        return c;
      }
    }
    return -1;
  }

  /** The preposition that introduces {@code i} ("with" for "with Pakistan"), or null. */
  public String casePreposition(int i) {
    String p = preposition[i];
    if (p == null) {
      p = findPreposition(i);
      preposition[i] = p == null ? NONE : p;
    }
    return p == NONE ? null : p;
  }

  private String findPreposition(int i) {
    StringBuilder sb = null;
    for (int c : children.get(i)) {
      if (relation[c].equals("case")) {
        if (sb == null) {
          sb = new StringBuilder(lemma(c));
          for (int f : children.get(c)) {
            if (relation[f].equals("fixed")) {
              sb.append(' ').append(lemma(f));
            }
          }
        }
      }
    }
    return sb == null ? null : sb.toString();
  }

  /** Every token of the subtree under {@code i}, {@code i} included, in order. */
  public List<Integer> subtree(int i) {
    List<Integer> out = new ArrayList<>();
    collect(i, out, 0);
    out.sort(Integer::compare);
    return out;
  }

  private void collect(int i, List<Integer> out, int depth) {
    if (depth > size()) {
      throw new IllegalStateException("dependency cycle in sentence " + sentence.index());
    }
    out.add(i);
    for (int c : children.get(i)) {
      collect(c, out, depth + 1);
    }
  }
}
