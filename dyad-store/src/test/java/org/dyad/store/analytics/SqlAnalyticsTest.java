package org.dyad.store.analytics;

import static org.dyad.store.Fixtures.INDIA;
import static org.dyad.store.Fixtures.ISLAMABAD;
import static org.dyad.store.Fixtures.KHAN;
import static org.dyad.store.Fixtures.LAVROV;
import static org.dyad.store.Fixtures.PAKMIL;
import static org.dyad.store.Fixtures.UN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Actor;
import org.dyad.model.Event;
import org.dyad.model.EventStatus;
import org.dyad.model.Location;
import org.dyad.store.Dialect;
import org.dyad.store.Fixtures;
import org.dyad.store.JdbcEventStore;
import org.dyad.store.Period;
import org.dyad.store.RelationRow;
import org.dyad.store.StoreException;
import org.dyad.store.Stores;
import org.dyad.store.TestStore;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The analytics over a real DuckDB file and a real PostgreSQL schema, each holding a small known history: one PAK-RUS meeting in
 * January; in March three RUS>PAK meetings, a PAK>RUS assault, two IND>PAK accusations and four
 * USA>CHN meetings; in April a RUS>PAK assault, ten USA>CHN meetings and two IND>PAK meetings;
 * negated and undated events around them.
 */
class SqlAnalyticsTest {
  private static final LocalDate JAN = LocalDate.of(2021, 1, 20);
  private static final LocalDate MAR = LocalDate.of(2021, 3, 10);
  private static final LocalDate APR = LocalDate.of(2021, 4, 5);
  private static final Actor USA = Fixtures.actor("USAGOV", "USA", "GOV", "Joe Biden");
  private static final Actor CHN = Fixtures.actor("CHNGOV", "CHN", "GOV", "Xi Jinping");
  private static final Location SRINAGAR = new Location("Srinagar", "IND", 34.0837, 74.7973, 1255634L);
  private static final Location NOWHERE = new Location("the border", null, null, null, null);

  @TempDir Path dir;
  @RegisterExtension final Stores stores = new Stores();

  private TestStore test;
  private JdbcEventStore store;
  private Analytics analytics;
  private int n;

  private void fill(Dialect dialect) throws Exception {
    test = stores.open(dialect, dir);
    store = test.store();
    List<Event> jan = new ArrayList<>();
    jan.add(meet(JAN, LAVROV, KHAN, null));
    store(jan);

    List<Event> mar = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      mar.add(meet(MAR.plusDays(i), LAVROV, KHAN, ISLAMABAD));
    }
    mar.add(event(MAR, EventStatus.ASSERTED, KHAN, LAVROV, "190", 4, -10.0, null));
    mar.add(event(MAR, EventStatus.ASSERTED, INDIA, PAKMIL, "111", 3, -2.0, SRINAGAR));
    mar.add(event(MAR.plusDays(1), EventStatus.ASSERTED, INDIA, PAKMIL, "111", 3, -2.0, SRINAGAR));
    for (int i = 0; i < 4; i++) {
      mar.add(meet(MAR, USA, CHN, NOWHERE));
    }
    mar.add(event(MAR, EventStatus.NEGATED, LAVROV, KHAN, "190", 4, -10.0, ISLAMABAD));
    mar.add(event(null, EventStatus.ASSERTED, UN, KHAN, "111", 3, -2.0, null));
    store(mar);

