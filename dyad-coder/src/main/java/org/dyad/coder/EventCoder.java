package org.dyad.coder;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.actors.ActorResolver;
import org.dyad.actors.Coreference;
import org.dyad.actors.Mention;
import org.dyad.coder.graph.SentenceGraph;
import org.dyad.coder.pattern.EventPattern;
import org.dyad.coder.pattern.PatternBook;
import org.dyad.extract.time.TimeMention;
import org.dyad.model.Actor;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.AnnotatedSentence;
import org.dyad.model.Article;
import org.dyad.model.DatePrecision;
import org.dyad.model.Event;
import org.dyad.model.EventStatus;
import org.dyad.model.Evidence;
import org.dyad.model.Location;
import org.dyad.model.Paragraph;
import org.dyad.model.Span;
import org.dyad.model.ontology.CameoCode;
import org.dyad.model.ontology.CameoCodebook;

/**
 * The code stage: finds events in annotated articles. For each trigger a pattern names, the
 * source comes from the grammatical subject (or the passive's agent, a noun's possessor, the
 * subject of a controlling or light verb), the target from the pattern's slots, with
 * coordination giving one event per participant. An event whose text names no other party is
 * aimed, as PLOVER codes it, at an actor further down the trigger's phrase, the subject of a
 * threat's condition, the country of the place it happened in, or the source's own country; a
 * declined act of cooperation ("will not accept") is a rejection; the purpose or adjunct of another
 * coded event is not an event of its own; events below {@link #MIN_CONFIDENCE} are not reported.
 * Each event gets a status, a date and its evidence. Thread-safe: per-document state lives in
 * each call.
 */
public final class EventCoder {
  private static final Set<String> MEMBER_PREPOSITIONS = Set.of("such as", "such", "including", "like");
  private static final Set<String> ABOUT_PREPOSITIONS =
      Set.of("of", "in", "with", "on", "over", "about", "regarding", "toward", "towards", "against", "for", "by", "from");
  /** Nouns for someone by their relation to another: "Israel's militia ally" is not Israel. */
  private static final Set<String> RELATIONAL =
      Set.of("ally", "proxy", "partner", "rival", "enemy", "foe", "neighbour", "neighbor", "adversary", "opponent", "client");
  private static final Set<String> GROUP_PRONOUNS = Set.of("they", "we", "it");
  /** Nouns for armed units: when they arrive somewhere they are deployed, they do not visit. */
  private static final Set<String> TROOPS =
      Set.of("troops", "troop", "soldier", "force", "peacekeeper", "contingent", "battalion", "unit", "detachment", "brigade", "marine");
  private static final Set<String> MEMBERSHIP_VERBS = Set.of("include", "comprise", "involve");

  /**
   * Events below this confidence are not reported: a bare trigger whose other party had to be
   * guessed, or an event with a source alone and a pattern that expects a target.
   */
  static final double MIN_CONFIDENCE = 0.65 - 1e-9;

  private final PatternBook patterns;
  private final ActorResolver resolver;
  private final CameoCodebook codebook;
  private final Cues cues = new Cues();
  private final Things things = new Things();
  private final Factuality factuality = new Factuality(cues);
  private final EventDating dating = new EventDating();
  private final Stances stances;

  /** A coder over the given knowledge. */
  public EventCoder(PatternBook patterns, ActorResolver resolver, CameoCodebook codebook) {
    this.patterns = patterns;
    this.resolver = resolver;
    this.codebook = codebook;
    this.stances = new Stances(codebook);
  }

  /** The coder over the bundled patterns, actors and codebook. */
  public static EventCoder standard() {
    return new EventCoder(PatternBook.standard(), ActorResolver.standard(), CameoCodebook.standard());
  }

  /** Codes every sentence of an article. */
  public List<Event> code(AnnotatedArticle doc) {
    return code(doc, null);
  }

  /**
   * Codes every sentence of an article.
   *
   * @param inputId the caller's id, for sentence input; null for articles
   */
  public List<Event> code(AnnotatedArticle doc, String inputId) {
    Article article = doc.article();
    DocumentState state = new DocumentState();
    List<Event> out = new ArrayList<>();
    for (AnnotatedSentence s : doc.sentences()) {
      if (isHeading(article, s)) {
        continue;
      }
      out.addAll(codeSentence(article, inputId, s, state));
    }
    return out;
  }

  private static boolean isHeading(Article a, AnnotatedSentence s) {
    return s.paragraph() < a.paragraphs().size() && a.paragraphs().get(s.paragraph()).kind() == Paragraph.Kind.HEADING;
  }

  /** What one document remembers from sentence to sentence. */
  private static final class DocumentState {
    final Coreference coref = new Coreference();
    final Map<String, Actor> sourceByTrigger = new HashMap<>();
    int section = -1;
    int contextParagraph = -1;
    EventDating.Dated context;
  }

  private List<Event> codeSentence(Article article, String inputId, AnnotatedSentence s, DocumentState state) {
    SentenceGraph g = new SentenceGraph(s, lemma -> patterns.forLemma(lemma).stream().anyMatch(p -> p.pos() == EventPattern.Pos.V));
    LocalDate reference = article.date();
    SentenceMentions mentions = new SentenceMentions(g, resolver, state.coref, reference);
    int section = sectionOf(article, s.paragraph());
    if (section != state.section) {
      state.section = section;
      state.context = null;
    }
    List<TimeMention> times = dating.mentions(g);
    boolean defunctActor = mentionsDefunctState(g, mentions, reference);
    Map<String, Candidate> kept = new LinkedHashMap<>();
    EventDating.Dated sentenceDate = null;
    List<List<EventPattern>> matched = new ArrayList<>(g.size());
    for (int i = 0; i < g.size(); i++) {
      matched.add(candidates(g, i));
    }
    boolean[] partOfAnother = new boolean[g.size()];
    for (int i = 0; i < g.size(); i++) {
      for (EventPattern p : matched.get(i)) {
        for (String want : p.objects()) {
          int w = below(g, i, want, 0);
          if (w >= 0 && w != i) {
            partOfAnother[w] = true; // "agreed to release": the release is the agreement's content
          }
        }
        if (!p.objects().isEmpty()) {
          break;
        }
      }
    }
    boolean[] stanceVerb = new boolean[g.size()];
    for (int i = 0; i < g.size(); i++) {
      int j = g.head(i);
      if (!matched.get(i).isEmpty() && !partOfAnother[i] && g.relation(i).equals("xcomp") && stanceOf(g, j) != null) {
        stanceVerb[j] = true; // "offered to hand over": the offer is coded through what is offered
      }
    }
    for (int i = 0; i < g.size(); i++) {
      List<EventPattern> options = matched.get(i);
      if (options.isEmpty() || partOfAnother[i] || stanceVerb[i] || objectOfCodedVerb(g, i, options.get(0), matched)) {
        continue;
      }
      EventPattern p = options.get(0);
      List<Participant> targets = List.of();
      for (EventPattern option : options) {
        List<Participant> found = targets(g, i, option, mentions, state);
        if (!found.isEmpty()) {
          p = option;
          targets = found;
          break;
        }
      }
      if (targets.isEmpty()) {
        // "drones struck a refinery": with a direct object, a bare intransitive reading is not the one meant
        boolean object = g.child(i, "obj") >= 0 && options.stream().anyMatch(o -> o.targets().contains("obj"));
        p = options.stream().filter(o -> o.targetless() && !(object && o.pos() == EventPattern.Pos.V && o.objects().isEmpty()))
            .findFirst().orElse(options.get(0));
        if (object && p.targetless() && p.objects().isEmpty()) {
          p = options.stream().filter(o -> o.targets().contains("obj")).findFirst().orElse(p);
        }
      }
      EventStatus status = factuality.status(g, i);
      EventDating.Dated own = dating.clauseDate(g, i, times, reference, status == EventStatus.FUTURE);
      if (own != null && sentenceDate == null) {
        sentenceDate = own;
      }
      EventDating.Dated date = own != null ? own : contextDate(g, i, state, reference, article.datePrecision());
      if (status == EventStatus.ASSERTED || status == EventStatus.HYPOTHETICAL) {
        if (date.historical() || defunctActor) {
          status = EventStatus.HISTORICAL;
        } else if (status == EventStatus.ASSERTED && date.date() != null && reference != null
            && date.precision() == DatePrecision.DAY && date.date().isAfter(lastDay(reference, article.datePrecision()))) {
          status = EventStatus.FUTURE;
        }
      }
      List<Participant> sources = sources(g, i, p, mentions);
      String cameo = p.cameo();
      if (p.lemma().equals("return") && p.objects().isEmpty() && g.child(i, "obj") < 0 && !passive(g, i)) {
        continue; // "negotiators return to Geneva": travelling back, not handing something back
      }
      boolean received = false;
      if (cameo.equals("042") || cameo.equals("043")) {
        int subj = subjectOf(g, i, mentions);
        int unit = subj < 0 ? -1 : g.lemma(subj).equals("deployment") ? prepositional(g, subj, "of") : subj;
        int of = unit < 0 || TROOPS.contains(g.lemma(unit)) ? -1 : prepositional(g, unit, "of");
        if (of >= 0 && TROOPS.contains(g.lemma(of))) {
          unit = of; // "a first batch of peacekeeping troops"
        }
        if (unit >= 0 && TROOPS.contains(g.lemma(unit))) {
          // "peacekeeping troops arrived in Bosnia": a deployment, not a visit: their country provides
          // peacekeeping (074) and, as CAMEO codes an arrival, the host receives it (0861)
          boolean peacekeeping = phraseHas(g, unit, "peacekeep", 3);
          if (!peacekeeping) {
            continue;
          }
          received = cameo.equals("042");
          cameo = "074";
        }
      }
      int ruledOut = ruledOut(g, i);
      if (ruledOut >= 0 && sources.isEmpty()) {
        int speaker = reportedClause(g, ruledOut) ? subjectOf(g, g.head(ruledOut), mentions) : -1;
        for (int c : g.children(ruledOut)) {
          if (speaker < 0 && g.relation(c).equals("parataxis") && cues.is("report", g.lemma(c))) {
            speaker = g.child(c, "nsubj"); // "... is out of the question, the minister said"
          }
        }
        sources = speaker < 0 ? List.of() : members(g, speaker, mentions); // whoever rules it out refuses it
      }
      int j = g.head(i);
      Stances.Kind stance = g.relation(i).equals("xcomp") ? stanceOf(g, j) : ruledOut >= 0 ? Stances.Kind.REFUSAL : null;
      for (int k = j, depth = 0; stance == null && k >= 0 && depth < 2 && g.relation(k).equals("xcomp") && matched.get(k).isEmpty(); depth++) {
        // "is willing to send troops to help defend X": the promise reaches down a chain of uncoded complements
        j = g.head(k);
        stance = stanceOf(g, j);
        k = j;
      }
      if (stance == null) {
        j = g.head(i);
      }
      int decision = stance == null ? announcedMeasure(g, i, cameo) : -1;
      if (decision >= 0) {
        // "the US announced it would prohibit all aid to the rebels": a measure decided, not a threat
        EventStatus at = factuality.status(g, decision);
        status = at == EventStatus.FUTURE ? EventStatus.ASSERTED : at;
        date = contextDate(g, decision, state, reference, article.datePrecision());
        if (status == EventStatus.ASSERTED && (date.historical() || defunctActor)) {
          status = EventStatus.HISTORICAL;
        }
      } else if (stance == null && willAt(g, i) && !reportedByAnother(g, i, sources, mentions)) {
        stance = codebook.get(cameo).quadClass() <= 2 ? Stances.Kind.INTENT : Stances.Kind.THREAT;
        j = i;
      }
      if (stance != null) {
        String said = stances.code(cameo, stance);
        if (said != null) {
          // the promise, refusal or threat is the event, made when it was said
          cameo = said;
          EventStatus at = j == i ? EventStatus.ASSERTED : factuality.status(g, j);
          status = at == EventStatus.FUTURE ? EventStatus.ASSERTED : at;
          date = contextDate(g, j, state, reference, article.datePrecision());
          if (status == EventStatus.ASSERTED && (date.historical() || defunctActor)) {
            status = EventStatus.HISTORICAL;
          }
        }
      }
      if (status == EventStatus.NEGATED && stance == null && refusable(g, i) && !factuality.disputed(g, i)) {
        String refused = stances.code(cameo, Stances.Kind.REFUSAL);
        if (refused != null) {
          // "Syria will not accept more refugees": declining to cooperate is itself a rejection
          cameo = refused;
          status = EventStatus.ASSERTED;
        }
      }
      Location place = place(g, i, mentions, targets);
      int at = i;
      sources = sources.stream().map(a -> resident(g, at, a, mentions, place)).toList();
      targets = targets.stream().map(a -> resident(g, at, a, mentions, place)).toList();
      // "fundamentalists continued their hunger strike": an event noun's doer is the subject of its verb
      int doing = p.pos() == EventPattern.Pos.V ? i
          : p.pos() == EventPattern.Pos.N && g.relation(i).equals("obj") && g.head(i) >= 0 && g.token(g.head(i)).isVerb() ? g.head(i) : -1;
      if (sources.isEmpty() && doing >= 0) {
        // "dispersed demonstrators protesting the results": a gerund's noun does what the gerund says
        boolean gerund = g.relation(i).equals("acl") && g.token(i).tag().equals("VBG") && g.head(i) >= 0 && g.token(g.head(i)).isNoun();
        Participant local = gerund ? unplaced(g, g.head(i), mentions, place) : unplacedSubject(g, doing, mentions, place);
        if (local != null) {
          sources = List.of(local);
        }
      }
      if (sources.isEmpty() && p.pos() == EventPattern.Pos.V && passive(g, i) && place != null && place.country() != null
          && STATE_ACTS.stream().anyMatch(cameo::startsWith)) {
        // "Imran Khan was arrested in Islamabad": an arrest, a charge or an inquiry with no doer named is the state's where it happened
        String where = place.country();
        sources = List.of(new Participant(new Actor(where, where, where, null, null, null, null, null), null, false, -1));
      }
      if (status == EventStatus.HISTORICAL && !date.explicit()) {
        date = new EventDating.Dated(null, DatePrecision.UNKNOWN, false, true); // history is never dated as news
      }
      if (sources.size() == 1 && !targets.isEmpty()) {
        Actor self = sources.get(0).actor();
        // "reneged on his commitment": the source's own possessive is not the other party
        targets = targets.stream().filter(t -> !t.actor().identity().equals(self.identity())).toList();
      }
      if (targets.isEmpty() && sources.size() == 1 && sources.get(0).actor().country() != null) {
        Participant role = roleTarget(g, i, p, sources.get(0), mentions, place);
        targets = role != null ? List.of(role) : otherParty(g, i, p, cameo, sources.get(0), mentions, place);
        boolean whom = g.children(i).stream().anyMatch(c -> g.baseRelation(c).equals("nmod") && people(g, c, mentions));
        if (p.pos() == EventPattern.Pos.N && !p.targetless() && !whom && targets.stream().allMatch(t -> implied(t) && !placed(t, place))) {
          continue; // "vowed to continue the war": an event noun aimed at its own side says too little
        }
      }
      // "the Kremlin rejected the proposal": whoever made it is the other party, and the text names no one
      int thing = targets.isEmpty() ? ownerlessThing(g, i, p, mentions) : -1;
      boolean open = thing >= 0;
      // "Russia and China rejected the proposal": doers of an act on a thing do not do it to each other
      boolean onThing = p.pos() == EventPattern.Pos.V && p.targets().get(0).equals("obj") && patient(g, i) >= 0;
      if (targets.isEmpty() && sources.size() >= 2 && !onThing && (!open || RECIPROCAL_ROOTS.contains(cameo.substring(0, 2)))) {
        for (Participant a : sources) {
          for (Participant b : sources) {
            if (a != b) {
              add(kept, new Candidate(p, cameo, i, a, b, status, date, place, false));
            }
          }
        }
        continue;
      }
      if (sources.isEmpty() && (targets.isEmpty() || !passive(g, i) || status != EventStatus.NEGATED)) {
        continue; // an event needs a doer; only a denial ("India was not invited") stands without one
      }
      if (targets.isEmpty() && p.pos() == EventPattern.Pos.N && !p.targetless()) {
        continue; // "his press talk": an event noun with no one on the other side says too little
      }
      for (Participant src : sources.isEmpty() ? List.<Participant>of(Participant.NONE) : sources) {
        for (Participant tgt : targets.isEmpty() ? List.<Participant>of(Participant.NONE) : targets) {
          add(kept, new Candidate(p, cameo, i, src, tgt, status, date, place, open && complete(g, thing, cameo)));
          if (received && src.actor() != null && tgt.actor() != null) {
            add(kept, new Candidate(p, "0861", i, tgt, src, status, date, place, false)); // the host receives them
          }
        }
      }
    }
    if (sentenceDate != null) {
      state.context = sentenceDate;
      state.contextParagraph = s.paragraph();
    } else if (defunctActor && reference != null) {
      state.context = new EventDating.Dated(null, DatePrecision.UNKNOWN, false, true);
      state.contextParagraph = s.paragraph();
    }
    List<Event> events = new ArrayList<>();
    for (Candidate c : prune(g, kept.values())) {
      Event e = toEvent(article, inputId, s, g, c, mentions);
      if (e.confidence() < MIN_CONFIDENCE && !(e.target() == null && (c.pattern().targets().contains("-") || c.open()))) {
        continue; // an act that needs no other party, or whose other party is left unnamed, is complete without one
      }
      events.add(e);
      if (c.source().actor() != null && e.status() != EventStatus.NEGATED) {
        state.sourceByTrigger.put(g.lemma(c.trigger()), c.source().actor());
      }
    }
    return events;
  }

