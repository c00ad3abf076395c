package org.dyad.coder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dyad.model.Event;
import org.dyad.model.EventStatus;
import org.junit.jupiter.api.Test;

/**
 * The coder on the phrasing of wire news: places, topics, denials and plans, self-references
 * and domestic roles, on sentences written for these tests.
 */
class NewsPhrasingTest {
  private static final LocalDate DATE = LocalDate.of(2024, 6, 15);

  private static List<Event> code(String text) {
    return SentenceCoding.code(text, DATE);
  }

  private static Event first(List<Event> events, String cameoRoot) {
    return events.stream().filter(e -> e.cameoRoot().equals(cameoRoot)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + cameoRoot + " event in " + events));
  }

  private static boolean targets(List<Event> events, String country) {
    return events.stream().anyMatch(e -> e.target() != null && country.equals(e.target().country()));
  }

  @Test
  void aPlaceNamedWithInIsWhereTheEventHappenedNotItsTarget() {
    Event march = first(code("Hundreds of teachers marched in Nairobi against the pay freeze."), "14");
    assertEquals("KEN", march.target().code(), "the country of the place, not the government of its capital");
    assertNull(march.evidence().target(), "the place is no target the text names");
    Event attack = first(code("Militants attacked a checkpoint in Kabul."), "19");
    assertEquals("AFG", attack.target().code(), attack.toString());
    Event bus = first(code("Unknown gunmen attacked a bus in Quetta, killing five passengers."), "19");
    assertNull(bus.evidence().target(), "a bus in a city: the city is where, not whom");
    assertEquals("PAK", bus.target().country());
    Event hotel = first(code("Gunmen stormed a hotel in Mogadishu."), "19");
    assertEquals("SOM", hotel.target().code(), hotel.toString());
  }

  @Test
  void aPlaceThatAnActNamesStillGivesItsCountry() {
    Event market = first(code("Syrian rebels shelled a market in Aleppo."), "19");
    assertEquals("SYR", market.target().code(), market.toString());
  }

  @Test
  void aVerbWithAnObjectIsNotReadIntransitively() {
    Event strike = first(code("Ukrainian drones struck an oil depot in the Russian city of Bryansk."), "19");
    assertEquals("RUS", strike.target().country(), strike.toString());
  }

  @Test
  void peopleInAPlaceAreOfThatCountryNotItsGovernment() {
    Event arrest = first(code("Police in Caracas detained hundreds of students."), "17");
    assertEquals("VENCOP", arrest.source().code(), arrest.toString());
    Event clash = first(code("Protesters in Lima clashed with police."), "14");
    assertEquals("PER", clash.source().country());
    assertTrue(!clash.source().code().endsWith("GOV"), "protesters are not the government: " + clash);
    Event protest = first(code("Students in Karachi protested against the fee increase."), "14");
    assertEquals("PAKEDU", protest.source().code(), protest.toString());
    Event attack = first(code("Militants in Somalia attacked a hotel."), "19");
    assertEquals("SOM", attack.target().code(), "people in a place act there: " + attack);
  }

  @Test
  void whatIsTalkedAboutIsNoParty() {
    List<Event> sudan = code("The two presidents discussed the conflict in Sudan.");
    assertTrue(!targets(sudan, "SDN") && sudan.stream().noneMatch(e -> e.source() != null && "SDN".equals(e.source().country())),
        "Sudan is the topic: " + sudan);
    List<Event> haiti = code("European leaders debated the crisis in Haiti.");
    assertTrue(!targets(haiti, "HTI"), haiti.toString());
    List<Event> gaza = code("The envoys talked about the fighting in Gaza.");
    assertTrue(!targets(gaza, "PSE"), gaza.toString());
    List<Event> hosted = code("Qatar hosted negotiations over the fighting in Sudan.");
    assertTrue(!targets(hosted, "SDN"), "what the negotiations are about: " + hosted);
    List<Event> partner = code("Egypt discussed the Gaza situation with Qatar on Sunday.");
    assertTrue(partner.stream().anyMatch(e -> e.source().country().equals("EGY") && e.target().country().equals("QAT")),
        "the partner is in the with-phrase: " + partner);
  }

  @Test
  void deniedAndPossibleActsAreCodedAndMarked() {
    Event summit = first(code("Mexico did not attend the summit in Lima."), "04");
    assertEquals(EventStatus.NEGATED, summit.status());
    assertEquals("MEX", summit.source().country());
    assertEquals("PER", summit.target().country());
    Event troops = first(code("India might send troops to Sri Lanka if the crisis worsens."), "15");
    assertEquals(EventStatus.HYPOTHETICAL, troops.status());
    assertEquals("LKA", troops.target().country());
    Event police = first(code("Nigeria could send police officers to Liberia."), "07");
    assertEquals(EventStatus.HYPOTHETICAL, police.status());
    assertEquals("LBR", police.target().country());
  }

  @Test
  void whatAThirdPartySaysSomeoneWillDoIsAPlan() {
    Event extend = first(code("Officials in Ankara said Sweden would extend its sanctions against Iran."), "16");
    assertEquals(EventStatus.FUTURE, extend.status(), "officials in Ankara do not speak for Sweden");
    Event veto = first(code("Analysts said Turkey would veto the plan."), "12");
    assertEquals(EventStatus.FUTURE, veto.status());
    List<Event> own = code("The EU said it would extend sanctions against Russia.");
    assertTrue(own.stream().anyMatch(e -> e.cameoRoot().equals("13") && e.status() == EventStatus.ASSERTED),
        "what the EU says it will do is its own threat: " + own);
  }

  @Test
  void anEventNeedsADoer() {
    List<Event> events = code("The Pakistani army vowed to continue the war until the militants are destroyed.");
    assertTrue(events.stream().allMatch(e -> e.source() != null), events.toString());
    assertTrue(events.stream().noneMatch(e -> e.target() != null && e.target().country().equals("PAK") && e.evidence().target() == null),
        "a war of its own side is no war on itself: " + events);
    List<Event> denied = code("Japan was not invited to the summit.");
    assertTrue(denied.stream().anyMatch(e -> e.source() == null && e.status() == EventStatus.NEGATED), "a denial stands without a doer");
  }

  @Test
  void itsOwnGroundIsNoTarget() {
    List<Event> navy = code("The Iranian navy fired a missile into the Gulf off its southern coast.");
    assertTrue(!targets(navy, "IRN"), navy.toString());
    List<Event> korea = code("North Korea fired two missiles into the sea off its west coast.");
    assertTrue(!korea.isEmpty() && !targets(korea, "PRK"), korea.toString());
  }

  @Test
  void aRoleWithNoCountryOfItsOwnIsTheScenesCountrys() {
    Event farmers = first(code("Indian police arrested hundreds of farmers."), "17");
    assertEquals("INDCOP", farmers.source().code());
    assertEquals("IND", farmers.target().country());
    assertEquals("farmers", farmers.sentence().substring(farmers.evidence().target().begin(), farmers.evidence().target().end()));
    Event journalists = first(code("Turkish police detained dozens of journalists."), "17");
    assertEquals("TUR", journalists.target().country());
    Event supporters = first(code("Kenyan police arrested opposition supporters."), "17");
    assertEquals("KENOPP", supporters.target().code(), supporters.toString());
  }

  @Test
  void talksBetweenTwoPartiesAreHeldByBoth() {
    List<Event> talks = code("Talks between Armenia and Azerbaijan resumed in Brussels on Monday.");
    assertTrue(talks.stream().anyMatch(e -> e.cameo().equals("040") && e.source().code().equals("ARM") && e.target().code().equals("AZE")), talks.toString());
    assertTrue(talks.stream().anyMatch(e -> e.cameo().equals("040") && e.source().code().equals("AZE") && e.target().code().equals("ARM")), talks.toString());
  }

  @Test
  void aSanctionAnnouncedIsTakenAndAConditionalOneIsAThreat() {
    Event cut = first(code("The European Union announced it would suspend aid to Niger after the coup."), "16");
    assertEquals(EventStatus.ASSERTED, cut.status());
    assertEquals("NER", cut.target().code());
    List<Event> warned = code("Washington will cut aid to Kabul if the Taliban bar girls from school.");
    assertTrue(warned.stream().noneMatch(e -> e.cameoRoot().equals("16")), warned.toString());
    first(warned, "13");
  }

  @Test
  void hyphenatedVerbsAreCoded() {
    Event reopen = first(code("Ethiopia has agreed to re-open its borders to UN peacekeepers."), "03");
    assertEquals("ETH", reopen.source().code());
    first(code("Norway will co-operate with Sweden on border controls."), "03");
  }

  @Test
  void workersQualifiedByAParticipleStillStrike() {
    Event strike = first(code("Thousands of nurses affiliated with the Kenyan union stopped work on Monday."), "14");
    assertEquals("KEN", strike.source().country());
  }

  @Test
  void aResponseByGerundIsCoded() {
    Event expel = first(code("Russia responded to the expulsion by expelling ten German diplomats."), "16");
    assertEquals("RUS", expel.source().code());
    assertEquals("DEU", expel.target().country());
    Event stones = first(code("Palestinian youths resorted to throwing stones at Israeli soldiers."), "14");
    assertEquals(EventStatus.ASSERTED, stones.status(), "a gerund after 'to' is no purpose");
  }

  @Test
  void aWarningOfCountermeasuresIsAThreat() {
    Event threat = first(code("China warned it would take countermeasures if the Philippines sent more ships to the shoal."), "13");
    assertEquals("CHN", threat.source().code());
    assertEquals("PHL", threat.target().code());
  }

  @Test
  void anActSaidToBeOutOfTheQuestionIsRefusedByTheSpeaker() {
    Event refusal = first(code("Lifting the sanctions on Iran is out of the question, the French foreign minister said."), "12");
    assertEquals("1244", refusal.cameo());
    assertEquals("FRA", refusal.source().country(), refusal.toString());
    assertEquals("IRN", refusal.target().country(), refusal.toString());
    assertTrue(code("Japan said lifting the sanctions on Iran was a question for the Security Council.").stream()
        .noneMatch(e -> e.cameoRoot().equals("12")));
  }

  @Test
  void demonstratorsNamedByAProtestParticipleProtest() {
    List<Event> events = code("Kenyan police used water cannon to disperse students protesting fee increases in Nairobi.");
    Event protest = first(events, "14");
    assertEquals("KEN", protest.source().country(), protest.toString());
    assertTrue(code("Kenyan police dispersed students gathering outside parliament in Nairobi.").stream()
        .noneMatch(e -> e.cameoRoot().equals("14")));
  }

  @Test
  void travellersHoldTheTalksTheyCameFor() {
    List<Event> events = code("Greek and Turkish negotiators returned to Geneva for talks on Cyprus.");
    assertTrue(events.stream().anyMatch(e -> e.cameo().equals("040") && "GRC".equals(e.source().country())
        && e.target() != null && "TUR".equals(e.target().country())), events.toString());
    events = code("The Qatari emir travelled to Tehran for talks with the Iranian president.");
    assertTrue(events.stream().anyMatch(e -> e.cameo().equals("040") && "QAT".equals(e.source().country())
        && e.target() != null && "IRN".equals(e.target().country())), events.toString());
    assertTrue(code("Greek and Turkish tourists returned to Geneva for the ski season.").stream().noneMatch(e -> e.cameo().startsWith("04")));
  }

  @Test
  void aComplaintAboutAClauseAccusesItsSubject() {
    Event complaint = first(code("Serbian police are failing to protect ethnic Albanian villagers, the Albanian government protested on Monday."), "11");
    assertEquals("ALB", complaint.source().country(), complaint.toString());
    assertEquals("SRB", complaint.target().country(), complaint.toString());
  }

  @Test
  void crowdsCountedInHundredsOfThousandsAreOfThePlaceTheyActIn() {
    Event blockade = first(code("Hundreds of thousands of people blocked streets in Taipei in defiance of Chinese warnings."), "14");
    assertEquals("TWN", blockade.source().country(), blockade.toString());
    Event roads = first(code("Tens of thousands of people marched in Tbilisi in defiance of Russian authorities."), "14");
    assertEquals("GEO", roads.source().country(), roads.toString());
  }
}
