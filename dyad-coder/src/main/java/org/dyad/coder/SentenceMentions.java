package org.dyad.coder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.actors.ActorResolver;
import org.dyad.actors.Coreference;
import org.dyad.actors.Mention;
import org.dyad.actors.Word;
import org.dyad.coder.graph.SentenceGraph;
import org.dyad.model.Span;
import org.dyad.model.Token;

/**
 * The actor mentions of one sentence: every noun-phrase head resolved, in order, with pronouns,
 * surnames and bare roles followed back through the document.
 */
final class SentenceMentions {
  /** Relations whose dependents belong to their head's noun phrase. */
  private static final Set<String> PHRASE = Set.of("compound", "flat", "amod", "det", "nummod", "obl:npmod", "punct", "nmod:npmod");
  /** Relations that make a token part of another's phrase rather than a head of its own. */
  private static final Set<String> INSIDE = Set.of("compound", "flat", "amod", "obl:npmod", "nmod:npmod");

  /** A resolved phrase: the mention and its character span. */
  record Resolved(Mention mention, Span span, boolean viaReference) {}

  private final Resolved[] byHead;
  private final List<List<Resolved>> coordinated;

  SentenceMentions(SentenceGraph g, ActorResolver resolver, Coreference coref, LocalDate date) {
    byHead = new Resolved[g.size()];
    coordinated = new ArrayList<>(g.size());
    for (int i = 0; i < g.size(); i++) {
      coordinated.add(List.of());
      Token t = g.token(i);
      boolean nominal = t.tag().startsWith("NN") || t.tag().startsWith("PRP") || t.tag().equals("CD");
      if (!nominal || INSIDE.contains(g.relation(i)) || borderPlace(g, i)) {
        continue;
      }
      byHead[i] = speakerPossessive(g, i);
      if (byHead[i] == null) {
        byHead[i] = resolveHead(g, i, resolver, coref, date);
      }
      if (byHead[i] == null) {
        byHead[i] = speakerReference(g, i);
      }
      if (byHead[i] != null && byHead[i].mention().resolved()) {
        coordinated.set(i, coordinatedModifiers(g, i, resolver, date));
      }
    }
  }

  /** Nouns for someone by their relation to another: "a commander of Israel's militia ally" is not Israel's. */
  private static final Set<String> RELATIONAL =
      Set.of("ally", "proxy", "partner", "rival", "enemy", "foe", "neighbour", "neighbor", "adversary", "opponent", "client");
  private static final Set<String> BORDERS = Set.of("border", "frontier", "borderland");
  private static final Set<String> LOCATIVE = Set.of("on", "near", "along", "at", "across", "by", "off");

  /** "a stronghold on the Thai border": a border named as where something is, is a place, no actor. */
  private static boolean borderPlace(SentenceGraph g, int i) {
    return BORDERS.contains(g.lemma(i)) && LOCATIVE.contains(String.valueOf(g.casePreposition(i)));
  }

  /** Prepositions whose phrase says whose or where a role's people are: "leaders of", "students in", "refugees from". */
  private static final Set<String> PLACING = Set.of("of", "in", "from");

  /** Roles that take their kind from what they lead or belong to: "leaders of the opposition" are opposition. */
  private static final Set<String> GENERIC_HEADS = Set.of("leader", "member", "head", "chief", "official", "representative");

  /** Plural pronouns that, as the subject of what a group says, stand for that group. */
  private static final Set<String> GROUP_PRONOUNS = Set.of("they", "we");

  /**
   * "The rebels said they would meet the envoy": "they", subject of the reported clause, is the
   * group that speaks; null when the pronoun is something else or the speaker is not a resolved group.
   */
  private Resolved speakerReference(SentenceGraph g, int i) {
    Token t = g.token(i);
    int clause = g.head(i);
    if (!t.tag().equals("PRP") || !GROUP_PRONOUNS.contains(t.word().toLowerCase(java.util.Locale.ROOT))
        || !g.relation(i).startsWith("nsubj") || clause < 0 || !g.relation(clause).equals("ccomp")) {
      return null;
    }
    int speaker = g.child(g.head(clause), "nsubj");
    Resolved r = speaker >= 0 && speaker < i ? byHead[speaker] : null;
    if (r == null || !r.mention().resolved() || r.mention().person()) {
      return null;
    }
    Mention m = r.mention();
    return new Resolved(new Mention(m.actor().withText(t.word()), m.sector(), false, null), new Span(t.begin(), t.end()), true);
  }