  /**
   * Where the event happened: a country, town or city named with "in" or "at" in the trigger's
   * clause ("met in Moscow", "in the Turkish city of Istanbul"), unless it is the event's target.
   * A town or city is looked up in the gazetteer, the country the phrase itself names first, then
   * the sentence's actors' countries, then size; a country named as a place has no coordinates.
   */
  private Location place(SentenceGraph g, int i, SentenceMentions m, List<Participant> targets) {
    int clause = Factuality.clauseHead(g, i);
    for (int head : new int[] {i, clause}) {
      for (int c : g.children(head)) {
        String prep = g.casePreposition(c);
        boolean locative = "in".equals(prep) || "at".equals(prep);
        if (!locative || !g.baseRelation(c).matches("obl|nmod")) {
          continue;
        }
        int named = placeNameAt(g, c);
        boolean isTarget = targets.stream().anyMatch(t -> t.head() == c || t.head() == named);
        Location l = named < 0 || isTarget ? null : located(g, c, named, m);
        if (l != null) {
          return l;
        }
      }
    }
    return null;
  }

  /**
   * The proper noun naming the place of the locative phrase headed by {@code c}: {@code c} itself
   * ("in Baghdad"), or the of-phrase of a place noun ("in the Turkish city of Istanbul"); else -1.
   */
  private static int placeNameAt(SentenceGraph g, int c) {
    if (g.token(c).isProperNoun()) {
      return c;
    }
    if (!Set.of("city", "town", "village", "capital", "port", "district", "province", "region").contains(g.lemma(c))) {
      return -1;
    }
    for (int k : g.children(c)) {
      if (g.baseRelation(k).equals("nmod") && "of".equals(g.casePreposition(k)) && g.token(k).isProperNoun()) {
        return k;
      }
    }
    return -1;
  }

  /** The place the proper noun at {@code named} (in the locative phrase headed by {@code c}) names, or null. */
  private Location located(SentenceGraph g, int c, int named, SentenceMentions m) {
    String word = g.token(named).word();
    boolean time = java.util.Arrays.stream(java.time.Month.values()).anyMatch(x -> x.name().equalsIgnoreCase(word))
        || java.util.Arrays.stream(java.time.DayOfWeek.values()).anyMatch(x -> x.name().equalsIgnoreCase(word));
    SentenceMentions.Resolved resolved = m.at(named);
    Actor actor = resolved != null && resolved.mention().resolved() ? resolved.mention().actor() : null;
    if (time || (actor != null && actor.name() != null)) {
      return null; // "in March"; "at the United Nations", "in Lavrov's words"
    }
    String text = placeText(g, named);
    String country = resolver.countryNamedBy(text);
    if (country != null) {
      return new Location(text, country, null, null, null);
    }
    List<String> explicit = new ArrayList<>();
    if (c != named && m.isActor(c)) {
      explicit.add(m.at(c).mention().actor().country()); // "the Turkish city of"
    }
    for (int k : g.children(named)) {
      if (g.relation(k).matches("appos|nmod:npmod|conj") && m.isActor(k)) {
        explicit.add(m.at(k).mention().actor().country()); // "Springfield, Illinois"; "Kunduz, Afghanistan"
      }
    }
    List<String> own = new ArrayList<>(explicit);
    if (actor != null) {
      own.add(actor.country()); // a capital, or a city the resolver already placed
    }
    List<String> sentence = new ArrayList<>();
    for (int k = 0; k < g.size(); k++) {
      if (m.isActor(k)) {
        sentence.add(m.at(k).mention().actor().country());
      }
    }
    explicit.removeIf(h -> h == null || h.length() != 3);
    own.removeIf(h -> h == null || h.length() != 3);
    sentence.removeIf(h -> h == null || h.length() != 3);
    org.dyad.actors.places.Place p = bestPlace(text, own, sentence);
    // A small place is taken only when the phrase names its country, or when the name means no
    // actor and the sentence speaks of that country: "at the White House" is not White House,
    // Tennessee, and a small namesake in no country of the sentence is more likely a word.
    boolean small = p != null && p.population() < 15_000;
    if (p != null && (!small || explicit.contains(p.country()) || (actor == null && sentence.contains(p.country())))) {
      return new Location(p.name(), p.country(), p.lat(), p.lon(), p.geonameId());
    }
    if (actor != null && actor.country() != null && actor.country().length() == 3) {
      return new Location(actor.text(), actor.country(), null, null, null);
    }
    return null;
  }

  /**
   * The gazetteer's place for {@code name}: one in a country the phrase itself names; else one in a
   * country of the sentence's actors, unless the place the name most often means is ten times its
   * size (American officials meeting "in Paris" are in France, not Texas); else that place.
   */
  private org.dyad.actors.places.Place bestPlace(String name, List<String> own, List<String> sentence) {
    var gazetteer = resolver.gazetteer();
    var hinted = gazetteer.best(name, own).orElse(null);
    if (hinted == null || own.contains(hinted.country())) {
      return hinted;
    }
    var plain = gazetteer.best(name, List.of()).orElseThrow();
    var first = gazetteer.best(name, sentence).orElseThrow();
    return sentence.contains(first.country()) && first.population() * 10 >= plain.population() ? first : plain;
  }

  /** The words of the proper name headed by {@code named} ("New York"), as written. */
  private static String placeText(SentenceGraph g, int named) {
    int begin = g.token(named).begin();
    int end = g.token(named).end();
    for (int k : g.children(named)) {
      if (g.relation(k).matches("compound|flat") && g.token(k).isProperNoun()) {
        begin = Math.min(begin, g.token(k).begin());
        end = Math.max(end, g.token(k).end());
      }
    }
    int offset = g.sentence().begin();
    return g.sentence().text().substring(begin - offset, end - offset);
  }

  /** How the word at {@code j} frames the clause it governs: a promise, a refusal, a threat, or null. */
  private Stances.Kind stanceOf(SentenceGraph g, int j) {
    if (j < 0) {
      return null;
    }
    String lemma = g.lemma(j);
    if (cues.is("intent-verb", lemma)) {
      return Stances.Kind.INTENT;
    }
    if (cues.is("refusal-verb", lemma)) {
      return Stances.Kind.REFUSAL;
    }
    return cues.is("threat-verb", lemma) ? Stances.Kind.THREAT : null;
  }

  /**
   * The predicate "out of the question" when trigger {@code i} is its subject ("removing the sanctions
   * is out of the question"): the act is refused by whoever says so. -1 otherwise.
   */
  private static int ruledOut(SentenceGraph g, int i) {
    int up = g.head(i);
    if (up < 0 || !(g.relation(i).equals("nsubj") || g.relation(i).equals("csubj")) || !g.lemma(up).equals("question")
        || g.child(up, "cop") < 0) {
      return -1;
    }
    return g.children(up).stream().anyMatch(c -> g.relation(c).equals("case") && g.lemma(c).equals("out")) ? up : -1;
  }

  /** True when clause {@code c} is what a reporting verb says ("Russia said Sudan must ..."). */
  private boolean reportedClause(SentenceGraph g, int c) {
    int up = c < 0 ? -1 : g.head(c);
    return up >= 0 && g.relation(c).equals("ccomp") && cues.is("report", g.lemma(up));
  }

  /**
   * True when the negation at trigger {@code i} declines the act rather than reports that it did
   * not happen: a present, future or modal clause ("will not accept", "does not support",
   * "cannot allow"), not a past one ("did not meet").
   */
  /** Words that make a perfect's negation a span of time without the act ("not met since 2022", "not yet signed"). */
  private static final Set<String> ABSENCE = Set.of("since", "yet", "ever", "for");

