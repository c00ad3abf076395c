package org.dyad.coder.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.dyad.model.AnnotatedSentence;
import org.dyad.model.Dependency;
import org.dyad.model.Token;
import org.junit.jupiter.api.Test;

/** The graph's lemmas and the parse errors it mends, on hand-written parses of invented sentences. */
class SentenceGraphTest {
  /** A sentence from rows of "word lemma tag head relation" (head -1 for the root). */
  private static SentenceGraph parse(String... rows) {
    return parse(lemma -> false, rows);
  }

  private static SentenceGraph parse(java.util.function.Predicate<String> action, String... rows) {
    List<Token> tokens = new ArrayList<>();
    List<Dependency> deps = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < rows.length; i++) {
      String[] f = rows[i].split(" ");
      int begin = text.length();
      text.append(f[0]).append(' ');
      tokens.add(new Token(i, f[0], f[1], f[2], begin, begin + f[0].length()));
      deps.add(new Dependency(f[4], Integer.parseInt(f[3]), i));
    }
    return new SentenceGraph(new AnnotatedSentence(0, 0, 0, text.length(), text.toString().trim(), tokens, deps), action);
  }

  @Test
  void hyphenatedPrefixesJoinTheirVerb() {
    SentenceGraph g = parse("Ethiopia Ethiopia NNP 1 nsubj", "re-opened re-open VBD -1 root", "borders border NNS 1 obj");
    assertEquals("reopen", g.lemma(1));
    SentenceGraph h = parse("Oslo Oslo NNP 1 nsubj", "co-operates co-operate VBZ -1 root");
    assertEquals("cooperate", h.lemma(1));
  }

  @Test
  void aParticipleReadAsItsOwnClauseBecomesAReducedRelative() {
    // "Rebels agreed to return weapons seized from peacekeepers", parsed as "return [dep: weapons seized ...]"
    SentenceGraph g = parse(
        "Rebels rebel NNS 1 nsubj",
        "returned return VBD -1 root",
        "weapons weapon NNS 3 nsubj",
        "seized seize VBN 1 dep",
        "from from IN 5 case",
        "peacekeepers peacekeeper NNS 3 obl");
    assertEquals(1, g.head(2));
    assertEquals("obj", g.relation(2));
    assertEquals(2, g.head(3));
    assertEquals("acl", g.relation(3));
    assertTrue(g.children(1).contains(2) && !g.children(1).contains(3), g.children(1).toString());
    assertEquals(List.of(3), g.children(2));
  }

  @Test
  void aParticipleWithItsOwnAuxiliaryIsLeftAlone() {
    SentenceGraph g = parse(
        "Police police NNS 1 nsubj",
        "said say VBD -1 root",
        "talks talk NNS 4 nsubj",
        "had have VBD 4 aux",
        "ended end VBN 1 dep");
    assertEquals("dep", g.relation(4));
    assertEquals(4, g.head(2));
  }

  @Test
  void aParticipleReadAsTheMainVerbGivesWayToTheVerbAfterIt() {
    // "Workers affiliated with the union stopped work", parsed with "affiliated" as the root
    SentenceGraph g = parse(
        "Workers worker NNS 1 nsubj",
        "affiliated affiliate VBN -1 root",
        "with with IN 4 case",
        "the the DT 4 det",
        "union union NN 1 obl",
        "stopped stop VBD 1 dep",
        "work work NN 5 obj");
    assertEquals(-1, g.head(5));
    assertEquals("root", g.relation(5));
    assertEquals(5, g.head(0));
    assertEquals("nsubj", g.relation(0));
    assertEquals(0, g.head(1));
    assertEquals("acl", g.relation(1));
    assertEquals(List.of(0, 6), g.children(5));
  }

  @Test
  void aVerbWithItsOwnSubjectAfterTheParticipleIsLeftAlone() {
    SentenceGraph g = parse(
        "Workers worker NNS 1 nsubj",
        "affiliated affiliate VBN -1 root",
        "they they PRP 3 nsubj",
        "stopped stop VBD 1 dep");
    assertEquals(1, g.head(3));
    assertEquals("dep", g.relation(3));
  }

  @Test
  void aGerundReadAsAnAdjectiveAfterItsPrepositionBecomesAClause() {
    // "Russia retaliated by expelling ten diplomats", parsed as "by [expelling ten diplomats]" with "expelling" an adjective
    String[] rows = {
        "Russia Russia NNP 1 nsubj",
        "retaliated retaliate VBD -1 root",
        "by by IN 5 case",
        "expelling expel VBG 5 amod",
        "ten ten CD 5 nummod",
        "diplomats diplomat NNS 1 obl"};
    SentenceGraph g = parse(java.util.Set.of("expel")::contains, rows);
    assertEquals(1, g.head(3));
    assertEquals("advcl", g.relation(3));
    assertEquals(3, g.head(5));
    assertEquals("obj", g.relation(5));
    assertEquals("mark", g.relation(2));
    SentenceGraph plain = parse(lemma -> false, rows);
    assertEquals("amod", plain.relation(3), "without the action's lemma the tagger's reading stands");
  }

  @Test
  void anAdjectivalParticipleIsLeftAlone() {
    SentenceGraph g = parse(java.util.Set.of("expel")::contains,
        "Prices price NNS 1 nsubj", "rose rise VBD -1 root", "on on IN 4 case", "rising rise VBG 4 amod", "demand demand NN 1 obl");
    assertEquals("amod", g.relation(3));
  }

  @Test
  void aSpeakerReadAsTheSubjectOfWhatItSaysGovernsIt() {
    // "China warned it would retaliate", parsed as "[China warned it] would retaliate"
    SentenceGraph g = parse(
        "China China NNP 1 nsubj",
        "warned warn VBD 4 csubj",
        "it it PRP 1 obj",
        "would would MD 4 aux",
        "retaliate retaliate VB -1 root");
    assertEquals(-1, g.head(1));
    assertEquals("root", g.relation(1));
    assertEquals(1, g.head(4));
    assertEquals("ccomp", g.relation(4));
    assertEquals(4, g.head(2));
    assertEquals("nsubj", g.relation(2));
  }

  @Test
  void aParticipleInANounsModifierIsLeftAlone() {
    SentenceGraph g = parse(java.util.Set.of("visit")::contains,
        "strike strike NN 4 nsubj", "for for IN 3 case", "visiting visit VBG 3 amod", "rights right NNS 0 nmod", "continued continue VBD -1 root");
    assertEquals("amod", g.relation(2));
  }

  @Test
  void aNounHangingFromADayAfterTheVerbIsTheVerbsObject() {
    // "Police reopened Sunday a day-old roadblock near the port", parsed as "reopened [Sunday [dep: roadblock]]"
    SentenceGraph g = parse(
        "Police police NNS 1 nsubj",
        "reopened reopen VBN -1 root",
        "Sunday Sunday NNP 1 obl:tmod",
        "a a DT 4 det",
        "roadblock roadblock NN 2 dep",
        "near near IN 6 case",
        "port port NN 4 nmod");
    assertEquals(1, g.head(4));
    assertEquals("obj", g.relation(4));
    assertEquals(List.of(0, 2, 4), g.children(1));
    assertEquals(List.of(), g.children(2));
  }

  @Test
  void aDayBeforeAVerbWithItsOwnObjectIsLeftAlone() {
    // "Police reopened Sunday the port, officials said": nothing hangs from the day by dep wrongly
    SentenceGraph g = parse(
        "Police police NNS 1 nsubj",
        "reopened reopen VBD -1 root",
        "Sunday Sunday NNP 1 obl:tmod",
        "the the DT 4 det",
        "port port NN 1 obj",
        "gate gate NN 2 dep");
    assertEquals(2, g.head(5));
    assertEquals("dep", g.relation(5));
  }

  @Test
  void aTrailingAttributionHungInsideItsClauseGovernsIt() {
    // "Police are failing refugees, a charity protested", parsed with "protested" under "refugees"
    SentenceGraph g = parse(
        "Police police NNS 2 nsubj",
        "are be VBP 2 aux",
        "failing fail VBG -1 root",
        "refugees refugee NNS 2 obj",
        ", , , 3 punct",
        "a a DT 6 det",
        "charity charity NN 7 nsubj",
        "protested protest VBD 3 dep",
        ". . . 2 punct");
    assertEquals(-1, g.head(7));
    assertEquals("root", g.relation(7));
    assertEquals(7, g.head(2));
    assertEquals("ccomp", g.relation(2));
    assertEquals(List.of(2, 6), g.children(7));
  }

  @Test
  void aClauseInTheMiddleOfTheSentenceIsNoTrailingAttribution() {
    SentenceGraph g = parse(
        "Police police NNS 2 nsubj",
        "are be VBP 2 aux",
        "failing fail VBG -1 root",
        "refugees refugee NNS 2 obj",
        ", , , 3 punct",
        "charities charity NNS 6 nsubj",
        "protested protest VBD 3 dep",
        "outside outside IN 8 case",
        "parliament parliament NN 6 obl",
        "and and CC 10 cc",
        "marched march VBD 2 conj");
    assertEquals(3, g.head(6));
    assertEquals("dep", g.relation(6));
  }

  @Test
  void aGerundAfterAVerbOfBeginningIsItsComplement() {
    // "Activists began collecting signatures", parsed as "began [collecting signatures]" with an adjective
    SentenceGraph g = parse(java.util.Set.of("collect")::contains,
        "Activists activist NNS 1 nsubj", "began begin VBD -1 root", "collecting collect VBG 3 amod", "signatures signature NNS 1 obj");
    assertEquals(1, g.head(2));
    assertEquals("xcomp", g.relation(2));
    assertEquals(2, g.head(3));
    assertEquals("obj", g.relation(3));
  }

  @Test
  void aParticipleBeforeTheObjectOfAnotherVerbStaysAnAdjective() {
    // "Rebels freed remaining hostages": "freed" is no verb of beginning or ending
    SentenceGraph g = parse(java.util.Set.of("remain")::contains,
        "Rebels rebel NNS 1 nsubj", "freed free VBD -1 root", "remaining remain VBG 3 amod", "hostages hostage NNS 1 obj");
    assertEquals("amod", g.relation(2));
    assertEquals(1, g.head(3));
  }
}
