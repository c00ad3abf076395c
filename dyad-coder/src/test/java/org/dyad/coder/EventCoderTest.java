package org.dyad.coder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.dyad.extract.ArticleIds;
import org.dyad.model.Article;
import org.dyad.model.DatePrecision;
import org.dyad.model.DateSource;
import org.dyad.model.Event;
import org.dyad.model.EventStatus;
import org.dyad.model.Paragraph;
import org.dyad.nlp.CoreNlpAnnotator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The coder's grammar, one construction at a time, on sentences written for these tests. */
class EventCoderTest {
  private static final LocalDate DATE = LocalDate.of(2023, 6, 15);
  private static CoreNlpAnnotator annotator;
  private static EventCoder coder;

  @BeforeAll
  static void load() {
    annotator = new CoreNlpAnnotator();
    coder = EventCoder.standard();
  }

  /** Codes paragraphs separated by blank lines as one article dated 15 June 2023. */
  private static List<Event> code(String... paragraphs) {
    return code(DATE, DatePrecision.DAY, paragraphs);
  }

  /** Codes paragraphs separated by blank lines as one article of the given date. */
  private static List<Event> code(LocalDate date, DatePrecision precision, String... paragraphs) {
    String text = String.join("\n\n", paragraphs);
    List<Paragraph> ps = new ArrayList<>();
    int at = 0;
    for (String p : paragraphs) {
      ps.add(new Paragraph(at, at + p.length(), Paragraph.Kind.BODY));
      at += p.length() + 2;
    }
    Article a = new Article(ArticleIds.of(text), "test", null, null, text, null, null, "en", date, precision,
        DateSource.GIVEN, null, ps, List.of());
    return coder.code(annotator.annotate(a));
  }

  private static String pair(Event e) {
    return (e.source() == null ? "-" : e.source().code()) + ">" + (e.target() == null ? "-" : e.target().code());
  }

  @Test
  void anEventWithinAnArticlesYearIsNoPlanWhenOnlyTheYearIsKnown() {
    List<Event> events = code(LocalDate.of(2023, 1, 1), DatePrecision.YEAR,
        "Turkish President Recep Tayyip Erdogan visited Qatar on 12 June 2023.");
    assertEquals(LocalDate.of(2023, 6, 12), events.get(0).date());
    assertEquals(EventStatus.ASSERTED, events.get(0).status(), events.toString());
    List<Event> later = code(LocalDate.of(2023, 6, 1), DatePrecision.DAY, "Turkish President Recep Tayyip Erdogan visited Qatar on 12 June 2023.");
    assertEquals(EventStatus.FUTURE, later.get(0).status(), "a day after a known publication day is still ahead of it");
  }

  @Test
  void aDatelineIsWhenTheStoryWasFiledNotWhenItsEventsHappened() {
    List<Event> events = code("DOHA, June 15, 2023 (Reuters) - Turkish President Recep Tayyip Erdogan visited Qatar on Monday.");
    assertEquals(LocalDate.of(2023, 6, 12), events.get(0).date(), events.toString());
    List<Event> dated = code("Turkish President Recep Tayyip Erdogan visited Qatar on June 14, 2023 - a day before the summit.");
    assertEquals(LocalDate.of(2023, 6, 14), dated.get(0).date(), "a date inside the sentence is no dateline");
  }

  @Test
  void aCompoundNounsModifierSaysWhatKindOfThingItIs() {
    List<Event> games = code("Indian and Thai navies launched two weeks of war games in the Andaman Sea.");
    assertTrue(games.stream().anyMatch(e -> e.cameo().equals("062")), "the games are war games: " + games);
    List<Event> truce = code("Ethiopian troops violated the ceasefire agreement with Eritrea on Sunday.");
    assertEquals("196", truce.get(0).cameo(), "a ceasefire agreement is a ceasefire: " + truce);
  }

  @Test
  void coordinatedObjectsShareTheirPrepositionalPhrase() {
    List<Event> events = code("Syrian forces launched artillery, mortar and rocket fire against Turkish army posts.");
    assertEquals("TUR", events.get(0).target().country(), events.toString());
  }