  /** True when the clause says for how long the act has not happened: a fact about the past, no refusal. */
  private static boolean spanOfAbsence(SentenceGraph g, int clause) {
    for (int c : g.children(clause)) {
      String prep = g.casePreposition(c);
      if (ABSENCE.contains(g.lemma(c)) && g.baseRelation(c).equals("advmod")
          || prep != null && (prep.equals("since") || prep.equals("for") && g.baseRelation(c).equals("obl") && DURATION.contains(g.lemma(c)))) {
        return true;
      }
    }
    return false;
  }

  /** Nouns of a length of time ("for years"). */
  private static final Set<String> DURATION = Set.of("year", "month", "week", "day", "decade", "time", "while");

  private boolean refusable(SentenceGraph g, int i) {
    int clause = Factuality.clauseHead(g, i);
    String tag = g.token(clause).tag();
    for (int c : g.children(clause)) {
      if (g.relation(c).startsWith("aux")) {
        String word = g.token(c).word().toLowerCase(java.util.Locale.ROOT);
        if (g.token(c).tag().equals("MD")) {
          return !word.equals("could") && !word.equals("might");
        }
        if (word.equals("did") || word.equals("had") || word.equals("was") || word.equals("were")) {
          return false;
        }
        if (word.equals("has") || word.equals("have")) {
          return !spanOfAbsence(g, clause); // "has not accepted the offer", not "have not held talks since 2022"
        }
        if (word.equals("does") || word.equals("do") || word.equals("is") || word.equals("are")) {
          return true;
        }
      }
    }
    return !tag.equals("VBD");
  }

  /**
   * True when the trigger's clause is what someone else says ("diplomats said the EU would extend
   * sanctions"): a plan reported by another, not a promise or threat its doer made.
   */
  private boolean reportedByAnother(SentenceGraph g, int i, List<Participant> sources, SentenceMentions m) {
    int clause = Factuality.clauseHead(g, i);
    if (!reportedClause(g, clause) || sources.isEmpty() || sources.get(0).actor() == null) {
      return false;
    }
    int speaker = g.child(g.head(clause), "nsubj");
    // "X will visit Y, the embassy said": a trailing attribution cites the plan's source
    if (speaker < 0 || speaker > clause || g.token(speaker).tag().startsWith("PRP")) {
      return false;
    }
    if (!m.isActor(speaker)) {
      return !members(g, speaker, m).stream().anyMatch(a -> sameCountry(a.actor(), sources.get(0).actor()));
    }
    return !sameCountry(m.at(speaker).mention().actor(), sources.get(0).actor());
  }

  private static boolean sameCountry(Actor a, Actor b) {
    return a != null && b != null && (a.identity().equals(b.identity()) || (a.country() != null && a.country().equals(b.country())));
  }

  /**
   * The verb announcing a decision when trigger {@code i} is a measure that reduces relations (CAMEO
   * 16) in the future clause it governs ("Washington announced it would cut aid to Kabul"), -1
   * otherwise. A government announcing its own sanction has taken it; the same words without the
   * announcement ("Washington will cut aid") stay a threat.
   */
  private int announcedMeasure(SentenceGraph g, int i, String cameo) {
    if (!cameo.startsWith("16") || !willAt(g, i)) {
      return -1;
    }
    int clause = Factuality.clauseHead(g, i);
    for (int node = clause; node >= 0 && g.relation(node).equals("conj"); node = g.head(node)) {
      clause = g.head(node); // "would prohibit aid and would deny entry": both announced
    }
    int up = g.head(clause);
    return up >= 0 && g.relation(clause).equals("ccomp") && cues.is("decision-verb", g.lemma(up)) ? up : -1;
  }

  /** "Portugal will support Turkey": a future auxiliary on the trigger's own clause. */
  private boolean willAt(SentenceGraph g, int i) {
    int clause = Factuality.clauseHead(g, i);
    for (int c : g.children(clause)) {
      String word = g.token(c).word().toLowerCase(java.util.Locale.ROOT);
      if (g.relation(c).equals("aux")
          && (cues.is("future-aux", g.lemma(c)) || cues.is("future-aux", word) || factuality.reportedWould(g, clause, word))) {
        return !g.children(clause).stream().anyMatch(k -> g.baseRelation(k).equals("advmod") && cues.is("negation", g.lemma(k)));
      }
    }
    return false;
  }

  /**
   * For "X is opposed to Y", an adjective in passive form whose subject opposes, the phrase
   * introduced by "to"; -1 for any other trigger.
   */
  private static int opposedTo(SentenceGraph g, int i) {
    if (!g.lemma(i).equals("oppose") || g.child(i, "nsubj:pass") < 0) {
      return -1;
    }
    int to = -1;
    for (int c : g.children(i)) {
      if (g.baseRelation(c).equals("obl") && "by".equals(g.casePreposition(c))) {
        return -1;
      }
      if (g.baseRelation(c).equals("obl") && "to".equals(g.casePreposition(c))) {
        to = c;
      }
    }
    return to;
  }

  /** "Vietnam is committed to opening its economy": a stance its passive subject holds, not a deed done to it. */
  private static boolean committedTo(SentenceGraph g, int i) {
    return g.lemma(i).equals("commit") && g.child(i, "nsubj:pass") >= 0 && agent(g, i) < 0
        && g.children(i).stream().anyMatch(c -> g.baseRelation(c).matches("obl|advcl") && "to".equals(g.casePreposition(c)));
  }

  private static boolean passive(SentenceGraph g, int i) {
    return g.child(i, "nsubj:pass") >= 0 || g.child(i, "aux:pass") >= 0 || reducedPassive(g, i);
  }

  /**
   * True when verb {@code i} is a past participle without auxiliary that stands for a passive
   * clause: a reduced relative ("schoolchildren kidnapped by bandits", "hostages held in Gaza"),
   * also when the parser took the noun for its subject, or a headline's passive with its agent
   * ("Five soldiers killed by militants").
   */
  private static boolean reducedPassive(SentenceGraph g, int i) {
    if (!g.token(i).tag().equals("VBN")) {
      return false;
    }
    for (int c : g.children(i)) {
      String rel = g.relation(c);
      if (rel.startsWith("aux") || rel.equals("cop") || rel.equals("nsubj:pass") || rel.equals("obj")) {
        return false;
      }
    }
    int up = g.head(i);
    String rel = g.relation(i);
    if (rel.equals("acl") && up >= 0 && g.token(up).isNoun()) {
      return true;
    }
    // parsed as a clause, the participle follows its noun at once: "hostages held in Gaza"
    int subj = g.child(i, "nsubj");
    return subj == i - 1 && (rel.equals("dep") || agent(g, i) >= 0);
  }

  /** The by-phrase naming the doer of passive verb {@code i}, or -1. */
  private static int agent(SentenceGraph g, int i) {
    for (int c : g.children(i)) {
      if (g.baseRelation(c).equals("obl") && "by".equals(g.casePreposition(c))) {
        return c;
      }
    }
    return -1;
  }

  /**
   * The one an act befalls: the passive's subject, the noun a reduced relative modifies
   * ("schoolchildren kidnapped by bandits"), the object, else the subject of a participle the parser
   * hung under the verb ("released hostages held in Gaza"); -1 when there is none.
   */
  private static int patient(SentenceGraph g, int i) {
    int t = g.child(i, "nsubj:pass");
    if (t >= 0) {
      return t;
    }
    if (reducedPassive(g, i)) {
      int subj = g.child(i, "nsubj");
      return subj >= 0 ? subj : g.head(i);
    }
    t = g.child(i, "obj");
    if (t < 0) {
      t = g.child(i, "iobj");
    }
    for (int c : g.children(i)) {
      if (t < 0 && g.relation(c).equals("dep") && c > i && reducedPassive(g, c)) {
        t = g.child(c, "nsubj");
      }
    }
    return t;
  }

  /** "hosted a meeting", "proposed the conference": the noun is the verb's event, not another. */
  private static boolean objectOfCodedVerb(SentenceGraph g, int i, EventPattern p, List<List<EventPattern>> matched) {
    int up = g.head(i);
    return p.pos() == EventPattern.Pos.N && up >= 0 && !matched.get(up).isEmpty()
        && matched.get(up).get(0).pos() == EventPattern.Pos.V
        && (g.relation(i).equals("obj") || g.relation(i).equals("nsubj:pass"));
  }

  private static int sectionOf(Article a, int paragraph) {
    int section = 0;
    for (int i = 0; i <= paragraph && i < a.paragraphs().size(); i++) {
      if (a.paragraphs().get(i).kind() == Paragraph.Kind.HEADING) {
        section = i;
      }
    }
    return section;
  }

  /**
   * The last day a publication date can stand for: the day itself, or the end of the month or year
   * when only those are known, so that an event in March of an article dated only "2021" is not
   * taken for a plan.
   */
  private static LocalDate lastDay(LocalDate date, DatePrecision precision) {
    return switch (precision) {
      case MONTH -> date.withDayOfMonth(date.lengthOfMonth());
      case YEAR -> date.withDayOfYear(date.lengthOfYear());
      default -> date;
    };
  }

    private boolean mentionsDefunctState(SentenceGraph g, SentenceMentions mentions, LocalDate reference) {
    if (reference == null) {
      return false;
    }
    for (int i = 0; i < g.size(); i++) {
      SentenceMentions.Resolved r = mentions.at(i);
      if (r != null && r.mention().resolved() && !r.viaReference()
          && resolver.defunctBefore(r.mention().actor().country(), reference.minusYears(EventDating.HISTORY_YEARS))) {
        return true;
      }
    }
    return false;
  }

  /** A date from the sentences before, for a past-tense clause that names no time of its own. */
  private static EventDating.Dated contextDate(
      SentenceGraph g, int i, DocumentState state, LocalDate reference, DatePrecision articlePrecision) {
    int clause = Factuality.clauseHead(g, i);
    boolean perfect = false;
    boolean past = g.token(clause).tag().equals("VBD");
    for (int c : g.children(clause)) {
      String rel = g.relation(c);
      if ((rel.equals("aux") || rel.equals("aux:pass")) && g.token(c).tag().equals("VBD")) {
        past = true;
      }
      if (rel.equals("aux") && g.lemma(c).equals("have") && !g.token(c).tag().equals("VBD")) {
        perfect = true;
      }
    }
    if (past && state.context != null
        && (!state.context.historical() || state.contextParagraph == g.sentence().paragraph())) {
      return state.context;
    }
    if (perfect || reference == null) {
      return new EventDating.Dated(null, DatePrecision.UNKNOWN, false, false);
    }
    return new EventDating.Dated(reference, articlePrecision, false, false);
  }

  /** The patterns whose trigger and constraints match at token {@code i}, most specific first. */
  private List<EventPattern> candidates(SentenceGraph g, int i) {
    List<EventPattern> all = matching(g, i);
    if (all.size() > 1 && all.get(0).specificity() > all.get(all.size() - 1).specificity()) {
      // "called off the strike": the pattern whose required words are there wins over the bare verb
      int top = all.get(0).specificity();
      all = all.stream().filter(p -> p.specificity() == top).toList();
    }
    if (all.size() > 1 && !all.get(0).objects().isEmpty()) {
      // "rejected Pyongyang's demand to sever the alliance": the word nearest the trigger says what was done
      Map<EventPattern, Integer> depth = new HashMap<>();
      for (EventPattern p : all) {
        int found = objectFor(g, i, p);
        // nearest in the tree, then in the sentence: "agreed to US mediation in the talks with ...";
        // a compound's modifier is as near as its head: a "ceasefire agreement" is a ceasefire
        int node = found >= 0 && g.relation(found).equals("compound") ? g.head(found) : found;
        depth.put(p, found < 0 ? Integer.MAX_VALUE : distance(g, i, node) * g.size() + Math.abs(found - i));
      }
      all = all.stream().sorted(java.util.Comparator.comparingInt(depth::get)).toList();
    }
    return all;
  }

  /** How many steps down the tree {@code k} lies from {@code i}. */
  private static int distance(SentenceGraph g, int i, int k) {
    int steps = 0;
    for (int node = k; node >= 0 && node != i && steps < g.size(); node = g.head(node)) {
      steps++;
    }
    return steps;
  }