  /**
   * "Pakistan said Taliban fighters attacked its border posts": "its" or "their" in what another
   * actor is said to have done to it is the speaker's; null when the pronoun is something else, the
   * clause's own subject is of the speaker's country, or the thing is the doer's "own".
   */
  private Resolved speakerPossessive(SentenceGraph g, int i) {
    Token t = g.token(i);
    String word = t.word().toLowerCase(java.util.Locale.ROOT);
    if (!t.tag().equals("PRP$") || !(word.equals("its") || word.equals("their"))) {
      return null;
    }
    int owned = g.head(i);
    if (owned < 0 || g.children(owned).stream().anyMatch(c -> g.lemma(c).equalsIgnoreCase("own"))) {
      return null;
    }
    int clause = owned;
    for (int depth = 0; clause >= 0 && !g.token(clause).isVerb() && depth < 4; depth++) {
      clause = g.head(clause);
    }
    if (clause < 0 || !g.relation(clause).equals("ccomp") || !REPORTING.contains(g.lemma(g.head(clause)))) {
      return null;
    }
    int speaker = g.child(g.head(clause), "nsubj");
    int doer = g.child(clause, "nsubj");
    Resolved s = speaker >= 0 && speaker < i ? byHead[speaker] : null;
    Resolved d = doer >= 0 && doer < i ? byHead[doer] : null;
    if (s == null || d == null || !s.mention().resolved() || !d.mention().resolved() || s.mention().person()
        || s.mention().actor().country() == null || s.mention().actor().country().equals(d.mention().actor().country())) {
      return null;
    }
    Mention m = s.mention();
    return new Resolved(new Mention(m.actor().withText(t.word()), m.sector(), false, null), new Span(t.begin(), t.end()), true);
  }

  private static final Set<String> REPORTING = Set.of("say", "tell", "report", "claim", "allege", "accuse", "announce", "confirm");

  /** "Hungarian and Romanian officials": the second adjective makes a second actor of the same kind. */
  private static List<Resolved> coordinatedModifiers(SentenceGraph g, int h, ActorResolver resolver, LocalDate date) {
    List<Resolved> out = new ArrayList<>();
    for (int a : g.children(h)) {
      boolean ofPhrase = g.baseRelation(a).equals("nmod") && "of".equals(g.casePreposition(a));
      if (!g.relation(a).equals("amod") && !g.relation(a).equals("compound") && !ofPhrase) {
        continue; // "Hungarian and Romanian officials", "the ministers of India and China"
      }
      for (int c : g.children(a)) {
        if (!g.relation(c).equals("conj")) {
          continue;
        }
        Token mod = g.token(c);
        Token head = g.token(h);
        List<Word> words = List.of(new Word(mod.word(), mod.lemma(), mod.tag(), mod.begin(), mod.end()),
            new Word(head.word(), head.lemma(), head.tag(), head.begin(), head.end()));
        Mention m = resolver.resolve(words, date, mod.word() + " " + head.word());
        if (m.resolved()) {
          out.add(new Resolved(m, new Span(mod.begin(), mod.end()), false));
        }
      }
    }
    return out;
  }

  /** Further actors named by coordinated modifiers of the phrase headed by {@code i}. */
  List<Resolved> coordinatedAt(int i) {
    return i >= 0 && i < coordinated.size() ? coordinated.get(i) : List.of();
  }

  /**
   * The token's tag, with a capitalised common noun inside the sentence read as a proper noun: the
   * tagger takes rare names for common nouns ("missiles hit Kremenchuk").
   */
  private static String properTag(SentenceGraph g, int i) {
    Token t = g.token(i);
    boolean common = t.tag().equals("NN") || t.tag().equals("NNS");
    if (common && i > 0 && Character.isUpperCase(t.word().codePointAt(0)) && t.word().chars().skip(1).allMatch(Character::isLowerCase)
        && !g.token(i - 1).word().equals("``") && !g.token(i - 1).word().equals(":")) {
      return t.tag().equals("NN") ? "NNP" : "NNPS";
    }
    return t.tag();
  }