  @Test
  void aPhraseOnOneOfCoordinatedNounsBelongsToAll() {
    List<Event> events = code("Jordan allowed the delivery of food and medicine to Syria through its border crossing.");
    assertEquals("SYR", events.get(0).target().country(), events.toString());
  }

  @Test
  void aModifierHyphenedToAnotherWordIsPartOfThePhrase() {
    List<Event> events = code("Nigerian-led forces shelled rebel positions in northern Chad on Sunday.");
    assertEquals("NGA", events.get(0).source().country(), events.toString());
  }

  @Test
  void aNameTheParserSplitsAtItsPossessiveIsOneName() {
    List<Event> events = code("Japan demanded that the Democratic People's Republic of Korea return the abducted citizens.");
    assertEquals("PRK", events.get(0).target().country(), events.toString());
  }

  @Test
  void theOfPhraseOfAnAbstractObjectSaysWhoseItIs() {
    List<Event> events = code("France defended the right of Greek ships to patrol the waters near Libya.");
    assertEquals(Set.of("GRC"), events.stream().map(e -> e.target().country()).collect(Collectors.toSet()), events.toString());
  }

  @Test
  void leadersOfAGroupAreOfTheGroupsKind() {
    List<Event> events = code("Leaders of the opposition coalition agreed to postpone the rally in Harare.");
    assertEquals("ZWEOPP", events.get(0).source().code(), events.toString());
  }

  @Test
  void activeVoice() {
    List<Event> events = code("Turkish President Recep Tayyip Erdogan visited Qatar on Monday.");
    Event visit = events.get(0);
    assertEquals("042", visit.cameo());
    assertEquals("TURGOV>QAT", pair(visit));
    assertEquals(LocalDate.of(2023, 6, 12), visit.date());
    assertEquals(EventStatus.ASSERTED, visit.status());
  }

  @Test
  void passiveVoiceTakesTheAgent() {
    List<Event> events = code("Iranian diplomats were expelled by Germany on Tuesday.");
    assertTrue(events.stream().anyMatch(e -> e.source() != null && e.source().country().equals("DEU")
        && e.target() != null && e.target().country().equals("IRN")), events.toString());
  }

  @Test
  void oneEventPerCoordinatedTarget() {
    List<Event> events = code("The Chinese foreign minister met with officials from Brazil, India and South Africa.");
    Set<String> targets = events.stream().filter(e -> e.cameo().startsWith("04") && e.target() != null)
        .map(e -> e.target().country()).collect(Collectors.toSet());
    assertEquals(Set.of("BRA", "IND", "ZAF"), targets);
  }

  @Test
  void compoundSubjectsAreReciprocal() {
    List<Event> events = code("Armenia and Azerbaijan agreed to a ceasefire.");
    Set<String> pairs = events.stream().map(EventCoderTest::pair).collect(Collectors.toSet());
    assertTrue(pairs.containsAll(Set.of("ARM>AZE", "AZE>ARM")), pairs.toString());
  }

  @Test
  void negationIsKept() {
    List<Event> events = code("Israel did not attend the talks with Lebanon.", "Japan was not invited to the summit.");
    assertFalse(events.isEmpty());
    assertTrue(events.stream().allMatch(e -> e.status() == EventStatus.NEGATED), events.toString());
  }

  @Test
  void conditionsAndModalsAreHypothetical() {
    List<Event> events = code("If talks fail, Israel could strike Iran.");
    assertTrue(events.stream().anyMatch(e -> e.cameoRoot().equals("19") && e.status() == EventStatus.HYPOTHETICAL), events.toString());
  }

  @Test
  void whatIsPromisedIsAnIntent() {
    List<Event> events = code("Japan will send humanitarian aid to Turkey.");
    Event e = events.get(0);
    assertTrue(e.cameo().startsWith("033"), "an intent to provide aid: " + e.cameo());
    assertEquals("JPN>TUR", pair(e));
    assertEquals(EventStatus.ASSERTED, e.status(), "the promise was made");
  }

  @Test
  void distantPastIsHistory() {
    List<Event> events = code("Iraq invaded Kuwait in 1990.");
    Event e = events.get(0);
    assertEquals(EventStatus.HISTORICAL, e.status());
    assertEquals(LocalDate.of(1990, 1, 1), e.date());
    assertEquals(DatePrecision.YEAR, e.datePrecision());
  }

