package org.dyad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The canonical example, end to end through {@code dyad code}: a scraped page about Russian-Pakistani
 * relations in April 2021, with a misleading 2024 masthead, related links and an author footer.
 */
class SeedArticleTest {
  private static final String SEED = "../examples/corpus/global-village-space-pak-russia.txt";
  private static List<JsonNode> events;

  @BeforeAll
  static void code() throws Exception {
    CliRunner r = CliRunner.run("code", SEED);
    assertEquals(0, r.exit, r.err);
    events = r.jsonLines();
  }

  private static String country(JsonNode e, String side) {
    return e.path(side).path("country").asText("");
  }

  private static String code(JsonNode e, String side) {
    return e.path(side).path("code").asText("");
  }

  private static LocalDate date(JsonNode e) {
    return e.path("date").isNull() ? null : LocalDate.parse(e.path("date").asText());
  }

  private static boolean asserted(JsonNode e) {
    return e.path("status").asText().equals("asserted");
  }

  private static List<JsonNode> where(Predicate<JsonNode> p) {
    return events.stream().filter(p).toList();
  }

  private static boolean within(JsonNode e, LocalDate from, LocalDate to) {
    LocalDate d = date(e);
    return d != null && !d.isBefore(from) && !d.isAfter(to);
  }

  @Test
  void russiaVisitedPakistanOnSixthAndSeventhApril() {
    List<JsonNode> visits = where(e -> e.path("cameo").asText().equals("042") && country(e, "source").equals("RUS")
        && country(e, "target").equals("PAK") && asserted(e));
    assertFalse(visits.isEmpty(), "Russia visited Pakistan");
    for (JsonNode v : visits) {
      assertTrue(within(v, LocalDate.of(2021, 4, 6), LocalDate.of(2021, 4, 7)), v.toString());
    }
  }

  @Test
  void lavrovMetTheForeignMinisterThePrimeMinisterAndTheArmyChief() {
    List<JsonNode> meetings = where(e -> e.path("cameoRoot").asText().equals("04") && country(e, "source").equals("RUS")
        && country(e, "target").equals("PAK") && asserted(e) && within(e, LocalDate.of(2021, 4, 6), LocalDate.of(2021, 4, 7)));
    Set<String> gov = meetings.stream().filter(e -> code(e, "target").equals("PAKGOV"))
        .map(e -> e.path("target").path("name").asText("")).collect(Collectors.toSet());
    assertTrue(gov.size() >= 2, "the foreign minister and the prime minister, PAKGOV: " + gov);
    assertTrue(meetings.stream().anyMatch(e -> code(e, "target").equals("PAKMIL")), "the army chief, PAKMIL");
    assertTrue(meetings.stream().allMatch(e -> code(e, "source").equals("RUSGOV")), "Lavrov is RUSGOV");
  }

  @Test
  void russiaExpressedConcernAboutAfghanistan() {
    assertFalse(where(e -> e.path("cameoRoot").asText().equals("01") && country(e, "source").equals("RUS")
        && country(e, "target").equals("AFG") && asserted(e)).isEmpty());
  }

  @Test
  void moscowHostedTheTroikaInMarch2021() {
    List<JsonNode> hosted = where(e -> e.path("cameo").asText().equals("043") && country(e, "source").equals("RUS"));
    assertFalse(hosted.isEmpty());
    for (JsonNode h : hosted) {
      assertTrue(within(h, LocalDate.of(2021, 3, 1), LocalDate.of(2021, 3, 31)), h.toString());
    }
  }

  @Test
  void theAfghanGovernmentAndTheTalibanAgreedInMarch2021() {
    List<JsonNode> agreed = where(e -> e.path("cameoRoot").asText().equals("03") && asserted(e)
        && new HashSet<>(List.of(code(e, "source"), code(e, "target"))).equals(Set.of("AFGGOV", "AFGINS")));
    assertFalse(agreed.isEmpty());
    for (JsonNode a : agreed) {
      assertTrue(within(a, LocalDate.of(2021, 3, 1), LocalDate.of(2021, 3, 31)), a.toString());
    }
  }