  private List<EventPattern> matching(SentenceGraph g, int i) {
    var t = g.token(i);
    List<EventPattern> forLemma = patterns.forLemma(g.lemma(i));
    if (forLemma.isEmpty()) {
      return List.of();
    }
    List<EventPattern> out = new ArrayList<>();
    Map<String, Integer> reachable = null;
    for (EventPattern p : forLemma) {
      if (!p.objects().isEmpty() && reachable == null) {
        reachable = reachable(g, i);
      }
      boolean posOk = switch (p.pos()) {
        // "they would blockade Paris": a verb the tagger took for a noun, parsed with its subject and auxiliary
        case V -> t.isVerb() || (t.isNoun() && g.child(i, "aux") >= 0 && g.child(i, "nsubj") >= 0)
            // "Pakistan remains committed to the process": a participle the tagger took for an adjective
            || (t.tag().startsWith("JJ") && g.relation(i).equals("xcomp") && t.word().endsWith("ed"));
        case N -> t.isNoun();
        case A -> (t.isNoun() || t.tag().startsWith("JJ")) && g.child(i, "cop") >= 0;
        case M -> t.tag().equals("MD") && g.relation(i).equals("aux") && reportedClause(g, g.head(i));
      };
      // "protested that the police ...": a pattern aimed at a clause's subject needs the clause
      boolean clauseOk = !p.targets().contains("ccomp") || g.child(i, "ccomp") >= 0;
      if (posOk && clauseOk && particlesAttached(g, i, p) && (p.objects().isEmpty() || reachable.keySet().containsAll(p.objects()))) {
        out.add(p);
      }
    }
    return out;
  }

  /** Particles that make a phrasal verb mean something else ("rule out", "call off", "turn down"). */
  private static final Set<String> MEANING_PARTICLES = Set.of("out", "off", "down", "up", "away");

