package org.dyad.coder;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dyad.model.Event;
import org.junit.jupiter.api.Test;

/** How the coder builds and resolves its actor phrases, on sentences written for these tests. */
class ActorPhraseTest {
  private static final LocalDate DATE = LocalDate.of(2024, 3, 14);

  private static List<Event> code(String text) {
    return SentenceCoding.code(text, DATE);
  }

  private static boolean has(List<Event> events, String source, String target) {
    return events.stream().anyMatch(e -> e.source() != null && e.source().code().equals(source)
        && (target == null || e.target() != null && e.target().code().equals(target)));
  }

  @Test
  void aPluralRoleKeepsItsSector() {
    List<Event> e = code("Turkish troops attacked a village in northern Syria.");
    assertTrue(has(e, "TURMIL", null), e.toString());
    List<Event> f = code("Pakistani soldiers killed three militants near the Afghan border.");
    assertTrue(has(f, "PAKMIL", null), f.toString());
  }

  @Test
  void aGroupLoyalToSomeoneIsOfTheirCountry() {
    List<Event> e = code("Militants loyal to the Syrian opposition leader shelled a Turkish border post.");
    assertTrue(has(e, "SYRINS", "TUR"), e.toString());
    List<Event> f = code("Forces loyal to the Ivorian president attacked a French patrol in Abidjan.");
    assertTrue(has(f, "CIVMIL", null), f.toString());
    List<Event> g = code("Fighters loyal to a Chadian rebel commander attacked a Sudanese garrison.");
    assertTrue(has(g, "TCDUAF", null), g.toString());
  }

  @Test
  void peopleInACapitalAreItsPeople() {
    List<Event> e = code("Protesters in Lima clashed with police on Tuesday.");
    assertTrue(has(e, "PERCVL", null), e.toString());
    List<Event> f = code("Teachers in Dakar criticised the government over unpaid salaries.");
    assertTrue(e.stream().noneMatch(x -> x.source() != null && x.source().code().equals("PERGOV")), e.toString());
    assertTrue(f.stream().noneMatch(x -> x.source() != null && x.source().code().equals("SENGOV")), f.toString());
  }

  @Test
  void aUniqueOfficeIsItsBodysWhereverItSpeaks() {
    List<Event> e = code("The Pope urged Israel to allow aid into Gaza.");
    assertTrue(has(e, "VATREL", null), e.toString());
    List<Event> f = code("The Secretary-General condemned the attack on the convoy in Mali.");
    assertTrue(has(f, "IGOUNO", null), f.toString());
  }

  @Test
  void aUniqueOfficesTitleOfAnotherBodyIsThatBodys() {
    List<Event> e = code("The secretary-general of the Arab League criticised Israel on Monday.");
    assertTrue(has(e, "IGOARL", null), e.toString());
    List<Event> f = code("The Pope in Rome condemned the attack on Ukraine.");
    assertTrue(has(f, "VATREL", null), f.toString());
  }

  @Test
  void aCounterpartHoldsTheOfficeOfWhoseCounterpartItIs() {
    List<Event> e = code("Egyptian Foreign Minister Sameh Shoukry met his Jordanian counterpart in Amman.");
    assertTrue(has(e, "EGYGOV", "JORGOV"), e.toString());
  }
}