  private static Resolved resolveHead(SentenceGraph g, int h, ActorResolver resolver, Coreference coref, LocalDate date) {
    List<Integer> span = new ArrayList<>();
    phrase(g, h, span);
    span.sort(Integer::compare);
    List<Word> words = new ArrayList<>();
    for (int i : span) {
      Token t = g.token(i);
      if (t.tag().equals("HYPH") || t.word().equals("-")) {
        continue;
      }
      words.add(new Word(t.word(), t.lemma(), properTag(g, i), t.begin(), t.end()));
    }
    if (words.isEmpty()) {
      return null;
    }
    int begin = words.get(0).begin();
    int end = words.get(words.size() - 1).end();
    String text = g.sentence().text().substring(begin - g.sentence().begin(), end - g.sentence().begin());
    Mention m = resolver.resolve(words, date, text);
    if (!m.resolved() && !m.person()) {
      Resolved loyal = loyalTo(g, h, m, words, resolver, date, begin);
      if (loyal != null) {
        coref.observe(loyal.mention(), g.relation(h).startsWith("nsubj"));
        return loyal;
      }
    }
    String context = coref.contextCountry();
    if (m.resolved() && context != null && !context.equals(m.actor().country()) && resolver.mayName(words, context)) {
      m = resolver.resolve(words, date, text, context); // "Congo" in a text about the Republic of the Congo
    }
    if (m.resolved() && g.lemma(h).equalsIgnoreCase("counterpart")) {
      m = counterpart(g, h, m, coref);
    }
    if (!m.resolved() && context != null) {
      // the country the document speaks of places only what leaves its own open ("the Supreme
      // Court", "Congress"); a place named outright keeps its own ("Paris" beside Americans)
      Mention placed = resolver.resolve(words, date, text, context);
      if (placed.resolved()) {
        m = placed;
      }
    }
    if (!m.resolved() && g.children(h).stream().anyMatch(c -> g.relation(c).equals("amod") && g.lemma(c).equalsIgnoreCase("ethnic"))) {
      // "ethnic Hungarians": the people by their nationality, placed where they live by the coder
      Token t = g.token(h);
      Mention people = resolver.resolve(List.of(new Word(t.word(), t.lemma(), t.tag(), t.begin(), t.end())), date, t.word());
      if (people.resolved() && people.sector() == null && !people.person()) {
        m = new Mention(people.actor().withText(text), null, false, null);
      }
    }
    int poss = g.child(h, "nmod:poss");
    if (!m.resolved() && g.token(h).isProperNoun() && poss >= 0 && g.token(poss).isProperNoun()) {
      // "the Democratic People's Republic of Korea": one name, which the parser split at its possessive
      List<Integer> name = new ArrayList<>(span);
      name.addAll(g.subtree(poss));
      for (int c : g.children(h)) {
        if (g.baseRelation(c).equals("nmod") && "of".equals(g.casePreposition(c))) {
          name.addAll(g.subtree(c));
        }
      }
      name.sort(Integer::compare);
      List<Word> whole = new ArrayList<>();
      for (int i : name) {
        Token t = g.token(i);
        whole.add(new Word(t.word(), t.lemma(), t.tag(), t.begin(), t.end()));
      }
      int from = whole.get(0).begin();
      int to = whole.get(whole.size() - 1).end();
      Mention full = resolver.resolve(whole, date, g.sentence().text().substring(from - g.sentence().begin(), to - g.sentence().begin()));
      if (full.resolved()) {
        coref.observe(full, g.relation(h).startsWith("nsubj"));
        return new Resolved(full, new Span(from, to), false);
      }
    }
    Mention sharper = null;
    boolean unique = m.resolved() && resolver.namesUniqueOffice(words); // "the secretary-general of NATO" is NATO's
    if ((!m.resolved() && m.sector() != null && !m.person()) || unique) {
      // a role whose country comes in an of-phrase or a possessive, or in the place its people are
      // in ("protesters in Nairobi")
      for (int c : g.children(h)) {
        String prep = String.valueOf(g.casePreposition(c));
        boolean of = g.baseRelation(c).equals("nmod") && PLACING.contains(prep) && !RELATIONAL.contains(g.lemma(c))
            && (prep.equals("of") || !unique && g.children(c).stream().noneMatch(k -> g.relation(k).equals("conj")));
        // "officials from Brazil, India and South Africa" are several actors, which the coder finds apart
        if (of || g.relation(c).equals("nmod:poss") && !RELATIONAL.contains(g.lemma(h))) { // "the leadership of Pakistan", "Somalia's prime minister"
          List<Word> withOf = new ArrayList<>(words);
          for (int i : g.subtree(c)) {
            Token t = g.token(i);
            withOf.add(new Word(t.word(), t.lemma(), t.tag(), t.begin(), t.end()));
          }
          Mention full = resolver.resolve(withOf, date, text);
          if (full.resolved()) {
            Span s = new Span(begin, Math.max(end, g.token(g.subtree(c).get(g.subtree(c).size() - 1)).end()));
            coref.observe(full, g.relation(h).startsWith("nsubj"));
            return new Resolved(full, s, false);
          }
          if (of && "of".equals(g.casePreposition(c)) && full.sector() != null && !full.sector().equals(m.sector()) && GENERIC_HEADS.contains(g.lemma(h))) {
            sharper = full; // "leaders of the opposition coalition": opposition, whichever country
          }
        }
      }
      if (sharper != null) {
        m = sharper;
      }
    }
    boolean viaReference = false;
    if (!m.resolved()) {
      Token head = g.token(h);
      var a = head.tag().startsWith("PRP") ? coref.pronoun(head.word()) : null;
      if (a == null && head.isProperNoun()) {
        a = coref.surname(head.word());
      }
      if (a == null && m.sector() != null && g.child(h, "det") >= 0 && "the".equals(g.lemma(g.child(h, "det")))) {
        a = coref.role(m.sector());
      }
      if (a == null) {
        return m.sector() != null ? new Resolved(m, new Span(begin, end), false) : null;
      }
      m = new Mention(a.withText(text), a.sector(), a.name() != null || m.person(), null);
      viaReference = true;
      if (g.relation(h).startsWith("nsubj")) {
        coref.observe(m, true); // "He was leading ...": the referent stays the subject
      }
    } else {
      coref.observe(m, g.relation(h).startsWith("nsubj"));
    }
    return new Resolved(m, new Span(begin, end), viaReference);
  }