  private static boolean particlesAttached(SentenceGraph g, int i, EventPattern p) {
    if (p.pos() == EventPattern.Pos.V) {
      for (int c : g.children(i)) {
        if (g.relation(c).equals("compound:prt") && MEANING_PARTICLES.contains(g.lemma(c)) && !p.particles().contains(g.lemma(c))) {
          return false; // a phrasal verb is another verb: "ruled out sending troops" is no ruling against
        }
      }
    }
    for (String part : p.particles()) {
      boolean found = false;
      for (int c : g.children(i)) {
        if (g.lemma(c).equals(part) && (g.relation(c).equals("compound:prt") || g.baseRelation(c).equals("advmod")
            || g.relation(c).equals("case") || g.baseRelation(c).equals("obl") || g.baseRelation(c).equals("nmod"))) {
          found = true;
        }
        // "is committed to opening up the economy": a gerund introduced by the particle
        if (!found && g.baseRelation(c).matches("obl|nmod|advcl") && part.equals(g.casePreposition(c))) {
          found = true;
        }
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }

  private static final int MISSING = -2;
  private static final Set<String> COMPLEMENT_RELATIONS = Set.of("obj", "iobj", "xcomp", "ccomp", "nsubj:pass", "compound", "amod");
  /** At the second level, the object's own modifiers count ("X's request for aid"), a verb's adjuncts do not. */
  private static final Set<String> SECOND_LEVEL_RELATIONS =
      Set.of("obj", "iobj", "xcomp", "ccomp", "nsubj:pass", "compound", "amod", "nmod", "obl", "acl", "advcl", "conj");
  /** Prepositions of time and sequence: what they introduce frames an event, it is not its content. */
  private static final Set<String> TEMPORAL = Set.of("after", "before", "during", "following", "since", "until", "till", "amid");
  private static final Set<String> OBJECT_RELATIONS =
      Set.of("obj", "iobj", "obl", "nmod", "compound", "amod", "xcomp", "ccomp", "advcl", "nsubj:pass", "acl", "conj");

  /**
   * The token of the pattern's first required word, -1 when none is required, {@link #MISSING}
   * when one is absent. Required words are found up to two levels below the trigger, never in
   * its subject: "accused X of espionage", "urged X to lift sanctions on Y".
   */
  private static int objectFor(SentenceGraph g, int i, EventPattern p) {
    if (p.objects().isEmpty()) {
      return -1;
    }
    int first = MISSING;
    for (String want : p.objects()) {
      int found = below(g, i, want, 0);
      if (found < 0) {
        return MISSING;
      }
      if (first == MISSING) {
        first = found;
      }
    }
    return first;
  }

  /**
   * Every lemma {@link #below} finds under {@code i}, with the token it finds first: the same
   * search done once for all of a trigger's patterns.
   */
  private static Map<String, Integer> reachable(SentenceGraph g, int i) {
    Map<String, Integer> out = new HashMap<>();
    for (int c : g.children(i)) {
      if (OBJECT_RELATIONS.contains(g.relation(c)) || OBJECT_RELATIONS.contains(g.baseRelation(c))) {
        out.putIfAbsent(g.lemma(c), c);
      }
    }
    for (int c : g.children(i)) {
      if (!COMPLEMENT_RELATIONS.contains(g.relation(c))) {
        continue;
      }
      for (int k : g.children(c)) {
        boolean allowed = SECOND_LEVEL_RELATIONS.contains(g.relation(k)) || SECOND_LEVEL_RELATIONS.contains(g.baseRelation(k));
        if (allowed && !TEMPORAL.contains(String.valueOf(g.casePreposition(k)))) {
          out.putIfAbsent(g.lemma(k), k);
          for (int m : g.children(k)) {
            if (g.relation(m).equals("compound")) {
              out.putIfAbsent(g.lemma(m), m); // "launched days of war games": a compound noun is one word
            }
          }
        }
      }
    }
    return out;
  }

  private static int below(SentenceGraph g, int node, String lemma, int depth) {
    Set<String> allowed = depth == 0 ? OBJECT_RELATIONS : SECOND_LEVEL_RELATIONS;
    for (int c : g.children(node)) {
      String rel = g.relation(c);
      if (!allowed.contains(rel) && !allowed.contains(g.baseRelation(c))) {
        continue;
      }
      if (depth > 0 && TEMPORAL.contains(String.valueOf(g.casePreposition(c)))) {
        continue; // "agreed to accelerate the process ... after the talks": not what was agreed
      }
      if (g.lemma(c).equals(lemma)) {
        return c;
      }
      if (depth > 0) {
        for (int m : g.children(c)) {
          if (g.relation(m).equals("compound") && g.lemma(m).equals(lemma)) {
            return m; // the modifier of a compound noun, as reachable() finds it
          }
        }
      }
    }
    if (depth < 1) {
      for (int c : g.children(node)) {
        String rel = g.relation(c);
        // one level further only through complements: "urged X to lift sanctions", not "after the talks"
        if (COMPLEMENT_RELATIONS.contains(rel)) {
          int f = below(g, c, lemma, depth + 1);
          if (f >= 0) {
            return f;
          }
        }
      }
    }
    return -1;
  }

  /**
   * The subject of the verb that receives the event noun at {@code i} ("X drew criticism from Y",
   * "X won support from Y"), or -1 when the noun is not the object of such a verb or names no giver.
   */
  private int receivedBy(SentenceGraph g, int i) {
    int up = g.head(i);
    if (!g.token(i).isNoun() || !g.relation(i).equals("obj") || up < 0 || !cues.is("receive-verb", g.lemma(up))
        || prepositional(g, up, "from") < 0 && prepositional(g, i, "from") < 0) {
      return -1;
    }
    return g.child(up, "nsubj");
  }

  /** Clauses of purpose or description under another verb: "sent to oversee", "who are deployed to". */
  private static final Set<String> DEPENDENT_CLAUSES = Set.of("xcomp", "advcl", "acl");

  /**
   * True when the event noun at {@code i} is the mere object of a verb in a purpose or relative
   * clause ("monitors sent to oversee a truce between X and Y", "peacekeepers who are deployed to
   * oversee a ceasefire between X and Y"): the scene of another act, no event of its parties.
   */
  private static boolean sceneObject(SentenceGraph g, int i) {
    int verb = g.head(i);
    return g.relation(i).equals("obj") && verb >= 0 && g.token(verb).isVerb()
        && DEPENDENT_CLAUSES.contains(g.baseRelation(verb)) && g.head(verb) >= 0;
  }

  /** An actor taking part in an event, with where it was read. */
  record Participant(Actor actor, Span span, boolean viaReference, int head) {
    static final Participant NONE = new Participant(null, null, false, -1);
  }

  private List<Participant> sources(SentenceGraph g, int i, EventPattern p, SentenceMentions m) {
    int src = -1;
    if (p.pos() == EventPattern.Pos.A || p.pos() == EventPattern.Pos.M) {
      int clause = p.pos() == EventPattern.Pos.M ? g.head(i) : i;
      int up = g.head(clause);
      if (g.relation(clause).equals("ccomp") && up >= 0 && cues.is("report", g.lemma(up))) {
        src = subjectOf(g, up, m);
      }
      return src < 0 ? List.of() : members(g, src, m);
    }
    if (p.pos() == EventPattern.Pos.N) {
      for (int c : g.children(i)) {
        // "the withdrawal of forces from Panama": a preposition that names the other party is no agent
        boolean agent = g.baseRelation(c).equals("nmod") && cues.is("agent-prep", g.casePreposition(c))
            && !p.targets().contains(g.casePreposition(c))
            && !("between".equals(g.casePreposition(c)) && sceneObject(g, i));
        if (g.relation(c).equals("nmod:poss") || agent) {
          List<Participant> found = members(g, c, m);
          if (!found.isEmpty()) {
            return found; // "the withdrawal of some forces": no actor named there, so look further
          }
        }
      }
      for (int c : g.children(i)) {
        if ((g.relation(c).equals("amod") || g.relation(c).equals("compound")) && m.isActor(c)) {
          return members(g, c, m);
        }
      }
      if (p.pos() == EventPattern.Pos.N) {
        Mention own = m.at(i) == null ? null : m.at(i).mention();
        if (own != null && own.resolved()) {
          // "the Russian invasion": the adjective resolved inside the noun's own phrase
          return List.of(participant(m, i));
        }
      }
      int up = g.head(i);
      String rel = g.relation(i);
      if (receivedBy(g, i) >= 0) {
        int from = prepositional(g, up, "from"); // "drew criticism from Turkey": Turkey criticises
        return from < 0 ? List.of() : members(g, from, m);
      }
      if (up >= 0 && g.token(up).isVerb() && (rel.equals("obj") || rel.equals("nsubj:pass") || rel.equals("xcomp") || travelledFor(g, i))) {
        src = subjectOf(g, up, m); // "negotiators returned to Geneva for talks": the travellers talk
      }
      if (src < 0 && !p.targets().contains("of")) {
        src = prepositional(g, i, "of"); // "the withdrawal of American forces from Panama": they withdraw
      }
      if (src < 0 && (rel.equals("nsubj") || rel.equals("root"))) {
        // "talks between Russia and Ukraine resumed": each side, both ways; as a mere object ("to
        // oversee a ceasefire between X and Y") the noun is the scene, not the news
        src = prepositional(g, i, "between");
        if (src < 0 && rel.equals("nsubj") && up >= 0 && g.token(up).isVerb()) {
          src = prepositional(g, up, "between"); // "clashes broke out between X and Y"
        }
      }
      return src < 0 ? List.of() : members(g, src, m);
    }
    if (opposedTo(g, i) >= 0 || committedTo(g, i)) {
      return members(g, g.child(i, "nsubj:pass"), m); // "Israel is opposed to French mediation"
    }
    src = subjectOf(g, i, m);
    if (src < 0 && passive(g, i)) {
      int subj = g.child(i, "nsubj:pass");
      int poss = subj < 0 ? -1 : g.child(subj, "nmod:poss");
      if (poss >= 0 && m.isActor(poss)) {
        return members(g, poss, m);
      }
      if (subj >= 0 && agent(g, i) < 0 && TROOPS.contains(g.lemma(subj)) && p.objects().contains(g.lemma(subj))) {
        return members(g, subj, m); // "French peacekeepers were pulled out of Mali": whoever sent them moved them
      }
      for (int c : g.children(i)) {
        boolean eventNoun = g.token(c).isNoun() && patterns.forLemma(g.lemma(c)).stream().anyMatch(q -> q.pos() == EventPattern.Pos.N);
        List<Participant> found = eventNoun && g.baseRelation(c).equals("obl") && "in".equals(g.casePreposition(c)) ? nounDoer(g, c, m) : List.of();
        if (!found.isEmpty()) {
          return found; // "soldiers were killed in an attack by militants": whoever attacked killed them
        }
      }
    }
    return src < 0 ? List.of() : members(g, src, m);
  }

  /** True when noun {@code i} is what a journey was made for: "arrived in Oslo for talks". */
  private boolean travelledFor(SentenceGraph g, int i) {
    int up = g.head(i);
    return up >= 0 && g.baseRelation(i).equals("obl") && "for".equals(g.casePreposition(i)) && cues.is("travel-verb", g.lemma(up));
  }

  /**
   * The doer an event noun names in its own phrase: its possessor or by-phrase ("an attack by
   * militants"), an actor adjective, or the noun's own resolved phrase ("an Israeli air strike").
   */
  private List<Participant> nounDoer(SentenceGraph g, int c, SentenceMentions m) {
    List<Participant> named = phraseDoer(g, c, m);
    if (!named.isEmpty()) {
      return named;
    }
    return m.isActor(c) ? List.of(participant(m, c)) : List.of();
  }

  /** The doer an event noun's phrase names beside it: possessor, by-phrase or actor adjective; none when it names none. */
  private List<Participant> phraseDoer(SentenceGraph g, int c, SentenceMentions m) {
    for (int k : g.children(c)) {
      if (g.relation(k).equals("nmod:poss") || (g.baseRelation(k).equals("nmod") && "by".equals(g.casePreposition(k)))) {
        List<Participant> found = members(g, k, m);
        if (!found.isEmpty()) {
          return found;
        }
      }
    }
    for (int k : g.children(c)) {
      if ((g.relation(k).equals("amod") || g.relation(k).equals("compound")) && m.isActor(k)) {
        return members(g, k, m);
      }
    }
    return List.of();
  }

  /**
   * The subject of verb {@code i} when it is a role or a group the resolver could not place ("a
   * judge", "the vice-president", "rebels") and every actor and place of the sentence is in one
   * country: a domestic actor of that country. Null otherwise.
   */
  private Participant unplacedSubject(SentenceGraph g, int i, SentenceMentions m, Location place) {
    return unplaced(g, subjectOf(g, i, m), m, place);
  }

  /**
   * The actor of the phrase headed by {@code subj} when it is a role or a group the resolver could
   * not place and every actor and place of the sentence is in one country; null otherwise.
   */
  private Participant unplaced(SentenceGraph g, int subj, SentenceMentions m, Location place) {
    int clause = subj < 0 ? -1 : g.head(subj);
    if (clause >= 0 && g.token(subj).tag().equals("PRP") && !m.isActor(subj) && GROUP_PRONOUNS.contains(g.lemma(subj).toLowerCase(java.util.Locale.ROOT))
        && g.relation(subj).equals("nsubj") && g.relation(clause).equals("ccomp") && g.head(clause) >= 0) {
      int speaker = g.child(g.head(clause), "nsubj");
      if (speaker >= 0 && speaker < subj) {
        subj = speaker; // "a group of Yoruba leaders announced that they ...": the pronoun is the group that speaks
      }
    }
    for (int depth = 0; depth < 2 && subj >= 0 && cues.is("quantity", g.lemma(subj)) && prepositional(g, subj, "of") >= 0; depth++) {
      subj = prepositional(g, subj, "of"); // "hundreds of teachers", "hundreds of thousands of people": the people
    }
    SentenceMentions.Resolved r = subj < 0 ? null : m.at(subj);
    // "Islamic fundamentalists", "a group of refugees": people the text names by no role or country
    boolean people = subj >= 0 && r == null && (g.token(subj).tag().equals("NNS") || g.lemma(subj).equals("group"));
    if (!people && (r == null || r.mention().resolved() || r.mention().sector() == null)) {
      return null;
    }
    Set<String> countries = new java.util.TreeSet<>();
    Set<Integer> reporters = reporters(g);
    reporters.addAll(topics(g));
    for (int k = 0; k < g.size(); k++) {
      if (m.isActor(k) && !reporters.contains(k)) {
        Actor a = m.at(k).mention().actor();
        if (a.country() == null || a.country().length() != 3 || "IGO".equals(a.sector()) || "NGO".equals(a.sector())) {
          return null; // an international actor in the scene: no telling whose the subject is
        }
        countries.add(a.country());
      }
    }
    if (place != null && place.country() != null) {
      countries.add(place.country());
    }
    if (g.token(subj).tag().equals("NNS") && countries.size() > 1 && place != null && place.country() != null) {
      countries = Set.of(place.country()); // "thousands of people marched in Hong Kong against Beijing": people of the place
    }
    if (countries.size() != 1) {
      return null;
    }
    String country = countries.iterator().next();
    String sector = people ? null : r.mention().sector();
    Span where = people ? span(g, subj) : r.span();
    Actor local = new Actor(g.sentence().text().substring(where.begin() - g.sentence().begin(), where.end() - g.sentence().begin()),
        country + (sector == null ? "" : sector), country, sector, null, null, null, null);
    return new Participant(local, where, true, subj);
  }

  private static final Set<String> REPORTING = Set.of("say", "tell", "report", "quote", "add", "announce", "confirm", "state");

  /**
   * The words of a trailing report ("..., a spokeswoman for the U.S. embassy said", "..., officials
   * told AFP", "according to the Canadian Press"): who tells the news is not in its scene.
   */
  private static Set<Integer> reporters(SentenceGraph g) {
    Set<Integer> out = new java.util.HashSet<>();
    for (int v = 0; v < g.size(); v++) {
      if (g.relation(v).equals("parataxis") && REPORTING.contains(g.lemma(v))) {
        for (int c : g.children(v)) {
          if (!g.baseRelation(c).equals("ccomp")) {
            out.addAll(g.subtree(c));
          }
        }
      }
      if ("according".equals(g.casePreposition(v)) || "according to".equals(g.casePreposition(v))) {
        out.addAll(g.subtree(v));
      }
    }
    return out;
  }

  /** The subject of verb {@code v}: its own, its passive agent, or one inherited by control or coordination. */
  private int subjectOf(SentenceGraph g, int v, SentenceMentions m) {
    if (reducedPassive(g, v)) {
      return agent(g, v); // "schoolchildren kidnapped by bandits": the bandits, not the children
    }
    int reporter = g.head(v);
    if (g.child(v, "nsubj") < 0 && g.relation(v).equals("dep") && reporter >= 0 && cues.is("report", g.lemma(reporter))) {
      int said = g.child(reporter, "obj");
      if (said > reporter && said < v) {
        return said; // "said Beijing opposed the visit", parsed with Beijing as what was said
      }
    }
    int node = v;
    boolean active = g.child(v, "nsubj:pass") < 0 && g.child(v, "aux:pass") < 0;
    boolean complement = false;
    for (int depth = 0; node >= 0 && depth < 5; depth++) {
      int subj = g.child(node, "nsubj");
      if (subj < 0 && node != v && active && g.relation(v).equals("conj") && g.head(v) == node && g.child(node, "nsubj:pass") >= 0) {
        return g.child(node, "nsubj:pass"); // "has been indicted by the court and will resign": the indicted resigns
      }
      if (subj < 0) {
        for (int c : g.children(node)) {
          if (g.baseRelation(c).equals("obl") && "by".equals(g.casePreposition(c)) && g.child(node, "nsubj:pass") >= 0) {
            return c;
          }
        }
        if (g.child(node, "nsubj:pass") >= 0) {
          // "Lavrov is expected to visit Pakistan", "the envoy was asked to leave": the passive's
          // subject is its complement's doer; the passive's own doer is unnamed
          return complement ? g.child(node, "nsubj:pass") : -1;
        }
      }
      if (subj >= 0) {
        String tag = g.token(subj).tag();
        if ((tag.equals("WP") || tag.equals("WDT")) && g.relation(node).equals("acl:relcl")) {
          return g.head(node);
        }
        return subj;
      }
      String rel = g.relation(node);
      if (rel.equals("xcomp") || rel.equals("conj") || rel.equals("acl") || rel.equals("advcl")) {
        int up = g.head(node);
        if (rel.equals("acl") && up >= 0 && g.token(up).isNoun()) {
          boolean infinitive = g.children(node).stream().anyMatch(k -> g.relation(k).equals("mark") && g.lemma(k).equals("to"));
          int issuer = g.head(up);
          if (!m.isActor(up) && !infinitive && cues.is("statement", g.lemma(up)) && issuer >= 0 && g.token(issuer).isVerb()
              && g.relation(up).equals("obj")) {
            node = issuer; // "issued a declaration demanding that ...": whoever issued it demands
            continue;
          }
          if (m.isActor(up) || !infinitive) {
            return m.isActor(up) ? up : -1; // "the talks ... hit a deadlock": the noun itself acts
          }
          // "an agreement to withdraw": whoever made the agreement
          node = g.head(up) >= 0 && g.token(g.head(up)).isVerb() ? g.head(up) : -1;
          complement = false;
          continue;
        }
        complement = rel.equals("xcomp") && node == v;
        node = up;
      } else {
        return -1;
      }
    }
    return -1;
  }

  private List<Participant> targets(SentenceGraph g, int i, EventPattern p, SentenceMentions m, DocumentState state) {
    if (p.pos() == EventPattern.Pos.A || p.pos() == EventPattern.Pos.M) {
      int subj = g.child(p.pos() == EventPattern.Pos.M ? g.head(i) : i, "nsubj");
      if (subj < 0) {
        return List.of();
      }
      if (!m.isActor(subj)) {
        int poss = g.child(subj, "nmod:poss");
        return poss >= 0 ? members(g, poss, m) : List.of();
      }
      return members(g, subj, m);
    }
    int receiver = receivedBy(g, i);
    if (receiver >= 0) {
      // "Israel's bombardment of Gaza drew criticism from Turkey": aimed at whoever drew it, or at the doer of the deed that did
      List<Participant> doer = patterns.forLemma(g.lemma(receiver)).isEmpty() ? List.of() : phraseDoer(g, receiver, m);
      return doer.isEmpty() ? members(g, receiver, m) : doer;
    }
    int object = objectFor(g, i, p);
    for (String slot : p.targets()) {
      if (slot.equals("-") || slot.equals("home")) {
        return between(g, i, m);
      }
      int t = -1;
      if (slot.equals("obj")) {
        if (opposedTo(g, i) >= 0) {
          t = opposedTo(g, i);
        } else {
          t = patient(g, i);
        }
        if (t < 0 && object >= 0 && g.token(object).isVerb() && g.relation(object).equals("ccomp") && m.isActor(g.child(object, "nsubj"))) {
          t = g.child(object, "nsubj"); // "demanded that Israel release the prisoners": the one asked
        }
        if (t < 0 && object >= 0 && g.token(object).isVerb()) {
          t = g.child(object, "obj"); // "agreed to release the American player"
        }
      } else if (slot.equals("ccomp")) {
        int clause = g.child(i, "ccomp");
        t = clause < 0 ? -1 : g.child(clause, "nsubj"); // "protested that the police were torturing detainees"
      } else if (hasParticle(g, i, slot)) {
        t = g.child(i, "obj"); // "called on Japan", parsed as a particle and an object
        if (t < 0 && object >= 0) {
          t = prepositional(g, object, slot);
        }
      } else {
        t = prepositional(g, i, slot);
        if (t < 0 && object >= 0) {
          t = prepositional(g, object, slot);
        }
        if (t < 0 && object >= 0 && g.relation(object).equals("compound") && g.head(object) >= 0) {
          t = prepositional(g, g.head(object), slot); // "a mediation mission between X and Y"
        }
        if (t < 0 && object >= 0 && g.relation(object).equals("conj") && g.head(object) >= 0) {
          t = prepositional(g, g.head(object), slot); // "launched artillery and rocket fire against X": shared
        }
        if (t < 0 && object >= 0) {
          for (int c : g.children(object)) {
            if (g.relation(c).equals("conj") && t < 0) {
              t = prepositional(g, c, slot); // "allowed the delivery of grain and flour to X", parsed on "flour"
            }
          }
        }
        int thing = p.pos() == EventPattern.Pos.V ? patient(g, i) : -1;
        if (t < 0 && thing >= 0 && !m.isActor(thing)) {
          t = prepositional(g, thing, slot); // "proposed a truce to Hamas": the phrase parsed under the object
        }
        int up = g.head(i);
        if (t < 0 && p.pos() == EventPattern.Pos.N && up >= 0 && cues.is("light", g.lemma(up))) {
          t = prepositional(g, up, slot); // "has done an agreement with the Taliban"
        }
        if (t < 0 && object >= 0) {
          for (int c : g.children(object)) {
            // "expressed willingness to work with Australia"
            if ((g.relation(c).equals("acl") || g.relation(c).equals("xcomp")) && t < 0) {
              t = prepositional(g, c, slot);
            }
          }
        }
      }
      if (t < 0) {
        continue;
      }
      List<Participant> found = members(g, t, m);
      int thing = t;
      boolean event = !patterns.forLemma(g.lemma(t)).isEmpty(); // "condemned the coup in Niger": an event's place is its party
      if (slot.equals("obj") && event) {
        List<Participant> doer = phraseDoer(g, t, m);
        if (!doer.isEmpty()) {
          found = doer; // "condemned Russia's invasion of Ukraine": whose deed it is, not whom it was done to
        }
      }
      if (slot.equals("obj") && !event && !m.isActor(t) && !found.isEmpty() && found.stream().allMatch(f -> locatedUnder(g, thing, f.head(), m))) {
        found = List.of(); // "attacked a bus in Kabul": the place of the thing attacked is where, not whom
      }
      if (slot.equals("obj") && p.pos() == EventPattern.Pos.V) {
        for (int c : g.children(i)) {
          // "invited X, as well as Y": a noun coordinated with the verb is another object
          if (g.relation(c).equals("conj") && g.token(c).isNoun()) {
            found = new ArrayList<>(found);
            found.addAll(members(g, c, m));
          }
        }
      }
      Things.Kind kind = things.kind(g.lemma(t));
      if (found.isEmpty() && slot.equals("obj") && (kind == Things.Kind.PROPOSAL || kind == Things.Kind.DEED)) {
        found = maker(g, t, m);
      }
      if (found.isEmpty() && slot.equals("obj")) {
        Actor doer = doerOfDeed(g, t, state);
        if (doer != null) {
          return List.of(new Participant(doer.withText(g.token(t).word()), span(g, t), true, t));
        }
      }
      if (!found.isEmpty()) {
        return found;
      }
      Participant local = slot.equals("obj") ? null : unplaced(g, t, m, null);
      if (local != null) {
        return List.of(local); // "an appeal from President X": an official of the scene's one country
      }
    }
    if (!p.targetless() && p.pos() == EventPattern.Pos.V) {
      int clause = g.child(i, "ccomp");
      int subj = clause < 0 ? -1 : g.child(clause, "nsubj");
      if (subj >= 0 && m.isActor(subj)) {
        return members(g, subj, m); // "demanded that the US cancel its plans"
      }
    }
    if (object >= 0 && !p.targetless()) {
      int poss = g.child(object, "nmod:poss");
      if (poss >= 0 && m.isActor(poss)) {
        return members(g, poss, m); // "shared Japan's view"
      }
    }
    return between(g, i, m);
  }

  /**
   * The parties named by a "between" phrase under the trigger or its object ("mediated talks
   * between Israel and Hamas", "talks between Russia and Ukraine"): those the event is between.
   */
  private List<Participant> between(SentenceGraph g, int i, SentenceMentions m) {
    int clause = g.token(i).isNoun() && g.relation(i).equals("nsubj") ? g.head(i) : -1; // "clashes broke out between"
    for (int head : new int[] {i, patient(g, i), clause}) {
      int b = head < 0 ? -1 : prepositional(g, head, "between");
      List<Participant> found = b < 0 ? List.of() : members(g, b, m);
      if (!found.isEmpty()) {
        return found;
      }
    }
    return List.of();
  }

  /**
   * The other party of an event whose text names no target: an actor further down the trigger's
   * own phrase ("the removal of the president"); unless the pattern needs no other party, the
   * condition of a threat, else the country of the place it happened in
   * ("demonstrated in Serbia"), else the source's own country, as PLOVER codes domestic events
   * (protests, arrests, policy measures). Implied targets carry no span and lower the confidence.
   */
  private List<Participant> otherParty(
      SentenceGraph g, int i, EventPattern p, String cameo, Participant source, SentenceMentions m, Location place) {
    int what = g.child(i, "obj");
    if (what >= 0 && g.children(what).stream().anyMatch(c -> g.lemma(c).equals("unilateral"))) {
      return List.of(); // "declared a unilateral ceasefire in south Lebanon": one side's act, aimed at no one named
    }
    int found = deeperActor(g, i, source, m, topical(g, i));
    if (found < 0 && !p.targets().contains("-") && codebook.get(cameo).code().startsWith("13")) {
      found = conditionSubject(g, i, source, m);
    }
    if (found >= 0) {
      return members(g, found, m);
    }
    if (ownerlessThing(g, i, p, m) >= 0) {
      return List.of(); // "rejected the proposal", "attacked a ship": no party is named, none is guessed
    }
    String where = locativeCountry(g, i, m);
    if (where != null && placeAimed(cameo, source.actor(), where)) {
      // "dispatched inspectors to a plant in central Iran": the country of the place the act names
      return List.of(new Participant(new Actor(where, where, where, null, null, null, null, null), null, false, -1));
    }
    if (p.targets().contains("-")) {
      return List.of(); // an act that needs no other party: none is guessed
    }
    if (!p.targets().contains("home") && ownedBySource(g, i, source, m)) {
      return List.of(); // "fired a missile into the sea off its coast": its own ground is no other party
    }
    String country = place != null && place.country() != null && place.country().length() == 3 ? place.country()
        : source.actor().country();
    String of = source.actor().country();
    if (country == null || country.length() != 3 || "IGO".equals(source.actor().sector()) || "NGO".equals(source.actor().sector())
        || "IGO".equals(of) || "NGO".equals(of) || country.startsWith("IGO") || country.startsWith("NGO")) {
      return List.of(); // an international organisation, or its troops or officials, has no home to aim at
    }
    return List.of(new Participant(new Actor(country, country, country, null, null, null, null, null), null, false, -1));
  }

  /** Whoever a participle under the proposal at {@code t} names as its maker ("the proposal, drafted by France"). */
  private List<Participant> maker(SentenceGraph g, int t, SentenceMentions m) {
    for (int c : g.children(t)) {
      int by = g.relation(c).equals("acl") && reducedPassive(g, c) ? agent(g, c) : -1;
      if (by >= 0) {
        return members(g, by, m);
      }
    }
    return List.of();
  }

  /** Acts only a state does (inquiries, lawsuits and verdicts, arrests and expulsions), whose unnamed doer is the state where they happen. */
  private static final Set<String> STATE_ACTS = Set.of("09", "115", "116", "17");

  /** Roots of answers to a proposal: yielding to it, rejecting it. */
  private static final Set<String> ANSWER_ROOTS = Set.of("08", "12");
  /** Roots of judgements of a deed: approving, criticising, rejecting it. */
  private static final Set<String> JUDGEMENT_ROOTS = Set.of("05", "11", "12");

  /**
   * True when an act on the ownerless thing at {@code thing} is news without its other party: an
   * attack on a ship, the rejection or acceptance of a proposal ("the Kremlin rejected the
   * proposal"), a judgement of a deed ("Beijing condemned the move"); not the approval of a plan,
   * which may well be the source's own.
   */
  private boolean complete(SentenceGraph g, int thing, String cameo) {
    Things.Kind kind = things.kind(g.lemma(thing));
    String root = cameo.substring(0, 2);
    return kind == Things.Kind.CRAFT || ANSWER_ROOTS.contains(root) || kind == Things.Kind.DEED && JUDGEMENT_ROOTS.contains(root);
  }

  /** Roots of acts that two parties do together: coordinated doers of them act with each other. */
  private static final Set<String> RECIPROCAL_ROOTS = Set.of("03", "04", "05", "06");

  /**
   * The token of the thing a trigger acts on when it is a proposal, a vessel or an aircraft
   * ({@code things.tsv}) and no actor is named in its phrase: a verb's object, an event noun's
   * of-phrase ("the rejection of the plan"); else -1. Such a thing has another party as its maker
   * or owner, never the source's own country or the place where it was.
   */
  private int ownerlessThing(SentenceGraph g, int i, EventPattern p, SentenceMentions m) {
    int t = p.pos() == EventPattern.Pos.V ? patient(g, i) : p.pos() == EventPattern.Pos.N ? prepositional(g, i, "of") : -1;
    return t < 0 || things.kind(g.lemma(t)) == null || !members(g, t, m).isEmpty() ? -1 : t;
  }

  /**
   * True when the trigger's objects and adjuncts hold a possessive pronoun that stands for the
   * source ("its east coast", "their own positions").
   */
  private static boolean ownedBySource(SentenceGraph g, int i, Participant source, SentenceMentions m) {
    for (int c : g.children(i)) {
      if (!DEEPER.contains(g.baseRelation(c))) {
        continue;
      }
      for (int k : g.subtree(c)) {
        if (g.token(k).tag().equals("PRP$") && m.isActor(k) && sameCountry(m.at(k).mention().actor(), source.actor())) {
          return true;
        }
      }
    }
    return false;
  }

  /** True when a word of the phrase headed by {@code node}, down to {@code depth} levels, begins with {@code prefix}. */
  private static boolean phraseHas(SentenceGraph g, int node, String prefix, int depth) {
    if (g.lemma(node).startsWith(prefix)) {
      return true;
    }
    if (depth > 0) {
      for (int c : g.children(node)) {
        if (phraseHas(g, c, prefix, depth - 1)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * For a verb whose object is a role or a group no country places ("arrested dozens of opposition
   * activists"), that role in the country of the event's place, else the source's own country:
   * domestic coding, as ICEWS does. A quantity ("dozens of X") stands for its of-phrase. Null
   * when the object is something else.
   */
  private Participant roleTarget(SentenceGraph g, int i, EventPattern p, Participant source, SentenceMentions m, Location place) {
    if (p.pos() != EventPattern.Pos.V || !p.targets().contains("obj")
        || g.child(i, "nsubj:pass") >= 0 || g.child(i, "aux:pass") >= 0) {
      return null;
    }
    int t = patient(g, i);
    if (t >= 0 && cues.is("quantity", g.lemma(t)) && prepositional(g, t, "of") >= 0) {
      t = prepositional(g, t, "of");
    }
    if (t < 0 || !unplacedRole(m, t) || p.objects().contains(g.lemma(t))) {
      return null;
    }
    Actor a = source.actor();
    String country = place != null && place.country() != null && place.country().length() == 3 ? place.country() : a.country();
    if (country == null || country.length() != 3 || "IGO".equals(a.sector()) || "NGO".equals(a.sector())) {
      return null;
    }
    SentenceMentions.Resolved r = m.at(t);
    String sector = r.mention().sector();
    String text = g.sentence().text().substring(r.span().begin() - g.sentence().begin(), r.span().end() - g.sentence().begin());
    return new Participant(new Actor(text, country + sector, country, sector, null, null, null, null), r.span(), false, t);
  }

  /** Roots of acts that strike where they happen (protest, force, violence), even in the doer's own country. */
  private static final Set<String> PLACE_AIMED_ROOTS = Set.of("14", "15", "17", "18", "19", "20");

  /**
   * True when an act placed in {@code country} is aimed at it: always abroad; at home only for
   * acts that strike where they happen ("marched in Tbilisi"), not for talk or mediation
   * ("mediated the deal in Istanbul" is aimed at no one).
   */
  private static boolean placeAimed(String cameo, Actor source, String country) {
    return !country.equals(source.country()) || PLACE_AIMED_ROOTS.contains(cameo.substring(0, 2));
  }

  /** True for an implied target that is the country of the place the text names for the event. */
  private static boolean placed(Participant t, Location place) {
    return place != null && t.actor() != null && t.actor().country() != null && t.actor().country().equals(place.country());
  }

  /** True for a target the text does not name: the source's own country or the place of the event. */
  private static boolean implied(Participant p) {
    return p.actor() != null && p.span() == null && p.head() < 0;
  }

  /**
   * For a threat, the subject of the condition it sets ("threatened to stop the talks if the
   * United States goes ahead"): whoever must comply is its target; -1 when there is none.
   */
  private static int conditionSubject(SentenceGraph g, int i, Participant source, SentenceMentions m) {
    List<Integer> heads = new ArrayList<>();
    for (int node = i, depth = 0; node >= 0 && depth < 3; node = g.head(node), depth++) {
      heads.add(node);
      if (!Set.of("xcomp", "ccomp", "conj").contains(g.relation(node))) {
        break;
      }
    }
    for (int x = g.child(i, "xcomp"), depth = 0; x >= 0 && depth < 3; x = g.child(x, "xcomp"), depth++) {
      heads.add(x); // "threatened to stop the talks to cut arms if ...": the condition may hang from the threatened acts
    }
    for (int node : heads) {
      for (int c : g.children(node)) {
        boolean condition = g.baseRelation(c).equals("advcl")
            && g.children(c).stream().anyMatch(k -> g.relation(k).equals("mark") && Set.of("if", "unless").contains(g.lemma(k)));
        int subj = condition ? g.child(c, "nsubj") : -1;
        if (subj >= 0 && m.isActor(subj) && !m.at(subj).mention().actor().identity().equals(source.actor().identity())) {
          return subj;
        }
      }
    }
    return -1;
  }

  /** The first resolved actor, breadth first, among the trigger's objects and adjuncts, other than {@code source}; or -1. */
  private int deeperActor(SentenceGraph g, int i, Participant source, SentenceMentions m, boolean topical) {
    List<Integer> frontier = new ArrayList<>();
    boolean hasObject = g.child(i, "obj") >= 0;
    int object = g.child(i, "obj");
    for (int c : g.children(i)) {
      if (locativePlace(g, c, m) || (topical && topic(g, c))) {
        continue; // "attacked a temple in Kabul", "discussed the situation in Gaza": where, and what about, not whom
      }
      if (reducedPassive(g, i) && g.token(c).isVerb()) {
        continue; // "prisoners released by Belarus arrived in Lithuania": the sentence's own verb, hung below
      }
      if (c == object && !m.isActor(c) && g.children(c).stream().anyMatch(k -> locativePlace(g, k, m))) {
        continue; // "attacked a bus in Quetta": a thing in a place
      }
      // "agreed to reopen its borders to X" looks into what was agreed; "proposed the conference to
      // bring together X" does not: with an object of its own, the complement is a purpose, unless the
      // object is a proposal whose content it is ("rejected an invitation to attend a meeting of X")
      boolean purpose = hasObject && g.token(c).isVerb() && things.kind(g.lemma(object)) != Things.Kind.PROPOSAL
          && g.children(c).stream().anyMatch(k -> g.relation(k).equals("mark") && g.lemma(k).equals("to"));
      // "the summit hosted by China": an event noun's participle names who holds it
      boolean participle = g.token(i).isNoun() && g.relation(c).equals("acl") && g.token(c).tag().equals("VBN");
      if ((DEEPER.contains(g.baseRelation(c)) && !purpose) || participle) {
        frontier.add(c);
      }
    }
    for (int depth = 0; depth < 4 && !frontier.isEmpty(); depth++) {
      List<Integer> next = new ArrayList<>();
      for (int c : frontier) {
        if (TEMPORAL.contains(String.valueOf(g.casePreposition(c))) || CONCESSIVE.contains(String.valueOf(g.casePreposition(c)))) {
          continue;
        }
        if (m.isActor(c) && !m.at(c).viaReference() && c != source.head()
            && !m.at(c).mention().actor().identity().equals(source.actor().identity())) {
          return c;
        }
        for (int k : g.children(c)) {
          if (topicNoun(g, c) && TOPIC_PREPOSITIONS.contains(String.valueOf(g.casePreposition(k)))) {
            continue; // "hosted talks on the war in Gaza": what the talks are about
          }
          // "refugees fleeing the war in Liberia": a participle inside a noun's phrase is followed too
          boolean participle = g.relation(k).equals("acl") && g.token(c).isNoun();
          if ((DEEPER.contains(g.baseRelation(k)) && !g.token(k).isVerb()) || participle) {
            next.add(k);
          }
        }
      }
      frontier = next;
    }
    return -1;
  }

  private static final Set<String> LOCATIVE_PREPOSITIONS = Set.of("in", "at", "near", "outside", "off");
  private static final Set<String> TOPIC_PREPOSITIONS = Set.of("about", "on", "over", "regarding", "concerning");

  /**
   * True when {@code c}, a phrase under a verb or noun, names the place where something is or
   * happens ("in Kabul", "at the Turkish city of Antalya"): a country, or a town or city the
   * resolver places, but no named organisation ("at the United Nations").
   */
  private static boolean locativePlace(SentenceGraph g, int c, SentenceMentions m) {
    if (!g.baseRelation(c).matches("obl|nmod") || !LOCATIVE_PREPOSITIONS.contains(String.valueOf(g.casePreposition(c)))) {
      return false;
    }
    int named = placeNameAt(g, c);
    SentenceMentions.Resolved r = named < 0 ? null : m.at(named);
    if (r == null || !r.mention().resolved()) {
      return false;
    }
    Actor a = r.mention().actor();
    return a.name() == null && a.country() != null && a.country().length() == 3 && (a.sector() == null || a.sector().equals("GOV"));
  }

  /**
   * The country of the place named with in/at under the trigger, its object or its subject
   * ("attacked a bus in Quetta", "gunmen in Kabul attacked a temple"), or null.
   */
  private static String locativeCountry(SentenceGraph g, int i, SentenceMentions m) {
    int object = g.child(i, "obj");
    int subject = g.child(i, "nsubj");
    for (int head : new int[] {i, object, subject}) {
      if (head < 0) {
        continue;
      }
      for (int c : g.children(head)) {
        if (locativePlace(g, c, m)) {
          return m.at(placeNameAt(g, c)).mention().actor().country();
        }
      }
    }
    return null;
  }

  /** True when {@code head} is the place of a locative phrase under the noun {@code thing} ("a bus in Kabul"). */
  private static boolean locatedUnder(SentenceGraph g, int thing, int head, SentenceMentions m) {
    for (int c : g.children(thing)) {
      if (locativePlace(g, c, m) && (c == head || placeNameAt(g, c) == head)) {
        return true;
      }
    }
    return false;
  }

  /** True when the trigger at {@code i} is a verb of talking about something: its object is a topic, not a party. */
  private boolean topical(SentenceGraph g, int i) {
    return cues.is("topic-verb", g.lemma(i));
  }

  /** True for a noun of talking, whose about-phrase names a topic ("talks on the war in Gaza"). */
  private boolean topicNoun(SentenceGraph g, int c) {
    return g.token(c).isNoun() && cues.is("topic-noun", g.lemma(c));
  }

  /** True when {@code c}, under a verb of talking, is what is talked about: its object or an about-phrase. */
  private static boolean topic(SentenceGraph g, int c) {
    return g.relation(c).equals("obj") || (g.baseRelation(c).equals("obl") && TOPIC_PREPOSITIONS.contains(String.valueOf(g.casePreposition(c))));
  }

  /** The tokens of what a verb of talking is about: "discussed the situation in Gaza" places no one in Gaza. */
  private Set<Integer> topics(SentenceGraph g) {
    Set<Integer> out = new java.util.HashSet<>();
    for (int v = 0; v < g.size(); v++) {
      if (g.token(v).isVerb() && topical(g, v)) {
        for (int c : g.children(v)) {
          if (topic(g, c)) {
            out.addAll(g.subtree(c));
          }
        }
      }
    }
    return out;
  }

  /** Prepositions whose phrase frames an event with its circumstances, not its other party. */
  private static final Set<String> CONCESSIVE = Set.of("despite", "because of", "in spite of", "due to", "amid", "according to");

  /** Relations followed down from a trigger in search of an unnamed target. */
  private static final Set<String> DEEPER = Set.of("obj", "iobj", "obl", "nmod", "xcomp", "compound", "amod", "dep");

  private static boolean hasParticle(SentenceGraph g, int i, String word) {
    for (int c : g.children(i)) {
      if (g.relation(c).equals("compound:prt") && g.lemma(c).equals(word)) {
        return true;
      }
    }
    return false;
  }

  private static int prepositional(SentenceGraph g, int head, String preposition) {
    for (int c : g.children(head)) {
      String rel = g.baseRelation(c);
      if ((rel.equals("obl") || rel.equals("nmod")) && preposition.equals(g.casePreposition(c))) {
        return c;
      }
    }
    for (int c : g.children(head)) {
      // "an agreement with the Taliban to withdraw" parsed as a clause marked "with"
      String rel = g.baseRelation(c);
      if ((rel.equals("acl") || rel.equals("advcl")) && g.child(c, "nsubj") >= 0
          && g.children(c).stream().anyMatch(k -> g.relation(k).equals("mark") && g.lemma(k).equals(preposition))) {
        return g.child(c, "nsubj");
      }
    }
    return -1;
  }

  /**
   * For an abstract object ("this decision for not inviting India"), the actor who did the deed
   * its verb names, as coded earlier in the document.
   */
  private static Actor doerOfDeed(SentenceGraph g, int object, DocumentState state) {
    if (!g.token(object).isNoun() || g.child(object, "det") < 0) {
      return null;
    }
    for (int t : g.subtree(object)) {
      if (t != object && g.token(t).isVerb()) {
        Actor a = state.sourceByTrigger.get(g.lemma(t));
        if (a != null) {
          return a;
        }
      }
    }
    return null;
  }

  /** The actors a phrase stands for: itself, its coordinated and listed members. */
  private List<Participant> members(SentenceGraph g, int head, SentenceMentions m) {
    List<Participant> out = new ArrayList<>();
    boolean listed = collectMembers(g, head, m, out, 0);
    if (listed && out.size() > 1 && out.get(0).head() == head && out.get(0).actor().name() == null) {
      // "the leadership of Pakistan, which includes X, Y and Z": the members stand for the group
      out.remove(0);
    }
    return out;
  }

  /** Adds the participants under {@code node}; true when some came from a list of members. */
  private boolean collectMembers(SentenceGraph g, int node, SentenceMentions m, List<Participant> out, int depth) {
    if (depth > 6) {
      return false;
    }
    boolean listed = false;
    boolean resolved = m.isActor(node);
    if (resolved) {
      out.add(participant(m, node));
      for (SentenceMentions.Resolved r : m.coordinatedAt(node)) {
        out.add(new Participant(r.mention().actor(), r.span(), false, node));
      }
    }
    int doer = -1;
    if (!resolved && !g.token(node).tag().startsWith("PRP")) {
      int by = prepositional(g, node, "by");
      List<Participant> doers = new ArrayList<>();
      if (by >= 0 && g.baseRelation(by).equals("nmod")) {
        listed |= collectMembers(g, by, m, doers, depth + 1);
      }
      if (!doers.isEmpty()) {
        // "war crimes by Croatian extremists against Serb civilians": the doers, not the victims
        out.addAll(doers);
        doer = by;
      }
    }
    if (!resolved && doer < 0 && !g.token(node).tag().startsWith("PRP")) {
      int of = prepositional(g, node, "of");
      List<Participant> owners = new ArrayList<>();
      if (of >= 0 && g.baseRelation(of).equals("nmod")) {
        listed |= collectMembers(g, of, m, owners, depth + 1);
      }
      if (!owners.isEmpty()) {
        // "the right of Russian troops to fire on militants in Azerbaijan": whose right, not where they fire
        out.addAll(owners);
        doer = of;
      }
    }
    int placed = -1;
    if (!resolved && doer < 0 && people(g, node, m)) {
      for (int c : g.children(node)) {
        if (placed < 0 && g.baseRelation(c).equals("nmod") && locativePlace(g, c, m)) {
          // "police in Dhaka", "protesters in Nairobi": people of the place's country, not its government
          Actor where = m.at(placeNameAt(g, c)).mention().actor();
          SentenceMentions.Resolved r = m.at(node);
          String sector = r == null ? null : r.mention().sector();
          Span words = r != null ? r.span() : span(g, node);
          String text = g.sentence().text().substring(words.begin() - g.sentence().begin(), words.end() - g.sentence().begin());
          out.add(new Participant(new Actor(text, where.country() + (sector == null ? "" : sector), where.country(), sector, null, null, null, null),
              words, false, node));
          placed = c;
        }
      }
    }
    for (int c : g.children(node)) {
      if (c == placed || (doer >= 0 && g.baseRelation(c).equals("nmod") && ABOUT_PREPOSITIONS.contains(String.valueOf(g.casePreposition(c))))) {
        continue;
      }
      String rel = g.relation(c);
      if (rel.equals("conj") && !g.token(c).isVerb()) {
        listed |= collectMembers(g, c, m, out, depth + 1);
      } else if (rel.equals("appos") && !resolved) {
        listed |= collectMembers(g, c, m, out, depth + 1);
      } else if (g.baseRelation(c).equals("nmod") && MEMBER_PREPOSITIONS.contains(String.valueOf(g.casePreposition(c)))) {
        collectMembers(g, c, m, out, depth + 1);
        listed = true;
      } else if (rel.equals("acl:relcl") && MEMBERSHIP_VERBS.contains(g.lemma(c))) {
        int obj = g.child(c, "obj");
        if (obj >= 0) {
          collectMembers(g, obj, m, out, depth + 1);
          listed = true;
        }
      } else if (!resolved && rel.equals("nmod:poss") && !RELATIONAL.contains(g.lemma(node))) {
        listed |= collectMembers(g, c, m, out, depth + 1); // "demanded Russia's withdrawal"
      } else if (!resolved && !g.token(node).tag().startsWith("PRP") && g.baseRelation(c).equals("nmod")
          && ABOUT_PREPOSITIONS.contains(String.valueOf(g.casePreposition(c)))
          && !(topicNoun(g, node) && TOPIC_PREPOSITIONS.contains(g.casePreposition(c)))) {
        // "concern over the situation in Afghanistan", "meeting with Prime Minister Imran Khan"
        listed |= collectMembers(g, c, m, out, depth + 1);
      }
    }
    return listed;
  }

  /** True when the noun at {@code node} names people by a role or as a plural ("police", "protesters", "students"). */
  private static boolean people(SentenceGraph g, int node, SentenceMentions m) {
    SentenceMentions.Resolved r = m.at(node);
    return g.token(node).isNoun() && !g.token(node).isProperNoun()
        && ((r != null && r.mention().sector() != null) || g.token(node).tag().equals("NNS"));
  }

  private static Participant participant(SentenceMentions m, int head) {
    SentenceMentions.Resolved r = m.at(head);
    return new Participant(r.mention().actor(), r.span(), r.viaReference(), head);
  }

  private static Span span(SentenceGraph g, int t) {
    return new Span(g.token(t).begin(), g.token(t).end());
  }

  /** A coded event before it is finished. */
  private record Candidate(EventPattern pattern, String cameo, int trigger, Participant source, Participant target,
      EventStatus status, EventDating.Dated date, Location location, boolean open) {
    String key() {
      return (source.actor() == null ? "-" : source.actor().identity()) + ">"
          + (target.actor() == null ? "-" : target.actor().identity()) + ":" + cameo;
    }

    String countryKey() {
      return (source.actor() == null ? "-" : source.actor().country()) + ">"
          + (target.actor() == null ? "-" : target.actor().country()) + ":" + cameo;
    }

    boolean named() {
      return (source.actor() != null && source.actor().name() != null) || (target.actor() != null && target.actor().name() != null);
    }
  }

  private static void add(Map<String, Candidate> kept, Candidate c) {
    Actor s = c.source().actor();
    Actor t = c.target().actor();
    if (s != null && t != null && !implied(c.target()) && (s.identity().equals(t.identity()) || (s.code().equals(t.code()) && s.name() == null && t.name() == null))) {
      return;
    }
    kept.putIfAbsent(c.key(), c);
  }

  /** One event per pair and code: an unnamed duplicate of a named event between the same countries goes. */
  private List<Candidate> prune(SentenceGraph g, java.util.Collection<Candidate> all) {
    List<Candidate> out = new ArrayList<>();
    Set<Integer> triggers = new java.util.HashSet<>();
    boolean claimed = false;
    for (Candidate c : all) {
      triggers.add(c.trigger());
      claimed |= c.status() != EventStatus.HYPOTHETICAL && c.status() != EventStatus.NEGATED;
    }
    // "issued a statement demanding ...": a bare statement yields to what it says
    Set<Integer> substantive = new java.util.HashSet<>();
    for (Candidate c : all) {
      if (!c.cameo().startsWith("01")) {
        substantive.add(c.trigger());
      }
    }
    for (Candidate c : all) {
      if (claimed && c.status() == EventStatus.HYPOTHETICAL) {
        continue; // "sent troops to protect the border": the purpose of a coded event is no event of its own
      }
      boolean statement = c.cameo().startsWith("01") && !substantive.contains(c.trigger());
      if (statement && all.stream().anyMatch(o -> !o.cameo().startsWith("01") && o.status() != EventStatus.HYPOTHETICAL
          && carries(g, c.trigger(), o.trigger()))) {
        continue;
      }
      // "dispersed demonstrators protesting the results": the protest the noun's participle tells is news of its own
      boolean protesters = c.cameo().startsWith("14") && g.relation(c.trigger()).equals("acl") && g.token(c.trigger()).tag().equals("VBG");
      // "arrived in Oslo for talks": the talks are what the journey was for, news of their own
      boolean journey = c.pattern().pos() == EventPattern.Pos.N && travelledFor(g, c.trigger());
      if (c.status() != EventStatus.NEGATED && !protesters && !journey && subordinate(g, c.trigger(), c.cameo().startsWith("01") ? triggers : substantive)) {
        continue; // a negated act stays on record: "praised the decision for not inviting India"
      }
      if (background(g, c.trigger()) && all.stream().anyMatch(o -> !background(g, o.trigger()) && o.status() != EventStatus.HYPOTHETICAL)) {
        continue; // "suspended air links one day after a Serbian jet shot down a helicopter": the news is the suspension
      }
      if (framing(g, c.trigger()) && all.stream().anyMatch(o -> !framing(g, o.trigger()))) {
        continue; // "arrested during a summit in Genoa": the summit dates the arrest, it is not the news
      }
      boolean shadowed = !c.named() && all.stream().anyMatch(o -> o != c && o.named() && o.countryKey().equals(c.countryKey()));
      boolean empty = c.target().actor() == null && all.stream().anyMatch(o -> o != c && o.target().actor() != null
          && o.cameo().equals(c.cameo()) && sameActor(o.source(), c.source()));
      if (!shadowed && !empty) {
        out.add(c);
      }
    }
    return out;
  }

  private static final Set<String> BACKGROUND_MARKS = Set.of("after", "since", "following");

  /**
   * True when the trigger at {@code j} sits in a clause of what came before ("after a jet shot down
   * a helicopter"), or a reduced relative ("rescued schoolchildren kidnapped by bandits"), the
   * background of the sentence's news; a reported clause stands on its own.
   */
  private static boolean background(SentenceGraph g, int j) {
    if (reducedPassive(g, j) && g.head(j) >= 0) {
      return true;
    }
    int node = j;
    for (int depth = 0; depth < 8 && node >= 0 && g.head(node) >= 0; depth++) {
      String rel = g.baseRelation(node);
      if (rel.equals("ccomp") || rel.equals("parataxis")) {
        return false;
      }
      if (rel.equals("advcl") && g.children(node).stream()
          .anyMatch(c -> g.relation(c).equals("mark") && BACKGROUND_MARKS.contains(g.lemma(c)))) {
        return true;
      }
      node = g.head(node);
    }
    return false;
  }

  /** True when the verb at {@code content} modifies the statement noun at or under {@code statement}: "issued a statement demanding". */
  private static boolean carries(SentenceGraph g, int statement, int content) {
    int noun = g.head(content);
    return g.token(content).isVerb() && g.relation(content).equals("acl") && noun >= 0
        && (noun == statement || g.head(noun) == statement);
  }

  /**
   * True when the trigger at {@code j} sits in an adjunct, relative clause or modifier under another
   * coded trigger ("opened fire to disperse the crowd", "rejected a call for troops to be
   * deployed"): the sentence's event is the governing one. Coordinated and reported clauses stand
   * on their own.
   */
  private static boolean subordinate(SentenceGraph g, int j, Set<Integer> triggers) {
    boolean below = false;
    int node = j;
    for (int depth = 0; depth < 12 && g.head(node) >= 0; depth++) {
      String rel = g.baseRelation(node);
      if (rel.equals("ccomp") || rel.equals("parataxis")) {
        return false; // what someone says or believes is an event of its own
      }
      if (rel.equals("advcl") || rel.equals("acl") || rel.equals("obl") || rel.equals("nmod") || rel.equals("xcomp")) {
        below = true;
      } else if (rel.equals("conj")) {
        below = false;
      }
      node = g.head(node);
      if (below && triggers.contains(node)) {
        return true;
      }
    }
    return false;
  }

  /**
   * An ethnic group placed in a country ("ethnic Albanians in south Serbia", "ethnic Turks
   * protested in Sweden") is coded, as CAMEO codes minorities, by the country it lives in:
   * the one its own phrase names with "in", else the country of the event's place, else the
   * country named "in" the trigger's clause ("killed in a gunbattle in southern Serbia").
   */
  private static Participant resident(SentenceGraph g, int trigger, Participant p, SentenceMentions m, Location place) {
    Actor a = p.actor();
    if (a == null || p.head() < 0 || a.sector() != null || a.name() != null || g.children(p.head()).stream()
        .noneMatch(c -> g.relation(c).equals("amod") && g.lemma(c).equalsIgnoreCase("ethnic"))) {
      return p;
    }
    String country = countryIn(g, p.head(), m);
    if (country == null && place != null) {
      country = place.country();
    }
    if (country == null) {
      country = countryIn(g, trigger, m);
    }
    if (country == null || country.length() != 3 || country.equals(a.country())) {
      return p;
    }
    // CAMEO style: the country of residence, then the group ("SRBALB" for Albanians in Serbia)
    Actor local = new Actor(a.text(), country + a.code(), country, null, null, null, null, null);
    return new Participant(local, p.span(), p.viaReference(), p.head());
  }

  /** The country named in the "in" phrase under {@code node}, or one phrase further down ("in a clash in Serbia"); or null. */
  private static String countryIn(SentenceGraph g, int node, SentenceMentions m) {
    int in = prepositional(g, node, "in");
    if (in >= 0 && !m.isActor(in)) {
      in = prepositional(g, in, "in");
    }
    for (int c : g.children(node)) {
      if (in < 0 && g.baseRelation(c).equals("obl")) {
        in = prepositional(g, c, "in"); // "demonstrated on Tuesday in Serbia", parsed under the day
      }
    }
    return in >= 0 && m.isActor(in) ? m.at(in).mention().actor().country() : null;
  }

  /** True for an event noun in a phrase of time: "during a summit", "after the talks". */
  private static boolean framing(SentenceGraph g, int trigger) {
    return g.token(trigger).isNoun() && TEMPORAL.contains(String.valueOf(g.casePreposition(trigger)));
  }

  private static boolean sameActor(Participant a, Participant b) {
    return a.actor() != null && b.actor() != null && a.actor().identity().equals(b.actor().identity());
  }

  private Event toEvent(Article article, String inputId, AnnotatedSentence s, SentenceGraph g, Candidate c, SentenceMentions m) {
    CameoCode code = codebook.get(c.cameo());
    var trig = g.token(c.trigger());
    Span trigger = new Span(trig.begin(), trig.end());
    Evidence ev = new Evidence(new Span(s.begin(), s.end()), c.source().span(), c.target().span(), trigger, c.pattern().id());
    double confidence = 0.55;
    // a target the text does not name, where the pattern expects one, is a guess
    // "marched in Tbilisi", "attacked a temple in Kabul": the country of the place named is no guess
    String where = locativeCountry(g, c.trigger(), m);
    boolean guessed = implied(c.target()) && !c.pattern().targetless() && !placed(c.target(), c.location())
        && !(c.target().actor().country().equals(where) && c.source().actor() != null && placeAimed(c.cameo(), c.source().actor(), where));
    if (c.source().actor() != null && c.target().actor() != null) {
      confidence += !guessed ? 0.2 : namesOtherParty(g, c.trigger(), c.pattern(), m) ? 0.15 : 0.05;
    } else if (c.source().actor() == null && c.target().actor() != null && !guessed) {
      confidence += 0.1; // "India was not invited": the doer unnamed, the one it befell named
    }
    if (c.pattern().specificity() > 0) {
      confidence += 0.1;
    }
    if (c.source().viaReference() || c.target().viaReference()) {
      confidence -= 0.1;
    }
    if (c.named()) {
      confidence += 0.05;
    }
    String owner = inputId != null ? inputId : article.id();
    String id = hash(owner + "|" + s.index() + "|" + trig.begin() + "|" + c.key());
    return new Event(id, inputId == null ? article.id() : null, inputId, s.text(), s.index(), ev,
        c.date().date(), c.date().precision(), c.status(), c.source().actor(), c.target().actor(), code.code(),
        code.quadClass(), code.goldstein(), code.ploverType(), code.ploverMode(), c.location(),
        Math.max(0.05, Math.min(0.95, confidence)));
  }

  /**
   * True when a verb's clause names someone on the other side by a role or group that no country
   * places ("killed three villagers", "warned that police will ..."): the scene's country is then
   * less of a guess. A thing ("proposed the conference") names no one.
   */
  private static boolean namesOtherParty(SentenceGraph g, int trigger, EventPattern p, SentenceMentions m) {
    if (p.pos() != EventPattern.Pos.V) {
      return false;
    }
    int o = g.child(trigger, "obj");
    if (o >= 0) {
      return !p.objects().contains(g.lemma(o)) && unplacedRole(m, o); // not "gave a welcome"
    }
    int clause = g.child(trigger, "ccomp");
    if (clause < 0 || !unplacedRole(m, g.child(clause, "nsubj"))) {
      return false;
    }
    for (int c : g.children(clause)) {
      if (g.relation(c).equals("aux") && Set.of("will", "would", "must", "shall").contains(g.lemma(c))) {
        return true;
      }
    }
    return false;
  }

  /** True when the phrase at {@code i} names a role or group (police, villagers) that no country places. */
  private static boolean unplacedRole(SentenceMentions m, int i) {
    SentenceMentions.Resolved r = m.at(i);
    return r != null && !r.mention().resolved() && r.mention().sector() != null && !r.mention().person();
  }

  private static String hash(String s) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(h, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}



