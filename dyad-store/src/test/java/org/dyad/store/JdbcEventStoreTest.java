package org.dyad.store;

import static org.dyad.store.Fixtures.INDIA;
import static org.dyad.store.Fixtures.KHAN;
import static org.dyad.store.Fixtures.LAVROV;
import static org.dyad.store.Fixtures.PAKMIL;
import static org.dyad.store.Fixtures.UN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Event;
import org.dyad.model.EventStatus;
import org.dyad.model.Location;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store over a real DuckDB file: paging, look-ups by id, actor profiles. */
class JdbcEventStoreTest {
  private static final LocalDate D = LocalDate.of(2021, 4, 7);

  @TempDir Path dir;

  private JdbcEventStore store;
  private final List<Event> stored = new ArrayList<>();
  private Instant before;

  @BeforeEach
  void fill() throws StoreException {
    store = JdbcEventStore.openDuckDb(dir.resolve("t.duckdb"));
    before = Instant.now();
    for (int i = 0; i < 5; i++) {
      stored.add(Fixtures.event("e" + i, "a1", D.plusDays(i), EventStatus.ASSERTED, LAVROV, KHAN, "040", 1, 1.0, true, null));
    }
    stored.add(Fixtures.event("neg", "a1", D, EventStatus.NEGATED, PAKMIL, INDIA, "190", 4, -10.0, false,
        new Location("Islamabad", "PAK", 33.6844, 73.0479, 1176615L)));
    stored.add(Fixtures.event("un", "a1", null, EventStatus.ASSERTED, UN, KHAN, "111", 3, -2.0, false, null));
    assertTrue(store.store(Fixtures.article("a1", "https://example.org/a1"), stored));
  }

  @AfterEach
  void close() throws StoreException {
    store.close();
  }

  @Test
  void pagesFollowTheListingOrder() throws StoreException {
    EventQuery first = new EventQuery("RUS", null, null, null, null, false, 2, 0);
    assertEquals(List.of("e0", "e1"), ids(store.events(first)));
    assertEquals(List.of("e2", "e3"), ids(store.events(new EventQuery("RUS", null, null, null, null, false, 2, 2))));
    assertEquals(List.of("e4"), ids(store.events(new EventQuery("RUS", null, null, null, null, false, 2, 4))));
    assertEquals(List.of(), ids(store.events(new EventQuery("RUS", null, null, null, null, false, 2, 6))));
    assertEquals(5, store.count(first));
    assertEquals(7, store.count(new EventQuery(null, null, null, null, null, true, 1)));
    assertEquals(6, store.count(new EventQuery(null, null, null, null, null, false, 1)), "the negated event is left out");
    assertEquals(List.of("e1", "e2"),
        ids(store.events(new EventQuery(null, "PAK", "RUS", D.plusDays(1), D.plusDays(2), false, 10))));
    assertEquals(List.of("e0", "neg", "e1", "e2", "e3", "e4", "un"),
        ids(store.events(new EventQuery(null, null, null, null, null, true, 100))), "undated last");
  }

  @Test
  void badQueriesAreTheCallersMistake() {
    assertThrows(IllegalArgumentException.class, () -> new EventQuery("x'; DROP TABLE events; --", null, null, null, null, false, 1));
    assertThrows(IllegalArgumentException.class, () -> new EventQuery(null, null, null, null, null, false, 1, -1));
    assertThrows(IllegalArgumentException.class, () -> store.actor("rus", 5));
    assertThrows(IllegalArgumentException.class, () -> store.relations("RUS", "../etc", Period.MONTH));
  }

  @Test
  void eventsReadBackAsStored() throws StoreException {
    for (Event e : stored) {
      assertEquals(e, store.event(e.id()).orElseThrow());
    }
    assertTrue(store.event("missing").isEmpty());
    assertTrue(store.event("' OR 1=1 --").isEmpty());
  }

  @Test
  void anArticleComesWithItsEvents() throws StoreException {
    StoredArticle a = store.article("a1").orElseThrow();
    assertEquals(Fixtures.article("a1", "https://example.org/a1"), a.article());
    assertEquals(List.of("e0", "e1", "e2", "e3", "e4", "neg", "un"), ids(a.events()));
    assertFalse(a.ingestedAt().isBefore(before.minusSeconds(1)), a.ingestedAt() + " vs " + before);
    assertTrue(Duration.between(a.ingestedAt(), Instant.now()).abs().toMinutes() < 1, a.ingestedAt().toString());
    assertTrue(store.article("a2").isEmpty());
    assertFalse(store.store(Fixtures.article("a1", null), List.of()), "stored once");
  }

  @Test
  void anActorHasCountsAndCounterparts() throws StoreException {
    ActorProfile pak = store.actor("PAK", 10);
    assertEquals(6, pak.events());
    assertEquals(0, pak.asSource());
    assertEquals(6, pak.asTarget());
    assertEquals(D, pak.first());
    assertEquals(D.plusDays(4), pak.last());
    assertEquals(List.of(new Counterpart("RUS", 5, 5.0), new Counterpart("IGO", 1, -2.0)), pak.counterparts());
    ActorProfile khan = store.actor("PAKGOV", 1);
    assertEquals(List.of(new Counterpart("RUSGOV", 5, 5.0)), khan.counterparts());
    ActorProfile nobody = store.actor("XYZ", 3);
    assertEquals(new ActorProfile("XYZ", 0, 0, 0, null, null, List.of()), nobody);
  }

  @Test
  void aDuplicateSeesTheSameDatabase() throws StoreException {
    try (JdbcEventStore other = store.duplicate()) {
      assertEquals(1, other.articleCount());
      assertEquals(stored.get(0), other.event("e0").orElseThrow());
    }
    assertEquals(1, store.articleCount(), "closing a duplicate leaves the store open");
  }

  private static List<String> ids(List<Event> events) {
    return events.stream().map(Event::id).toList();
  }
}
