package org.dyad.coder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.dyad.model.Actor;
import org.dyad.model.Event;
import org.dyad.model.EventStatus;
import org.junit.jupiter.api.Test;

/**
 * Who does what to whom on wire-news phrasing: things that are no party, reduced relatives,
 * "between" phrases and coordinated doers, on sentences written for these tests.
 */
class SourceTargetTest {
  private static final LocalDate DATE = LocalDate.of(2025, 3, 10);

  private static List<Event> code(String text) {
    return SentenceCoding.code(text, DATE);
  }

  private static Event first(List<Event> events, String cameoRoot) {
    return events.stream().filter(e -> e.cameoRoot().equals(cameoRoot)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + cameoRoot + " event in " + events));
  }

  /** The events' SRC>TGT country pairs, "-" for none. */
  private static Set<String> pairs(List<Event> events, String cameoRoot) {
    return events.stream().filter(e -> e.cameoRoot().equals(cameoRoot))
        .map(e -> country(e.source()) + ">" + country(e.target())).collect(Collectors.toSet());
  }

  private static String country(Actor a) {
    return a == null ? "-" : a.country();
  }

  private static String text(Event e, boolean source) {
    var span = source ? e.evidence().source() : e.evidence().target();
    int at = e.evidence().sentence().begin();
    return span == null ? null : e.sentence().substring(span.begin() - at, span.end() - at);
  }

  @Test
  void aProposalWhoseMakerIsUnnamedIsNotAimedAtTheSourcesOwnCountry() {
    Event kremlin = first(code("The Kremlin rejected the proposal."), "12");
    assertEquals("RUS", kremlin.source().country());
    assertNull(kremlin.target(), "no one is named as the proposal's maker: " + kremlin);
    Event plan = first(code("The Venezuelan government rejected the plan."), "12");
    assertNull(plan.target(), plan.toString());
    Event offer = first(code("Tehran accepted the offer."), "08");
    assertNull(offer.target(), offer.toString());
    Event talks = first(code("Tehran rejected the offer of talks."), "12");
    assertNull(talks.target(), talks.toString());
  }

  @Test
  void aProposalWhoseMakerIsNamedIsAimedAtIt() {
    assertEquals(Set.of("SAU>YEM"), pairs(code("Saudi Arabia accepted the Yemeni proposal."), "08"));
    // accepting a ceasefire proposal is agreeing to the ceasefire (03) or yielding to the proposal (08)
    List<Event> hamas = code("Hamas accepted the ceasefire proposal put forward by Egypt and Qatar.");
    Set<String> accepted = new HashSet<>(pairs(hamas, "08"));
    accepted.addAll(pairs(hamas, "03"));
    assertEquals(Set.of("PSE>EGY", "PSE>QAT"), accepted, hamas.toString());
    assertEquals(Set.of("RUS>FRA"), pairs(code("The proposal, drafted by France, was rejected by Russia."), "12"));
  }

  @Test
  void aReportedClauseParsedAsTheReportersObjectKeepsItsSubject() {
    Event visit = first(code("A foreign ministry spokesman said Beijing firmly opposed the visit by the US House speaker to Taiwan."), "11");
    assertEquals("CHN", visit.source().country(), visit.toString());
    assertEquals("USA", visit.target().country(), visit.toString());
  }

  @Test
  void anAttackOnACraftIsNotAimedAtTheAttackersCountry() {
    Event ship = first(code("Houthi rebels attacked a commercial ship in the Red Sea."), "19");
    assertEquals("YEMREB", ship.source().code(), ship.toString());
    assertNull(ship.target(), "a ship at sea belongs to no country the text names: " + ship);
    Event tanker = first(code("Iran seized an oil tanker in the Strait of Hormuz, state television reported."), "17");
    assertNull(tanker.target(), tanker.toString());
    Event greek = first(code("Yemen's Houthi rebels attacked a Greek tanker."), "19");
    assertEquals("GRC", greek.target().country(), greek.toString());
  }

  @Test
  void aReducedRelativeIsAPassiveWithItsAgentAsSource() {
    Event kidnap = first(code("Police rescued tourists kidnapped by gunmen in the Philippines."), "18");
    assertEquals("gunmen", text(kidnap, true), kidnap.toString());
    assertEquals("tourists", text(kidnap, false), kidnap.toString());
    Event children = first(code("Nigerian troops rescued schoolchildren kidnapped by bandits."), "18");
    assertEquals("bandits", text(children, true), children.toString());
    assertEquals("NGA", children.target().country(), children.toString());
    Event deported = first(code("Afghan refugees deported by Pakistan arrived in Kabul."), "17");
    assertEquals("PAK", deported.source().country(), deported.toString());
    assertEquals("AFG", deported.target().country(), deported.toString());
    Event headline = first(code("Five soldiers killed by militants in northern Burkina Faso."), "19");
    assertEquals("militants", text(headline, true), headline.toString());
  }

  @Test
  void itsInWhatAnotherIsSaidToHaveDoneIsTheSpeakers() {
    Event posts = first(code("Pakistan said Afghan Taliban fighters attacked its border posts."), "19");
    assertEquals("PAK", posts.target().country(), posts.toString());
    Event cities = first(code("Israel said Hamas fired rockets at its cities."), "19");
    assertEquals("ISR", cities.target().country(), cities.toString());
  }

  @Test
  void thoseKilledInAnAttackWereKilledByTheAttacker() {
    Event killed = first(code("Three Indian soldiers were killed in an attack by Pakistani militants, the army said."), "19");
    assertEquals("PAK", killed.source().country(), killed.toString());
    assertEquals("IND", killed.target().country(), killed.toString());
    Event strike = first(code("Two journalists were killed in an Israeli air strike in Gaza."), "19");
    assertEquals("ISR", strike.source().country(), strike.toString());
  }

  @Test
  void aReducedRelativeIsBackgroundToTheMainClausesEvent() {
    List<Event> freed = code("Nigerian police freed villagers abducted by gunmen.");
    assertEquals(Set.of("NGA>NGA"), pairs(freed, "08"), freed.toString());
    assertTrue(pairs(freed, "18").isEmpty(), "the abduction is what came before: " + freed);
  }

  @Test
  void aParticipleHungUnderTheVerbLeavesItsNounAsTheObject() {
    Event hostages = first(code("Hamas released three Israeli hostages held in Gaza."), "08");
    assertEquals("ISR", hostages.target().country(), "the hostages, not the place they were held: " + hostages);
  }

  @Test
  void betweenNamesTheParties() {
    assertEquals(Set.of("RUS>UKR", "UKR>RUS"), pairs(code("Talks between Russia and Ukraine resumed in Istanbul."), "04"));
    assertEquals(Set.of("SRB>XKX", "XKX>SRB"), pairs(code("Talks resumed between Serbia and Kosovo in Brussels."), "04"));
    assertEquals(Set.of("QAT>ISR", "QAT>PSE", "EGY>ISR", "EGY>PSE"),
        pairs(code("Qatar and Egypt mediated talks between Israel and Hamas."), "04"));
    assertEquals(Set.of("TUR>ETH", "TUR>SOM"), pairs(code("Turkey brokered a ceasefire between Ethiopia and Somalia."), "04"));
    assertEquals(Set.of("OMN>IRN", "OMN>USA"),
        pairs(code("The talks between Iran and the United States were mediated by Oman."), "04"));
  }

  @Test
  void betweenUnderAMereObjectIsTheSceneNotTheNews() {
    List<Event> events = code("The monitors were sent to oversee a truce between Ethiopia and Eritrea.");
    assertFalse(pairs(events, "08").contains("ETH>ERI"), events.toString());
  }

  @Test
  void coordinatedDoersOfAnActOnAThingDoNotActOnEachOther() {
    List<Event> rejected = code("Russia and China rejected the proposal at the Security Council.");
    assertFalse(pairs(rejected, "12").contains("RUS>CHN"), rejected.toString());
    assertEquals(Set.of("IND>PAK", "PAK>IND"), pairs(code("India and Pakistan held talks in Islamabad on Monday."), "04"),
        "talks held together are both ways");
    List<Event> truce = code("Egyptian and Qatari mediators proposed a new truce to Hamas and Israel.");
    assertEquals(Set.of("EGY>PSE", "EGY>ISR", "QAT>PSE", "QAT>ISR"), pairs(truce, "03"), truce.toString());
  }

  @Test
  void aJudgedDeedIsAimedAtItsDoerNotAtWhomItWasDoneTo() {
    assertEquals(Set.of("FRA>RUS"), pairs(code("France condemned Russia's invasion of Ukraine."), "11"));
    assertEquals(Set.of("DEU>ISR"), pairs(code("Germany criticised the Israeli blockade of Gaza."), "11"));
    assertEquals(Set.of("NOR>CHN"), pairs(code("Norway welcomed China's offer of talks with Taiwan."), "05"));
  }

  @Test
  void whatIsDeniedOrOnlyAllegedIsNotAsserted() {
    List<Event> denied = code("Moscow denied that its troops had shelled the hospital in Kharkiv.");
    assertTrue(denied.stream().filter(e -> e.cameoRoot().equals("19")).allMatch(e -> e.status() == EventStatus.NEGATED), denied.toString());
    List<Event> dismissed = code("Beijing dismissed reports that it had sent weapons to Russia.");
    Event weapons = first(dismissed, "07");
    assertEquals(EventStatus.NEGATED, weapons.status());
    List<Event> alleged = code("Reports that Iran had supplied drones to the Houthis alarmed Riyadh.");
    assertTrue(alleged.stream().filter(e -> e.cameoRoot().equals("07")).allMatch(e -> e.status() == EventStatus.HYPOTHETICAL), alleged.toString());
    List<Event> rejected = code("Burundi rejected the accusation that it supports the rebels in Congo.");
    assertTrue(rejected.stream().filter(e -> !e.cameo().startsWith("01")).allMatch(e -> e.status() == EventStatus.NEGATED),
        "a denied deed is no refusal of it: " + rejected);
    Event said = first(code("Kyiv said that Russian troops had shelled the hospital."), "19");
    assertEquals(EventStatus.ASSERTED, said.status(), "a plain report stays asserted");
  }

  @Test
  void tradedWordsAreAccusationsAndTradedFireIsFighting() {
    assertEquals(Set.of("IND>PAK", "PAK>IND"), pairs(code("India and Pakistan traded accusations at the United Nations."), "11"));
    assertTrue(pairs(code("India and Pakistan traded accusations at the United Nations."), "06").isEmpty());
    assertEquals(Set.of("ARM>AZE", "AZE>ARM"), pairs(code("Armenian and Azerbaijani troops traded fire along the border."), "19"));
  }

  @Test
  void aPhrasalVerbIsNotItsBareVerb() {
    List<Event> ruled = code("Germany ruled out sending fighter jets to Ukraine.");
    assertTrue(ruled.stream().noneMatch(e -> e.cameo().equals("116")), ruled.toString());
    assertEquals(Set.of("NLD>RUS"), pairs(code("A Dutch court ruled against Russia over the gold."), "11"));
  }

  @Test
  void aRareNameTheTaggerTookForACommonNounIsStillAPlace() {
    assertEquals(Set.of("RUS>UKR"), pairs(code("Russian missiles hit Kremenchuk on Monday."), "19"));
  }

  @Test
  void closingBorderCrossingsRestrictsMovement() {
    assertEquals(Set.of("BLR>LTU"), pairs(code("Belarus shut down its border crossings with Lithuania."), "19"));
  }

  @Test
  void aDeedThatDrawsCriticismIsCriticisedByWhoeverGivesIt() {
    assertEquals(Set.of("TUR>ISR", "JOR>ISR"), pairs(code("Israel's bombardment of Gaza has drawn criticism from Turkey and Jordan."), "11"));
    assertEquals(Set.of("TUR>SWE"), pairs(code("Sweden won support from Turkey for its bid to join the alliance."), "05"));
  }

  @Test
  void anyWeaponOfTheWordClassIsMilitaryAid() {
    assertEquals(Set.of("POL>UKR"), pairs(code("Poland sent fighter jets to Ukraine in April."), "07"));
    assertEquals(Set.of("IRN>YEM"), pairs(code("Iran supplied rockets to the Houthis."), "07"));
  }

  @Test
  void judgingAnUnownedDeedIsNewsWithoutAnotherParty() {
    Event move = first(code("Beijing condemned the move as an overreaction."), "11");
    assertEquals("CHN", move.source().country());
    assertNull(move.target(), move.toString());
    assertEquals(Set.of("FRA>DEU"), pairs(code("Paris criticised Germany's decision."), "11"));
  }

  @Test
  void aPassiveSubjectIsTheDoerOfItsComplement() {
    Event visit = first(code("Lavrov is expected to visit Pakistan next week."), "04");
    assertEquals("RUS", visit.source().country());
    assertEquals("PAK", visit.target().country());
    assertEquals(EventStatus.FUTURE, visit.status());
    Event drones = first(code("Iran is believed to have supplied drones to Russia."), "07");
    assertEquals("IRN", drones.source().country());
    assertEquals(EventStatus.HYPOTHETICAL, drones.status(), "hearsay that no one vouches for");
  }

  @Test
  void anActThatHasNotHappenedForAWhileIsNoRefusal() {
    List<Event> talks = code("Russia and Ukraine have not held direct talks since 2022.");
    assertTrue(talks.stream().noneMatch(e -> e.cameoRoot().equals("12")), talks.toString());
    assertTrue(talks.stream().allMatch(e -> e.status() == EventStatus.NEGATED), talks.toString());
    List<Event> accepted = code("Iran has not accepted the proposal.");
    assertTrue(accepted.stream().anyMatch(e -> e.cameoRoot().equals("12")), "a standing non-acceptance is a rejection: " + accepted);
  }

  @Test
  void anArrestWithNoDoerNamedIsTheStatesWhereItHappened() {
    assertEquals(Set.of("IRN>FRA"), pairs(code("Two French tourists were detained in Iran last year."), "17"));
    assertTrue(code("Two soldiers were killed in Kashmir.").stream().allMatch(e -> e.source() == null || !e.cameoRoot().equals("19")),
        "a killing is no act of the state where it happened");
  }

  @Test
  void recapturedGroundIsTakenFromItsHolder() {
    assertEquals(Set.of("UKR>RUS"), pairs(code("Ukrainian forces recaptured the village from Russian troops."), "19"));
  }
}