  @Test
  void aYearOpeningTheSentenceOrYearsCountedBackAreHistoryToo() {
    Event opening = code("In 1990, Iraq invaded Kuwait.").get(0);
    assertEquals(EventStatus.HISTORICAL, opening.status());
    assertEquals(LocalDate.of(1990, 1, 1), opening.date());
    Event ago = code("Thirty years ago, Iraq invaded Kuwait.").get(0);
    assertEquals(EventStatus.HISTORICAL, ago.status());
    assertEquals(DatePrecision.YEAR, ago.datePrecision());
  }

  @Test
  void reportedSpeechHasTheSpeakerAsSource() {
    List<Event> events = code("Pakistan believes that India is a threat to the region.");
    assertTrue(events.stream().anyMatch(e -> e.cameoRoot().equals("11") && pair(e).equals("PAK>IND")), events.toString());
  }

  @Test
  void officialsAreFollowedThroughTheDocument() {
    List<Event> events = code(
        "Russian Foreign Minister Sergey Lavrov arrived in Ankara on Monday.",
        "Lavrov met Turkish officials on Tuesday.",
        "He also criticised Ukraine.");
    List<Event> byLavrov = events.stream().filter(e -> e.source() != null && "Sergey Lavrov".equals(e.source().name())).toList();
    assertTrue(byLavrov.stream().anyMatch(e -> e.cameoRoot().equals("04") && e.target().country().equals("TUR")), events.toString());
    assertTrue(byLavrov.stream().anyMatch(e -> e.cameoRoot().equals("11") && e.target().country().equals("UKR")), events.toString());
  }

  @Test
  void aSentenceWithoutActorsCodesNothing() {
    assertTrue(code("The weather was mild and the markets were calm.").isEmpty());
  }

  @Test
  void evidencePointsIntoTheText() {
    String text = "France condemned the attack on its embassy in Niger.";
    Event e = code(text).get(0);
    assertEquals("France", text.substring(e.evidence().source().begin(), e.evidence().source().end()));
    assertEquals("condemned", text.substring(e.evidence().trigger().begin(), e.evidence().trigger().end()));
    assertNull(e.location(), "Niger names the embassy's place, not the condemnation's");
  }

  @Test
  void placeFromTheClause() {
    Event e = code("Iranian and Iraqi officials met in Baghdad on Monday.").get(0);
    assertEquals("Baghdad", e.location().name());
    assertEquals("IRQ", e.location().country());
  }

  @Test
  void decliningToCooperateIsARejection() {
    List<Event> events = code("Hungary will not accept the migrants from Greece.");
    assertTrue(events.stream().anyMatch(e -> e.cameoRoot().equals("12") && e.status() == EventStatus.ASSERTED
        && e.source().country().equals("HUN") && e.target().country().equals("GRC")), events.toString());
  }

  @Test
  void aThreatIsAimedAtWhoeverMustComply() {
    List<Event> events = code("Iran threatened to leave the talks if the United States imposed new sanctions.");
    assertTrue(events.stream().anyMatch(e -> e.cameoRoot().equals("13") && pair(e).startsWith("IRN")
        && e.target() != null && e.target().country().equals("USA")), events.toString());
  }

  @Test
  void aDomesticActWithNoOtherPartyIsAimedAtHome() {
    List<Event> events = code("Hundreds of Serbian farmers blocked the main roads on Monday.");
    Event e = events.stream().filter(x -> x.cameoRoot().equals("14")).findFirst().orElseThrow(() -> new AssertionError(events));
    assertEquals("SRB", e.target().country());
    assertNull(e.evidence().target(), "the text names no target: it is implied");
  }

  @Test
  void theOpposerOfAnAdjectivalPassiveIsItsSubject() {
    List<Event> events = code("Greece is opposed to Turkish membership of the European Union.");
    assertTrue(events.stream().anyMatch(e -> e.source() != null && e.source().country().equals("GRC")
        && e.target() != null && e.target().country().equals("TUR")), events.toString());
  }