  /** Adjectives whose to-phrase names the side a group fights or stands for. */
  private static final Set<String> LOYALTY = Set.of("loyal", "faithful");
  /** Sectors of a leader whose own forces are the state's armed forces. */
  private static final Set<String> STATE = Set.of("GOV", "MIL");

  /**
   * "militants loyal to the Iraqi cleric", "forces loyal to President Gbagbo": a group that names no
   * country of its own is of the country of the one it is loyal to. A role keeps its own kind
   * (militants INS, fighters UAF); a group named by no role ("forces", "units") is the military
   * when it is loyal to a government, else of its leader's kind (a rebel leader's forces are
   * rebels). Null when there is no such phrase or its leader has no country.
   */
  private static Resolved loyalTo(SentenceGraph g, int h, Mention m, List<Word> words, ActorResolver resolver, LocalDate date, int begin) {
    for (int a : g.children(h)) {
      if (!g.relation(a).equals("amod") || !LOYALTY.contains(g.lemma(a).toLowerCase(java.util.Locale.ROOT))) {
        continue;
      }
      for (int x : g.children(a)) {
        if (!"to".equals(g.casePreposition(x))) {
          continue;
        }
        List<Word> leaderWords = new ArrayList<>();
        for (int i : g.subtree(x)) {
          Token t = g.token(i);
          if (!(g.head(i) == x && g.relation(i).equals("case"))) {
            leaderWords.add(new Word(t.word(), t.lemma(), t.tag(), t.begin(), t.end()));
          }
        }
        if (leaderWords.isEmpty()) {
          continue;
        }
        int end = leaderWords.get(leaderWords.size() - 1).end();
        String text = g.sentence().text().substring(begin - g.sentence().begin(), end - g.sentence().begin());
        Mention leader = resolver.resolve(leaderWords, date, text);
        String country = leader.resolved() ? leader.actor().country() : null;
        if (country == null) {
          return null;
        }
        String sector = m.sector();
        if (sector == null) {
          sector = leader.sector() == null || STATE.contains(leader.sector()) ? "MIL" : leader.sector();
        }
        var actor = new org.dyad.model.Actor(text, country + sector, country, sector, null, null, null, null);
        return new Resolved(new Mention(actor, sector, false, null), new Span(begin, end), false);
      }
    }
    return null;
  }

  /**
   * "his Saudi counterpart", "Lavrov's Chinese counterpart": the same office as the possessor's, in
   * the country the phrase names; {@code m} when the possessor is not a person already named.
   */
  private static Mention counterpart(SentenceGraph g, int h, Mention m, Coreference coref) {
    int poss = g.child(h, "nmod:poss");
    if (poss < 0) {
      return m;
    }
    Token t = g.token(poss);
    var of = t.tag().startsWith("PRP") ? coref.pronoun(t.word()) : coref.surname(t.word());
    var a = m.actor();
    if (of == null || of.sector() == null || of.country() == null || of.country().equals(a.country())) {
      return m;
    }
    var same = new org.dyad.model.Actor(a.text(), a.country() + of.sector(), a.country(), of.sector(),
        of.secondarySector(), null, null, null);
    return new Mention(same, of.sector(), true, null);
  }

  private static void phrase(SentenceGraph g, int i, List<Integer> out) {
    out.add(i);
    for (int c : g.children(i)) {
      if (PHRASE.contains(g.relation(c)) || hyphenated(g, c, i)) {
        phrase(g, c, out);
      }
    }
  }

  /** "Vietnamese-led forces": the word hyphened to a modifier, which the parser leaves unattached, is part of it. */
  private static boolean hyphenated(SentenceGraph g, int c, int i) {
    return g.relation(c).equals("dep") && g.relation(i).equals("amod") && c == i - 2 && g.token(i - 1).word().equals("-");
  }

  /** The resolved phrase headed by token {@code i}, or null. */
  Resolved at(int i) {
    return i >= 0 && i < byHead.length ? byHead[i] : null;
  }

  /** True when token {@code i} heads a phrase that resolved to an actor. */
  boolean isActor(int i) {
    Resolved r = at(i);
    return r != null && r.mention().resolved();
  }
}
