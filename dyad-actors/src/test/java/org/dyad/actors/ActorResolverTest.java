package org.dyad.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ActorResolverTest {
  private static final LocalDate APRIL_2021 = LocalDate.of(2021, 4, 7);
  private final ActorResolver resolver = ActorResolver.standard();

  private String code(String text, LocalDate date) {
    Mention m = resolver.resolveText(text, date);
    return m.resolved() ? m.actor().code() : null;
  }

  @Test
  void countriesByNameAbbreviationAndAdjective() {
    assertEquals("PAK", code("Pakistan", APRIL_2021));
    assertEquals("USA", code("the U.S.", APRIL_2021));
    assertEquals("GBR", code("UK", APRIL_2021));
    assertEquals("AFG", code("Afghan", APRIL_2021));
  }

  @Test
  void capitalsAndSeatsStandForTheirGovernment() {
    assertEquals("RUSGOV", code("Moscow", APRIL_2021));
    assertEquals("RUSGOV", code("the Kremlin", APRIL_2021));
    assertEquals("PAKGOV", code("Islamabad", APRIL_2021));
    assertEquals("USAMIL", code("the Pentagon", APRIL_2021));
  }

  @Test
  void rolesGiveSectors() {
    assertEquals("RUSGOV", code("Russian special envoy for Afghanistan Zamir Kabulov", APRIL_2021));
    assertEquals("PAKMIL", code("Pakistani army", APRIL_2021));
    assertEquals("AFGINS", code("the Taliban", APRIL_2021));
  }

  @Test
  void officesDependOnTheDate() {
    assertEquals("PAKGOV", code("Prime Minister Imran Khan", APRIL_2021));
    assertEquals("PAKOPP", code("Imran Khan", LocalDate.of(2024, 3, 1)));
    assertEquals("AFGGOV", code("the Taliban", LocalDate.of(2022, 3, 1)));
  }

  @Test
  void formerOfficialsAreElites() {
    assertEquals("GBRELI", code("Tony Blair", LocalDate.of(2015, 1, 1)));
    assertEquals("GBRGOV", code("Tony Blair", LocalDate.of(2005, 1, 1)));
    assertEquals("GBRELI", code("former Prime Minister Tony Blair", LocalDate.of(2005, 1, 1)));
  }

  @Test
  void aMoscowOfTheSovietEraIsTheSovietUnion() {
    assertEquals("USRGOV", code("Moscow", LocalDate.of(1980, 1, 1)));
  }

  @Test
  void aKnownPersonKeepsNameAndWikipediaTitle() {
    Mention m = resolver.resolveText("Russian Foreign Minister Sergey Lavrov", APRIL_2021);
    assertEquals("Sergey Lavrov", m.actor().name());
    assertEquals("Sergey Lavrov", m.actor().wikipedia());
    assertEquals("RUSGOV", resolver.resolveText("Sergei Lavrov", APRIL_2021).actor().code());
  }

  @Test
  void aSurnameOfSomeoneElseIsNotTheKnownPerson() {
    Mention m = resolver.resolveText("Zamir Kabulov", APRIL_2021);
    assertFalse(m.resolved() && "Eyal Zamir".equals(m.actor().name()));
  }

  @Test
  void wordsThatNameNoActor() {
    assertNull(code("the weather", APRIL_2021));
    assertNull(code("us", APRIL_2021));
    assertNull(code("", APRIL_2021));
  }

  @Test
  void aTownOrCityNamesItsCountry() {
    assertEquals("BIH", code("Gorazde", APRIL_2021));
    assertEquals("UKRCVL", code("residents of Kharkiv", APRIL_2021));
    Mention m = resolver.resolveText("Kharkiv", APRIL_2021);
    assertEquals("UKR", m.actor().country());
    assertNull(m.actor().sector());
    assertFalse(m.person());
    assertEquals("RUSGOV", code("Moscow", APRIL_2021), "a capital stays its government");
  }

  @Test
  void smallPlacesAndAbbreviationsAreNotActors() {
    assertNull(code("Hope", APRIL_2021));
    assertNull(code("Unity", APRIL_2021));
    assertNull(code("IST", APRIL_2021));
  }

  @Test
  void countriesNamedAsAWhole() {
    assertEquals("AFG", resolver.countryNamedBy("Afghanistan"));
    assertEquals("USA", resolver.countryNamedBy("the U.S."));
    assertNull(resolver.countryNamedBy("Baghdad"));
    assertNull(resolver.countryNamedBy("Afghan"));
    assertNull(resolver.countryNamedBy("Istanbul"));
  }
}