  @Test
  void thePurposeOfAnActIsNotAnotherEvent() {
    List<Event> events = code("Japan sent peacekeepers to South Sudan to protect the refugee camps.");
    assertTrue(events.stream().anyMatch(e -> e.cameo().equals("074") && pair(e).equals("JPN>SSD")), events.toString());
    assertTrue(events.stream().noneMatch(e -> e.status() == EventStatus.HYPOTHETICAL), events.toString());
  }
  @Test
  void aGroupsPronounInWhatItSaysIsTheGroup() {
    List<Event> events = code("Colombian rebels said they would meet the Cuban mediators next month.");
    assertTrue(events.stream().anyMatch(e -> e.cameo().equals("036") && pair(e).equals("COLREB>CUB")), events.toString());
  }

  @Test
  void whatIsDemandedDidNotHappen() {
    List<Event> events = code("Beijing demanded that Washington cancel its plans to sell fighter jets to Taipei.");
    assertTrue(events.stream().anyMatch(e -> e.cameo().startsWith("10") && e.status() == EventStatus.ASSERTED), events.toString());
    assertFalse(events.stream().anyMatch(e -> e.cameo().startsWith("07") && e.status() != EventStatus.HYPOTHETICAL), events.toString());
  }

  @Test
  void anEthnicGroupIsCodedByTheCountryItLivesIn() {
    List<Event> events = code("Ethnic Hungarians in Slovakia protested against the new language law.");
    assertEquals("SVKHUN", events.get(0).source().code(), events.toString());
    assertEquals("SVK", events.get(0).source().country());
  }

  @Test
  void aNominalEventsPrepositionForTheOtherPartyIsNoAgent() {
    List<Event> events = code("The withdrawal of Turkish troops from northern Iraq began on Monday.");
    assertEquals("0874", events.get(0).cameo());
    assertEquals("TUR", events.get(0).source().country(), events.toString());
    assertEquals("IRQ", events.get(0).target().country(), events.toString());
  }

  @Test
  void troopsArrivingAreDeployedNotVisiting() {
    List<Event> events = code("The first contingent of Irish peacekeeping troops arrived in Lebanon on Tuesday.");
    assertTrue(events.stream().anyMatch(e -> e.cameo().equals("074") && pair(e).equals("IRLMIL>LBN")), events.toString());
    assertTrue(events.stream().anyMatch(e -> e.cameo().equals("0861") && pair(e).equals("LBN>IRLMIL")), events.toString());
    events = code("A small detachment of Fijian peacekeeping troops arrived in the Golan Heights on Monday.");
    assertTrue(events.stream().noneMatch(e -> e.cameo().startsWith("04")), events.toString());
    events = code("Russian troops arrived in Belarus for the joint exercises.");
    assertTrue(events.stream().noneMatch(e -> e.cameo().startsWith("04")), events.toString());
    events = code("The Egyptian foreign minister arrived in Amman on Sunday.");
    assertTrue(events.stream().anyMatch(e -> e.cameo().equals("042")), events.toString());
  }

  @Test
  void returningToAPlaceIsNoHandingBack() {
    assertTrue(code("Iranian negotiators returned to Vienna on Monday.").stream().noneMatch(e -> e.cameo().startsWith("084")));
    List<Event> events = code("Germany returned the looted bronzes to Nigeria.");
    assertTrue(events.stream().anyMatch(e -> e.cameo().equals("084") && pair(e).equals("DEU>NGA")), events.toString());
  }

  @Test
  void aStatementIsCodedByWhatItDemandsOfWhom() {
    List<Event> events = code("The Turkish foreign ministry issued a statement demanding that Greece withdraw its troops from the islands.");
    assertTrue(events.stream().anyMatch(e -> e.cameo().startsWith("10") && pair(e).equals("TURGOV>GRC")), events.toString());
    assertTrue(events.stream().noneMatch(e -> e.cameo().startsWith("01")), events.toString());
    events = code("Hamas issued a declaration demanding that Israel release Palestinian prisoners.");
    assertTrue(events.stream().anyMatch(e -> e.cameo().equals("1053") && e.target().country().equals("ISR")), events.toString());
  }

