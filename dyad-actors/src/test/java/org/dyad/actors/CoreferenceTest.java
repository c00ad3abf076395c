package org.dyad.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dyad.model.Actor;
import org.junit.jupiter.api.Test;

class CoreferenceTest {
  private static final LocalDate DAY = LocalDate.of(2021, 4, 7);
  private final ActorResolver resolver = ActorResolver.standard();

  private Mention m(String text) {
    Mention m = resolver.resolveText(text, DAY);
    assertTrue(m.resolved(), text);
    return m;
  }

  private static String code(Actor a) {
    return a == null ? null : a.code();
  }

  @Test
  void theyIsTheLastPluralGroup() {
    Coreference c = new Coreference();
    c.observe(m("Pakistan"), true);
    c.observe(m("the Taliban"), true);
    assertEquals("AFGINS", code(c.pronoun("they")));
    assertEquals("AFGINS", code(c.pronoun("Their")));
    c.observe(m("Russian troops"), false);
    // a plural phrase is a likelier referent than a collective name
    assertEquals("RUSMIL", code(c.pronoun("them")));
  }

  @Test
  void aPersonOrABareCountryIsNoReferentOfThey() {
    Coreference c = new Coreference();
    c.observe(m("Sergey Lavrov"), true);
    c.observe(m("India"), false);
    assertNull(c.pronoun("they"));
    assertTrue(c.pronounAll("they").isEmpty());
    assertEquals("Sergey Lavrov", c.pronoun("he").name());
  }

  @Test
  void theSubjectGroupIsPreferredToAnObjectOfTheSameKind() {
    Coreference c = new Coreference();
    c.observe(m("Ivorian rebels"), true);
    c.observe(m("Senegalese troops"), false);
    assertEquals("CIVREB", code(c.pronoun("they")));
  }

  @Test
  void aBodyNamedOnlyInPassingIsNoReferentOfThey() {
    Coreference c = new Coreference();
    c.observe(m("Hezbollah"), false);
    assertNull(c.pronoun("they"));
    c.observe(m("Hezbollah"), true);
    assertEquals("LBNINS", code(c.pronoun("they")));
  }

  @Test
  void twoGroupsLevelInStandingLeaveTheyUnresolved() {
    Coreference c = new Coreference();
    c.observe(m("Ivorian rebels"), false);
    c.observe(m("Senegalese troops"), false);
    assertNull(c.pronoun("they"));
    assertTrue(c.pronounAll("they").isEmpty());
  }

  @Test
  void actorsNamedTogetherAreAllTheReferentsOfThey() {
    Coreference c = new Coreference();
    c.observe(m("the Pakistani government"), false);
    c.observeCoordination(List.of(m("Russia"), m("China")), true);
    assertNull(c.pronoun("they")); // no one actor
    assertEquals(List.of("RUS", "CHN"), c.pronounAll("their").stream().map(Actor::code).toList());
    assertTrue(c.pronounAll("it").isEmpty());
  }

  @Test
  void theSameGroupNamedAgainIsNoRival() {
    Coreference c = new Coreference();
    c.observe(m("the Taliban"), true);
    c.observe(m("Taliban fighters"), false);
    c.observe(m("the Taliban"), false);
    assertEquals("AFGINS", code(c.pronoun("they")));
  }

  @Test
  void theContextCountryIsTheOneTheDocumentNamesMost() {
    Coreference c = new Coreference();
    assertNull(c.contextCountry());
    c.observe(m("Ivorian officials"), true);
    c.observe(m("the United Nations"), false); // an international body names no country
    c.observe(m("Abidjan"), false);
    c.observe(m("Senegal"), false);
    assertEquals("CIV", c.contextCountry());
    c.observe(m("Dakar"), false);
    assertEquals("SEN", c.contextCountry()); // level: the latest named
    // the context settles what a phrase leaves open
    assertEquals("SENJUD", resolver.resolveText("the Supreme Court", DAY, c.contextCountry()).actor().code());
  }
}