  @Test
  void pakistanPraisedRussiasDecision() {
    assertFalse(where(e -> e.path("cameo").asText().equals("051") && country(e, "source").equals("PAK")
        && country(e, "target").equals("RUS") && asserted(e)).isEmpty());
  }

  @Test
  void pakistanCriticisedIndiaAsASpoiler() {
    assertFalse(where(e -> e.path("cameoRoot").asText().equals("11") && country(e, "source").equals("PAK")
        && country(e, "target").equals("IND") && asserted(e)).isEmpty());
  }

  @Test
  void theUsTalibanAgreementPredatesTheArticle() {
    List<JsonNode> deals = where(e -> e.path("cameo").asText().equals("057") && country(e, "source").equals("USA")
        && code(e, "target").equals("AFGINS"));
    assertFalse(deals.isEmpty());
    for (JsonNode d : deals) {
      LocalDate when = date(d);
      assertTrue(when == null || when.isBefore(LocalDate.of(2021, 4, 1)), d.toString());
    }
  }

  @Test
  void sovietHistoryIsNeverNews() {
    for (JsonNode e : events) {
      boolean soviet = e.path("sentence").asText().matches("(?s).*(Soviet|USSR|mujahedeen|cold war).*");
      if (soviet) {
        assertFalse(asserted(e), "background history is not asserted news: " + e);
        LocalDate d = date(e);
        assertTrue(d == null || d.getYear() < 2000, "background history is not dated as news: " + e);
      }
      assertFalse(country(e, "source").equals("USR") && asserted(e), e.toString());
    }
  }

  @Test
  void indiaWasNotInvited() {
    assertTrue(where(e -> e.path("cameoRoot").asText().equals("03") && country(e, "target").equals("IND") && asserted(e)).isEmpty());
    assertFalse(where(e -> country(e, "target").equals("IND") && e.path("status").asText().equals("negated")).isEmpty());
  }

  @Test
  void theIstanbulConferenceHasNotHappened() {
    for (JsonNode e : events) {
      if (e.path("sentence").asText().contains("Istanbul") || e.path("sentence").asText().contains("bring together")) {
        assertFalse(asserted(e) && e.path("cameoRoot").asText().equals("04"), e.toString());
      }
    }
  }

  @Test
  void pageChromeIsNotCoded() {
    for (JsonNode e : events) {
      String s = e.path("sentence").asText();
      assertFalse(s.contains("Read more") || s.contains("Welcome to") || s.contains("The writer is") || s.contains("2024"), s);
    }
  }

  @Test
  void nothingIsDatedAfterTheArticle() {
    for (JsonNode e : events) {
      LocalDate d = date(e);
      assertTrue(d == null || d.isBefore(LocalDate.of(2022, 1, 1)), e.toString());
    }
  }

  @Test
  void everyEventKeepsItsEvidence() {
    Set<Integer> sentences = new HashSet<>();
    for (JsonNode e : events) {
      assertFalse(e.path("sentence").asText().isBlank());
      JsonNode trigger = e.path("evidence").path("trigger");
      assertTrue(trigger.path("end").asInt() > trigger.path("begin").asInt(), e.toString());
      JsonNode s = e.path("evidence").path("sentence");
      assertTrue(trigger.path("begin").asInt() >= s.path("begin").asInt() && trigger.path("end").asInt() <= s.path("end").asInt());
      double c = e.path("confidence").asDouble();
      assertTrue(c > 0 && c <= 1, e.toString());
      assertFalse(e.path("evidence").path("pattern").asText().isBlank());
      assertTrue(e.path("cameo").asText().matches("\\d{3,4}"), e.toString());
      sentences.add(e.path("sentenceIndex").asInt());
    }
    double perSentence = (double) events.size() / sentences.size();
    assertTrue(perSentence <= 2.5, "events per coded sentence: " + perSentence);
  }

  @Test
  void codingIsDeterministic() throws Exception {
    List<JsonNode> again = CliRunner.run("code", SEED).jsonLines();
    assertEquals(events.stream().map(e -> e.path("id").asText()).toList(), again.stream().map(e -> e.path("id").asText()).toList());
  }
}