  @Test
  void aNamedButUncodedOtherPartyIsAtHome() {
    List<Event> events = code("Syrian troops killed four Kurdish villagers near the border.");
    assertTrue(events.stream().anyMatch(e -> e.cameo().equals("190") && e.target() != null && e.target().country().equals("SYR")),
        events.toString());
    events = code("The Iranian interior minister warned that police would break up any rallies.");
    assertTrue(events.stream().anyMatch(e -> e.cameo().equals("130") && e.target() != null && e.target().country().equals("IRN")),
        events.toString());
  }

  @Test
  void aBorderNamedAsWhereSomethingIsIsNoActor() {
    List<Event> events = code("Colombian troops captured a FARC stronghold near the Venezuelan border.");
    assertFalse(events.isEmpty());
    assertTrue(events.stream().noneMatch(e -> "VEN".equals(e.target() == null ? null : e.target().country())), events.toString());
    events = code("Pakistan closed the Afghan border after the attack.");
    assertTrue(events.stream().anyMatch(e -> e.cameo().equals("191") && pair(e).equals("PAK>AFG")), events.toString());
  }

  @Test
  void theDoersOfAnActAreWhoIsBlamedNotItsVictims() {
    List<Event> events = code("Jordan condemned attacks by Israeli settlers against Palestinian villagers.");
    assertTrue(events.stream().anyMatch(e -> e.cameo().equals("111") && e.target().country().equals("ISR")), events.toString());
    assertTrue(events.stream().noneMatch(e -> e.cameo().equals("111") && e.target().country().equals("PSE")), events.toString());
  }

  @Test
  void theyInWhatAnUnplacedGroupSaysIsThatGroupOfTheScenesCountry() {
    List<Event> events = code("A group of Yoruba leaders announced yesterday that they are willing to forgive Nigerian President Olusegun Obasanjo.");
    assertTrue(events.stream().anyMatch(e -> e.source() != null && "NGA".equals(e.source().country())), events.toString());
  }

  @Test
  void whoReportsTheNewsIsNotInItsScene() {
    List<Event> events = code("The military government declared a state of siege in Haiti on Saturday, a spokeswoman for the U.S. embassy said.");
    assertTrue(events.stream().anyMatch(e -> e.cameo().equals("1724") && e.source() != null && e.source().country().equals("HTI")),
        events.toString());
  }

  @Test
  void anActiveVerbCoordinatedWithAPassiveOneSharesItsSubject() {
    List<Event> events = code("The Peruvian interior minister was questioned by prosecutors and will resign next week.");
    assertTrue(events.stream().anyMatch(e -> e.evidence().patternId().equals("resign") && e.source().code().equals("PERGOV")),
        events.toString());
  }

  @Test
  void itInWhatAnUnplacedPartySaysIsThatParty() {
    List<Event> events = code("The opposition party in Algeria has said it will boycott the elections unless the president steps down.");
    assertTrue(events.stream().anyMatch(e -> e.cameo().startsWith("13") && "DZA".equals(e.source().country())), events.toString());
  }

  @Test
  void whatHappenedBeforeTheNewsIsItsBackground() {
    List<Event> events = code("Italy suspended air links with Serbia one day after a Serbian army jet shot down a helicopter.");
    assertTrue(events.stream().anyMatch(e -> e.cameo().equals("160") && pair(e).equals("ITA>SRB")), events.toString());
    assertTrue(events.stream().noneMatch(e -> e.cameo().startsWith("19")), events.toString());
    events = code("Hamas fired rockets at Israel after the talks collapsed.");
    assertTrue(events.stream().anyMatch(e -> e.cameo().startsWith("19")), events.toString());
  }

  @Test
  void aCountrysAllyIsNotThatCountry() {
    List<Event> events = code("Hezbollah guerrillas killed a commander of Israel's militia ally in southern Lebanon on Sunday.");
    assertTrue(events.stream().anyMatch(e -> e.cameo().equals("190")), events.toString());
    assertTrue(events.stream().noneMatch(e -> e.target() != null && "ISR".equals(e.target().country())), events.toString());
  }

  @Test
  void aUnilateralActIsAimedAtNoOneItDoesNotName() {
    List<Event> events = code("The Kurdish rebels declared a unilateral ceasefire in southeastern Turkey on Wednesday.");
    assertTrue(events.stream().anyMatch(e -> e.cameo().equals("0871") && e.target() == null), events.toString());
  }
}
