package org.dyad.coder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dyad.extract.ArticleIds;
import org.dyad.model.Article;
import org.dyad.model.DatePrecision;
import org.dyad.model.DateSource;
import org.dyad.model.Event;
import org.dyad.model.Location;
import org.dyad.model.Paragraph;
import org.dyad.nlp.CoreNlpAnnotator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Where events happened: locative phrases resolved with the gazetteer. */
class EventPlaceTest {
  private static CoreNlpAnnotator annotator;
  private static EventCoder coder;

  @BeforeAll
  static void load() {
    annotator = new CoreNlpAnnotator();
    coder = EventCoder.standard();
  }

  private static Event first(String sentence) {
    Article a = new Article(ArticleIds.of(sentence), "test", null, null, sentence, null, null, "en",
        LocalDate.of(2023, 6, 15), DatePrecision.DAY, DateSource.GIVEN, null,
        List.of(new Paragraph(0, sentence.length(), Paragraph.Kind.BODY)), List.of());
    List<Event> events = coder.code(annotator.annotate(a));
    assertTrue(!events.isEmpty(), "no event in: " + sentence);
    return events.get(0);
  }

  @Test
  void aCityNamedWithItsCountry() {
    Location l = first("Russian and Ukrainian delegations met in the Turkish city of Istanbul on Tuesday.").location();
    assertNotNull(l);
    assertEquals("Istanbul", l.name());
    assertEquals("TUR", l.country());
    assertEquals(745044L, l.geonameId());
    assertEquals(41.0, l.lat(), 0.1);
    assertEquals(28.97, l.lon(), 0.1);
  }

  @Test
  void aCapitalGetsItsCoordinates() {
    Location l = first("Iranian and Iraqi officials met in Baghdad on Monday.").location();
    assertEquals("Baghdad", l.name());
    assertEquals("IRQ", l.country());
    assertEquals(98182L, l.geonameId());
    assertEquals(33.34, l.lat(), 0.1);
    assertEquals(44.40, l.lon(), 0.1);
  }

  @Test
  void aCountryAsAPlaceHasNoCoordinates() {
    Location l = first("Chinese and Pakistani officials met in Afghanistan on Monday.").location();
    assertEquals("AFG", l.country());
    assertNull(l.lat());
    assertNull(l.geonameId());
  }

  @Test
  void aFamousCityOutweighsTheSentencesCountries() {
    Location l = first("American and Chinese officials met in Paris on Monday.").location();
    assertEquals("FRA", l.country());
    assertEquals(2988507L, l.geonameId());
  }

  @Test
  void theSentencesCountryPicksAmongSmallerNamesakes() {
    Location l = first("American and Chinese officials met in Springfield on Monday.").location();
    assertEquals("USA", l.country());
    assertNotNull(l.lat());
  }

  @Test
  void theTargetIsNotThePlace() {
    Event e = first("Russian forces attacked Kharkiv on Monday.");
    assertEquals("UKR", e.target().country());
    assertNull(e.location());
  }

  @Test
  void aMonthIsNotAPlace() {
    assertNull(first("Indian and Chinese officials met in March.").location());
  }

  @Test
  void aSeatOfPowerIsNotASmallNamesake() {
    Location l = first("Chinese officials met American officials at the White House on Monday.").location();
    assertNotNull(l);
    assertEquals("USA", l.country());
    assertNull(l.geonameId(), "not White House, Tennessee");
  }

  @Test
  void anAppositiveCountryPlacesTheTown() {
    Location l = first("Afghan and Pakistani officials met in Kunduz, Afghanistan, on Monday.").location();
    assertNotNull(l);
    assertEquals("Kunduz", l.name());
    assertEquals("AFG", l.country());
    assertNotNull(l.lat());
  }
}
