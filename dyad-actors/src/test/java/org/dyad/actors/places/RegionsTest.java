package org.dyad.actors.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dyad.actors.ActorResolver;
import org.dyad.actors.Mention;
import org.dyad.model.io.TsvReader;
import org.junit.jupiter.api.Test;

class RegionsTest {
  private final Gazetteer gazetteer = Gazetteer.standard();

  private Place best(String name, String... hints) {
    return gazetteer.best(name, List.of(hints)).orElseThrow(() -> new AssertionError("nothing for " + name));
  }

  @Test
  void aTerritoryOfTheTeamFileIsARegionOfItsRecognisedCountry() {
    Place crimea = best("Crimea");
    assertEquals("Crimea", crimea.name());
    assertEquals("UKR", crimea.country());
    assertTrue(crimea.region());
    assertNull(crimea.geonameId());
    assertEquals(44.96, crimea.lat(), 0.01, "Simferopol, its chief town");
    assertEquals("SYR", best("the Golan Heights").country());
    assertEquals("PSE", best("the Gaza Strip").country());
    assertEquals("AZE", best("Nagorno-Karabakh").country());
    assertEquals("MDA", best("Transdniestria").country());
  }

  @Test
  void aDivisionIsFoundWithOrWithoutItsDivisionWord() {
    for (String name : List.of("Kaduna state", "Kaduna State", "KADUNA STATE")) {
      Place p = best(name);
      assertEquals("NGA", p.country(), name);
      assertTrue(p.region(), name + " is the state, not the city");
    }
    assertEquals("ETH", best("Tigray Region").country());
    assertEquals("PAK", best("Balochistan province").country());
    assertEquals("SYR", best("Idlib province").country());
    assertEquals("CHN", best("Xinjiang").country());
    assertEquals("CHN", best("Xinjiang Uyghur Autonomous Region").country());
  }

  @Test
  void aBareDivisionNameIsTheBetterKnownCityOfThatName() {
    Place kaduna = best("Kaduna");
    assertFalse(kaduna.region(), "Kaduna the city");
    assertEquals("NGA", kaduna.country());
    Place ontario = best("Ontario");
    assertTrue(ontario.region(), "the province, not Ontario, California: " + ontario);
    assertEquals("CAN", ontario.country());
  }

  @Test
  void theRegionOfACityIsThatCitysWhenNoDivisionIsCalledSo() {
    assertEquals("UKR", best("the Donetsk region").country());
    assertEquals("UKR", best("Donetsk Oblast").country());
  }

  @Test
  void aDivisionNamedLikeACountryIsNotFoundByThatName() {
    assertTrue(gazetteer.find("Georgia", List.of()).stream().noneMatch(p -> p.region() && p.country().equals("USA")));
    assertTrue(gazetteer.find("Niger", List.of()).stream().noneMatch(Place::region));
  }

  @Test
  void aDivisionNameOfSeveralCountriesNeedsAHint() {
    assertTrue(gazetteer.find("Punjab", List.of()).stream().noneMatch(Place::region), "India's or Pakistan's");
    assertEquals("PAK", best("Punjab", "PAK").country());
    assertEquals("IND", best("Punjab", "IND").country());
  }

  @Test
  void aDisputedNameGivesNoPlaceButASideOfItDoes() {
    assertEquals(List.of(), gazetteer.find("Kashmir", List.of()));
    assertEquals(List.of(), gazetteer.find("Kurdistan", List.of("TUR")));
    assertEquals("IND", best("Indian-administered Kashmir").country());
    assertEquals("PAK", best("Pakistani-administered Kashmir").country());
    assertEquals("IRQ", best("the Kurdistan Region").country());
  }

  @Test
  void aWordThatAloneNamesNoRegionIsNotOne() {
    for (String word : List.of("Central", "Northern", "Eastern", "Unity", "Lakes")) {
      assertTrue(gazetteer.find(word, List.of()).stream().noneMatch(Place::region), word);
    }
    assertTrue(best("Rivers State").region());
  }

  @Test
  void aRegionIsAnActorOfItsCountryWithoutASector() {
    ActorResolver resolver = ActorResolver.standard();
    LocalDate day = LocalDate.of(2024, 3, 18);
    for (String[] c : new String[][] {{"Crimea", "UKR"}, {"the Donetsk region", "UKR"}, {"Kaduna state", "NGA"},
        {"Xinjiang", "CHN"}, {"Georgia", "GEO"}, {"the Golan Heights", "SYR"}, {"Darfur", "SDN"}}) {
      Mention m = resolver.resolveText(c[0], day);
      assertEquals(c[1], m.actor() == null ? null : m.actor().code(), c[0]);
    }
    Mention kashmir = resolver.resolveText("Kashmir", day);
    assertNull(kashmir.actor() == null ? null : kashmir.actor().code(), "disputed");
  }

  @Test
  void aMalformedRowFailsWithItsFileLineAndReason() {
    IllegalStateException country = assertThrows(IllegalStateException.class, () -> load("regions-bad-country.tsv"));
    assertEquals("regions-bad-country.tsv:5: country 'ATL' is not an ISO alpha-3 code", country.getMessage());
    IllegalStateException town = assertThrows(IllegalStateException.class, () -> load("regions-bad-town.tsv"));
    assertEquals("regions-bad-town.tsv:2: town 'Nowhere Town' is no gazetteer place in SDN", town.getMessage());
  }

  private Regions load(String file) throws IOException {
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("dyad/actors/places-test/" + file)) {
      return Regions.load(gazetteer, TsvReader.read(file, in), List.of());
    }
  }

  @Test
  void theDivisionTableHoldsWhatThePackageSays() throws IOException {
    List<DivisionIndex.Division> read = DivisionIndex.read(
        Files.readAllBytes(Path.of("target/divisions/country-state-city.tgz")), "country-state-city.tgz")
        .stream().filter(d -> PlaceNames.fold(d.name()) != null).toList(); // names in other scripts are left out
    List<TsvReader.Row> table = TsvReader.readResource(DivisionIndex.RESOURCE);
    assertTrue(read.size() > 4_500, "divisions: " + read.size());
    assertEquals(read.size(), table.size());
    for (int i = 0; i < read.size(); i++) {
      DivisionIndex.Division d = read.get(i);
      TsvReader.Row r = table.get(i);
      assertEquals(d.code(), r.get("code"));
      assertEquals(d.country(), r.get("country"));
      assertEquals(d.name(), r.get("name"));
    }
    Optional<DivisionIndex.Division> kaduna = read.stream().filter(d -> d.code().equals("NG-KD")).findFirst();
    assertEquals("NGA", kaduna.orElseThrow().country());
  }
}