    List<Event> apr = new ArrayList<>();
    apr.add(event(APR, EventStatus.ASSERTED, LAVROV, KHAN, "190", 4, -10.0, ISLAMABAD));
    for (int i = 0; i < 10; i++) {
      apr.add(meet(APR, USA, CHN, null));
    }
    apr.add(meet(APR, INDIA, PAKMIL, null));
    apr.add(meet(APR.plusDays(1), INDIA, PAKMIL, null));
    apr.add(event(APR, EventStatus.HYPOTHETICAL, INDIA, PAKMIL, "190", 4, -10.0, SRINAGAR));
    store(apr);
    analytics = store.analytics();
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void relationsAreSharesOfAllNewsInTheirPeriod(Dialect dialect) throws Exception {
    fill(dialect);
    List<NormalisedRelation> rows = analytics.relations("PAK", "RUS", Period.MONTH);
    assertEquals(rows.stream().map(NormalisedRelation::row).toList(), store.relations("PAK", "RUS", Period.MONTH),
        "the same counts as the plain relations");
    assertEquals(List.of(1L, 10L, 10L, 13L), rows.stream().map(NormalisedRelation::periodEvents).toList(),
        "January's one event; March's ten asserted dated events; April's thirteen");
    NormalisedRelation marchRus = rows.get(2);
    assertEquals(new RelationRow(LocalDate.of(2021, 3, 1), "RUS", "PAK", 3, 3, 0, 0, 0, 3.0), marchRus.row());
    assertEquals(0.3, marchRus.eventsShare(), 1e-9);
    assertEquals(0.3, marchRus.verbalCooperationShare(), 1e-9);
    assertEquals(0.0, marchRus.materialConflictShare(), 1e-9);
    NormalisedRelation marchPak = rows.get(1);
    assertEquals("PAK", marchPak.row().source());
    assertEquals(0.1, marchPak.materialConflictShare(), 1e-9);
    assertEquals(1.0 / 13, rows.get(3).materialConflictShare(), 1e-9);
    assertEquals(1.0, rows.get(0).eventsShare(), 1e-9, "January held nothing else");

    List<NormalisedRelation> actors = analytics.relations("PAKGOV", "RUSGOV", Period.WEEK);
    assertEquals(6, actors.stream().mapToLong(r -> r.row().events()).sum());
    assertTrue(actors.stream().allMatch(r -> r.periodEvents() >= r.row().events() && r.row().period().getDayOfWeek().getValue() == 1),
        actors.toString());
    assertEquals(List.of(), analytics.relations("PAK", "XYZ", Period.DAY));
    List<NormalisedRelation> self = analytics.relations("PAK", "PAK", Period.YEAR);
    assertEquals(List.of(), self, "no event has Pakistan on both sides");
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void shiftsAreTheLargestMovesBetweenConsecutivePeriods(Dialect dialect) throws Exception {
    fill(dialect);
    List<Shift> goldstein = analytics.shifts(new ShiftQuery(Period.MONTH, DateRange.ALL, ShiftMeasure.GOLDSTEIN, Level.COUNTRY, 1, 10));
    assertEquals(List.of("PAK-RUS", "IND-PAK", "CHN-USA"), pairs(goldstein), "January and March are not consecutive");
    Shift pakRus = goldstein.get(0);
    assertEquals(LocalDate.of(2021, 3, 1), pakRus.previous().period());
    assertEquals(LocalDate.of(2021, 4, 1), pakRus.current().period());
    assertEquals(4, pakRus.previous().events());
    assertEquals(-1.75, pakRus.previous().goldsteinMean(), 1e-9);
    assertEquals(-10.0, pakRus.current().goldsteinMean(), 1e-9);
    assertEquals(-8.25, pakRus.change(), 1e-9);
    assertEquals(3.0, goldstein.get(1).change(), 1e-9);
    assertEquals(0.0, goldstein.get(2).change(), 1e-9);

    List<Shift> conflict = analytics.shifts(new ShiftQuery(Period.MONTH, DateRange.ALL, ShiftMeasure.CONFLICT, Level.COUNTRY, 1, 2));
    assertEquals(List.of("IND-PAK", "PAK-RUS"), pairs(conflict));
    assertEquals(-1.0, conflict.get(0).change(), 1e-9);
    assertEquals(0.75, conflict.get(1).change(), 1e-9);

    assertEquals(List.of("IND-PAK", "CHN-USA"),
        pairs(analytics.shifts(new ShiftQuery(Period.MONTH, DateRange.ALL, ShiftMeasure.GOLDSTEIN, Level.COUNTRY, 2, 10))),
        "PAK-RUS had one event in April, below the minimum");
    assertEquals(List.of(),
        pairs(analytics.shifts(new ShiftQuery(Period.MONTH, new DateRange(APR, null), ShiftMeasure.GOLDSTEIN, Level.COUNTRY, 1, 10))),
        "April alone has nothing to compare with");
    assertEquals(List.of("PAKGOV-RUSGOV", "IND-PAKMIL", "CHNGOV-USAGOV"),
        pairs(analytics.shifts(new ShiftQuery(Period.MONTH, DateRange.ALL, ShiftMeasure.GOLDSTEIN, Level.ACTOR, 1, 10))));
    assertThrows(IllegalArgumentException.class,
        () -> new ShiftQuery(Period.MONTH, DateRange.ALL, ShiftMeasure.GOLDSTEIN, Level.COUNTRY, 0, 10));
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void pairsAreRankedByActivity(Dialect dialect) throws Exception {
    fill(dialect);
    List<PairActivity> all = analytics.pairs(DateRange.ALL, Level.COUNTRY, 10);
    assertEquals(List.of("CHN-USA", "PAK-RUS", "IND-PAK", "IGO-PAK"), all.stream().map(p -> p.a() + "-" + p.b()).toList());
    PairActivity pakRus = all.get(1);
    assertEquals(6, pakRus.events());
    assertEquals(new QuadCounts(4, 0, 0, 2), pakRus.quad());
    assertEquals((4.0 - 20.0) / 6, pakRus.goldsteinMean(), 1e-9);
    List<PairActivity> spring = analytics.pairs(new DateRange(LocalDate.of(2021, 3, 1), LocalDate.of(2021, 4, 30)), Level.COUNTRY, 2);
    assertEquals(List.of("CHN-USA", "PAK-RUS"), spring.stream().map(p -> p.a() + "-" + p.b()).toList());
    assertEquals(5, spring.get(1).events(), "January's meeting and the undated event are outside the range");
    List<PairActivity> actors = analytics.pairs(DateRange.ALL, Level.ACTOR, 10);
    assertEquals(List.of("CHNGOV-USAGOV", "PAKGOV-RUSGOV", "IND-PAKMIL", "IGOUNO-PAKGOV"),
        actors.stream().map(p -> p.a() + "-" + p.b()).toList());
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void theBusiestActorsCountEachOfTheirEventsOnce(Dialect dialect) throws Exception {
    fill(dialect);
    List<ActorActivity> countries = analytics.actors(DateRange.ALL, Level.COUNTRY, 10);
    assertEquals(List.of("CHN", "USA", "PAK", "RUS", "IND", "IGO"), countries.stream().map(ActorActivity::code).toList(),
        "busiest first, ties by code; negated and hypothetical events left out");
    ActorActivity pak = countries.get(2);
    assertEquals(new ActorActivity("PAK", "PAK", 11, 1, 10, pak.goldsteinSum()), pak);
    assertEquals(14, countries.get(1).asSource());
    assertEquals(0, countries.get(1).asTarget());
    List<ActorActivity> april = analytics.actors(new DateRange(APR, APR.plusDays(30)), Level.ACTOR, 2);
    assertEquals(List.of("CHNGOV", "USAGOV"), april.stream().map(ActorActivity::code).toList());
    assertEquals("Joe Biden", april.get(1).label());
    assertEquals(10, april.get(1).events());
    ActorActivity khan = analytics.actors(DateRange.ALL, Level.ACTOR, 10).stream()
        .filter(a -> a.code().equals("PAKGOV")).findFirst().orElseThrow();
    assertEquals("Imran Khan", khan.label());
    assertEquals(7, khan.events());
    assertThrows(IllegalArgumentException.class, () -> analytics.actors(DateRange.ALL, Level.COUNTRY, 0));
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void anActorsNetworkHasItsLinksAndTheirSides(Dialect dialect) throws Exception {
    fill(dialect);
    Network pak = analytics.network("PAK", Level.COUNTRY, DateRange.ALL, 10);
    assertEquals(List.of("RUS>PAK", "IND>PAK", "IGO>PAK", "PAK>RUS"), links(pak));
    Network.Link rusPak = pak.links().get(0);
    assertEquals(5, rusPak.events());
    assertEquals(new QuadCounts(4, 0, 0, 1), rusPak.quad());
    assertEquals(-6.0 / 5, rusPak.goldsteinMean(), 1e-9);
    assertEquals(List.of(new Network.Node("PAK", "PAK", 11), new Network.Node("RUS", "RUS", 6), new Network.Node("IND", "IND", 4),
        new Network.Node("IGO", "IGO", 1)), pak.nodes());

    Network khan = analytics.network("PAKGOV", Level.ACTOR, DateRange.ALL, 2);
    assertEquals(List.of("RUSGOV>PAKGOV", "IGOUNO>PAKGOV"), links(khan));
    assertEquals(List.of(new Network.Node("PAKGOV", "Imran Khan", 7), new Network.Node("RUSGOV", "Sergey Lavrov", 6),
        new Network.Node("IGOUNO", "United Nations", 1)), khan.nodes());

    Network whole = analytics.network(null, Level.COUNTRY, new DateRange(APR, APR.plusDays(30)), 10);
    assertEquals(List.of("USA>CHN", "IND>PAK", "RUS>PAK"), links(whole));
    assertEquals(10, whole.nodes().get(0).events());
    assertEquals(new Network(List.of(), List.of()), analytics.network("XYZ", Level.COUNTRY, DateRange.ALL, 5));
    assertThrows(IllegalArgumentException.class, () -> analytics.network("PAKGOV", Level.COUNTRY, DateRange.ALL, 5));
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void placesHoldTheEventsWithCoordinates(Dialect dialect) throws Exception {
    fill(dialect);
    List<Place> all = analytics.places(new PlaceQuery(DateRange.ALL, null, null, null, 10));
    assertEquals(List.of(new Place("Islamabad", "PAK", 33.6844, 73.0479, 1176615L, 4, -7.0),
        new Place("Srinagar", "IND", 34.0837, 74.7973, 1255634L, 2, -4.0)), all, "negated, hypothetical and unplaced events are left out");
    assertEquals(-1.75, all.get(0).goldsteinMean(), 1e-9);
    assertEquals(List.of("Islamabad"), names(analytics.places(new PlaceQuery(DateRange.ALL, null, "RUS", "PAK", 10))));
    assertEquals(List.of("Srinagar"), names(analytics.places(new PlaceQuery(DateRange.ALL, "IND", null, null, 10))));
    assertEquals(List.of("Srinagar"), names(analytics.places(new PlaceQuery(DateRange.ALL, "PAKMIL", null, null, 10))));
    List<Place> april = analytics.places(new PlaceQuery(new DateRange(APR, null), null, null, null, 10));
    assertEquals(1, april.size());
    assertEquals(1, april.get(0).events());
    assertEquals(1, analytics.places(new PlaceQuery(DateRange.ALL, null, null, null, 1)).size());
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void badArgumentsAreTheCallersMistake(Dialect dialect) throws Exception {
    fill(dialect);
    assertThrows(IllegalArgumentException.class, () -> analytics.relations("PAK", "x'; DROP TABLE events; --", Period.MONTH));
    assertThrows(IllegalArgumentException.class, () -> new DateRange(APR, JAN));
    assertThrows(IllegalArgumentException.class, () -> new PlaceQuery(DateRange.ALL, null, "PAK", null, 10));
    assertThrows(IllegalArgumentException.class, () -> new PlaceQuery(DateRange.ALL, "rus", null, null, 10));
    assertThrows(IllegalArgumentException.class, () -> analytics.pairs(DateRange.ALL, Level.COUNTRY, 0));
    assertThrows(IllegalArgumentException.class, () -> Level.parse("region"));
    assertThrows(IllegalArgumentException.class, () -> ShiftMeasure.parse("mood"));
  }

  private static List<String> pairs(List<Shift> shifts) {
    return shifts.stream().map(s -> s.a() + "-" + s.b()).toList();
  }

  private static List<String> links(Network n) {
    return n.links().stream().map(l -> l.source() + ">" + l.target()).toList();
  }

  private static List<String> names(List<Place> places) {
    return places.stream().map(Place::name).toList();
  }

  private Event meet(LocalDate date, Actor source, Actor target, Location where) {
    return event(date, EventStatus.ASSERTED, source, target, "040", 1, 1.0, where);
  }

  private Event event(LocalDate date, EventStatus status, Actor source, Actor target, String cameo, int quad, double goldstein,
      Location where) {
    n++;
    return Fixtures.event("e" + n, "a" + (date == null ? "undated" : date.getMonthValue()), date, status, source, target, cameo, quad,
        goldstein, true, where);
  }

  private void store(List<Event> events) throws StoreException {
    String article = events.get(0).articleId();
    List<Event> fixed = events.stream().map(e -> withArticle(e, article)).toList();
    assertTrue(store.store(Fixtures.article(article, "https://example.org/" + article), fixed));
  }

  private static Event withArticle(Event e, String article) {
    return new Event(e.id(), article, null, e.sentence(), e.sentenceIndex(), e.evidence(), e.date(), e.datePrecision(), e.status(),
        e.source(), e.target(), e.cameo(), e.quadClass(), e.goldstein(), e.ploverType(), e.ploverMode(), e.location(), e.confidence());
  }
}
