package org.dyad.actors.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerTest {
  private final Gazetteer gazetteer = Gazetteer.standard();

  @Test
  void readsTheWholeTable() {
    assertTrue(gazetteer.size() > 190_000, "places: " + gazetteer.size());
  }

  @Test
  void aCityWithItsCountryIdAndCoordinates() {
    Place p = gazetteer.best("Istanbul", List.of()).orElseThrow();
    assertEquals("Istanbul", p.name());
    assertEquals("TUR", p.country());
    assertEquals(745044L, p.geonameId());
    assertEquals(41.0, p.lat(), 0.1);
    assertEquals(28.97, p.lon(), 0.1);
  }

  @Test
  void namesAreFoldedAndAlternateNamesCount() {
    assertEquals(745044L, gazetteer.best("İSTANBUL", List.of()).orElseThrow().geonameId());
    assertEquals(745044L, gazetteer.best("Constantinople", List.of()).orElseThrow().geonameId());
    assertEquals("BIH", gazetteer.best("Gorazde", List.of()).orElseThrow().country());
    assertEquals("POL", gazetteer.best("Lodz", List.of()).orElseThrow().country());
    assertEquals("UKR", gazetteer.best("Ivano-Frankivsk", List.of()).orElseThrow().country());
  }

  @Test
  void theCountryHintComesBeforeSize() {
    Place springfield = gazetteer.best("Springfield", List.of("USA")).orElseThrow();
    assertEquals("USA", springfield.country());
    assertEquals("Springfield", springfield.name());
    assertEquals("FRA", gazetteer.best("Paris", List.of()).orElseThrow().country());
    assertEquals("USA", gazetteer.best("Paris", List.of("USA")).orElseThrow().country());
    List<Place> all = gazetteer.find("Springfield", List.of("USA"));
    assertTrue(all.size() > 5, "Springfields: " + all.size());
    for (int n = 1; n < all.size() && all.get(n).country().equals("USA"); n++) {
      assertTrue(all.get(n - 1).population() >= all.get(n).population(), "largest first");
    }
  }

  @Test
  void aPlaceOfThatNameBeatsALargerOneAlsoCalledSoUnlessTenTimesLarger() {
    assertEquals("Victoria", gazetteer.best("Victoria", List.of()).orElseThrow().name());
    assertEquals("Mumbai", gazetteer.best("Bombay", List.of()).orElseThrow().name());
    assertEquals("Kyiv", gazetteer.best("Kiev", List.of()).orElseThrow().name());
  }

  @Test
  void unknownWordsGiveNothing() {
    assertTrue(gazetteer.find("Xqzzyville", List.of()).isEmpty());
    assertTrue(gazetteer.find("", List.of()).isEmpty());
    assertTrue(gazetteer.find("Москва", List.of()).isEmpty());
  }

  @Test
  void foldingIgnoresCaseAccentsHyphensAndDots() {
    assertEquals("sant julia de loria", PlaceNames.fold("Sant Julià de Lòria"));
    assertEquals("st petersburg", PlaceNames.fold("St. Petersburg"));
    assertEquals("ivano frankivsk", PlaceNames.fold("Ivano-Frankivsk"));
    assertEquals("lodz", PlaceNames.fold("Łódź"));
    assertEquals(null, PlaceNames.fold("東京"));
  }
}
