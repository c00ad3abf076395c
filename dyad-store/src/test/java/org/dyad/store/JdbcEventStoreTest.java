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
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Event;
import org.dyad.model.EventStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The store over a real DuckDB file and a real PostgreSQL schema: paging, look-ups by id, actor
 * profiles, relations, transactions and extra connections.
 */
class JdbcEventStoreTest {
  private static final LocalDate D = LocalDate.of(2021, 4, 7);

  @TempDir Path dir;
  @RegisterExtension final Stores stores = new Stores();

  private TestStore test;
  private JdbcEventStore store;
  private final List<Event> stored = new ArrayList<>();
  private Instant before;

  private void fill(Dialect dialect) throws Exception {
    test = stores.open(dialect, dir);
    store = test.store();
    before = Instant.now();
    for (int i = 0; i < 5; i++) {
      stored.add(Fixtures.event("e" + i, "a1", D.plusDays(i), EventStatus.ASSERTED, LAVROV, KHAN, "040", 1, 1.0, true, null));
    }
    stored.add(Fixtures.event("neg", "a1", D, EventStatus.NEGATED, PAKMIL, INDIA, "190", 4, -10.0, false,
        Fixtures.ISLAMABAD));
    stored.add(Fixtures.event("un", "a1", null, EventStatus.ASSERTED, UN, KHAN, "111", 3, -2.0, false, null));
    assertTrue(store.store(Fixtures.article("a1", "https://example.org/a1"), stored));
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void pagesFollowTheListingOrder(Dialect dialect) throws Exception {
    fill(dialect);
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

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void badQueriesAreTheCallersMistake(Dialect dialect) throws Exception {
    fill(dialect);
    assertThrows(IllegalArgumentException.class, () -> new EventQuery("x'; DROP TABLE events; --", null, null, null, null, false, 1));
    assertThrows(IllegalArgumentException.class, () -> new EventQuery(null, null, null, null, null, false, 1, -1));
    assertThrows(IllegalArgumentException.class, () -> store.actor("rus", 5));
    assertThrows(IllegalArgumentException.class, () -> store.relations("RUS", "../etc", Period.MONTH));
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void eventsReadBackAsStored(Dialect dialect) throws Exception {
    fill(dialect);
    for (Event e : stored) {
      assertEquals(e, store.event(e.id()).orElseThrow());
    }
    assertTrue(store.event("missing").isEmpty());
    assertTrue(store.event("' OR 1=1 --").isEmpty());
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void anArticleComesWithItsEvents(Dialect dialect) throws Exception {
    fill(dialect);
    StoredArticle a = store.article("a1").orElseThrow();
    assertEquals(Fixtures.article("a1", "https://example.org/a1"), a.article());
    assertEquals(List.of("e0", "e1", "e2", "e3", "e4", "neg", "un"), ids(a.events()));
    assertFalse(a.ingestedAt().isBefore(before.minusSeconds(1)), a.ingestedAt() + " vs " + before);
    assertTrue(Duration.between(a.ingestedAt(), Instant.now()).abs().toMinutes() < 1, a.ingestedAt().toString());
    assertTrue(store.article("a2").isEmpty());
    assertFalse(store.store(Fixtures.article("a1", null), List.of()), "stored once");
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void anActorHasCountsAndCounterparts(Dialect dialect) throws Exception {
    fill(dialect);
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

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void aDuplicateSeesTheSameDatabase(Dialect dialect) throws Exception {
    fill(dialect);
    try (JdbcEventStore other = store.duplicate()) {
      assertEquals(1, other.articleCount());
      assertEquals(stored.get(0), other.event("e0").orElseThrow());
    }
    assertEquals(1, store.articleCount(), "closing a duplicate leaves the store open");
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void relationsCountAssertedEventsPerMonthBothWays(Dialect dialect) throws Exception {
    fill(dialect);
    store.store(Fixtures.article("a2", "https://example.org/a2"), List.of(
        Fixtures.event("back", "a2", LocalDate.of(2021, 5, 3), EventStatus.ASSERTED, KHAN, LAVROV, "190", 4, -10.0, false, null)));
    assertEquals(List.of(
            new RelationRow(LocalDate.of(2021, 4, 1), "RUS", "PAK", 5, 5, 0, 0, 0, 5.0),
            new RelationRow(LocalDate.of(2021, 5, 1), "PAK", "RUS", 1, 0, 0, 0, 1, -10.0)),
        store.relations("RUS", "PAK", Period.MONTH));
    assertEquals(List.of(
            new RelationRow(LocalDate.of(2021, 4, 5), "RUSGOV", "PAKGOV", 5, 5, 0, 0, 0, 5.0),
            new RelationRow(LocalDate.of(2021, 5, 3), "PAKGOV", "RUSGOV", 1, 0, 0, 0, 1, -10.0)),
        store.relations("RUSGOV", "PAKGOV", Period.WEEK), "ISO weeks start on Monday");
    assertEquals(List.of(
            new RelationRow(LocalDate.of(2021, 1, 1), "PAKGOV", "RUS", 1, 0, 0, 0, 1, -10.0),
            new RelationRow(LocalDate.of(2021, 1, 1), "RUS", "PAKGOV", 5, 5, 0, 0, 0, 5.0)),
        store.relations("RUS", "PAKGOV", Period.YEAR), "a country and an actor");
    assertEquals(List.of(), store.relations("RUS", "IND", Period.YEAR));
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void anArticleAndItsEventsAreStoredWholeOrNotAtAll(Dialect dialect) throws Exception {
    fill(dialect);
    Event e = Fixtures.event("x1", "a3", D, EventStatus.ASSERTED, LAVROV, KHAN, "040", 1, 1.0, true, null);
    // the second event has the id of one already stored: the database refuses it after the article row went in
    Event clash = Fixtures.event("e0", "a3", D, EventStatus.ASSERTED, LAVROV, KHAN, "040", 1, 1.0, true, null);
    StoreException failure = assertThrows(StoreException.class,
        () -> store.store(Fixtures.article("a3", "https://example.org/a3"), List.of(e, clash)));
    assertTrue(failure.getMessage().contains("a3"), failure.getMessage());
    assertTrue(store.article("a3").isEmpty(), "the article was rolled back with its events");
    assertTrue(store.event("x1").isEmpty(), "no event of the failed article is left");
    assertEquals(1, store.articleCount());
    assertEquals(7, store.count(new EventQuery(null, null, null, null, null, true, 1)));
    assertTrue(store.store(Fixtures.article("a3", "https://example.org/a3"), List.of(e)), "the store is usable afterwards");
    assertEquals(e, store.event("x1").orElseThrow());
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void storingTheSameArticleAgainChangesNothing(Dialect dialect) throws Exception {
    fill(dialect);
    assertFalse(store.store(Fixtures.article("a1", "https://example.org/a1"), stored));
    try (JdbcEventStore again = JdbcEventStore.open(test.location())) {
      assertFalse(again.store(Fixtures.article("a1", "https://example.org/a1"), stored), "reopened, the article is still known");
      assertEquals(1, again.articleCount());
      assertEquals(7, again.count(new EventQuery(null, null, null, null, null, true, 1)));
    }
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void queriesAskedAgainKeepOneStatementEach(Dialect dialect) throws Exception {
    fill(dialect);
    EventQuery q = new EventQuery("RUS", null, null, null, null, false, 2, 0);
    store.events(q);
    store.count(q);
    store.event("e0");
    store.article("a1");
    int prepared = store.preparedStatements();
    for (int i = 0; i < 3; i++) {
      assertEquals(List.of("e2", "e3"), ids(store.events(new EventQuery("RUS", null, null, null, null, false, 2, 2))));
      assertEquals(5, store.count(q));
      assertTrue(store.event("e" + i).isPresent());
      assertTrue(store.article("a1").isPresent());
    }
    assertEquals(prepared, store.preparedStatements());
  }

  @Test
  void aDuckDbFileOfTheFirstSchemaIsBroughtUpToDate() throws Exception {
    Path file = dir.resolve("old.duckdb");
    try (JdbcEventStore s = JdbcEventStore.openDuckDb(file)) {
      s.store(Fixtures.article("old", "https://dawn.example/old"),
          List.of(Fixtures.event("o1", "old", D, EventStatus.ASSERTED, LAVROV, KHAN, "040", 1, 1.0, true, null)));
    }
    // as a store written before cluster_sources and the daily pair tallies existed left it
    try (Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
        Statement st = c.createStatement()) {
      st.execute("DROP TABLE cluster_sources");
      st.execute("DROP TABLE pair_days");
      st.execute("DROP TABLE pair_days_state");
      st.execute("DELETE FROM schema_version WHERE version >= 4");
    }
    try (JdbcEventStore s = JdbcEventStore.openDuckDb(file)) {
      s.store(Fixtures.article("new", "https://dawn.example/new"),
          List.of(Fixtures.event("n1", "new", D.plusDays(1), EventStatus.ASSERTED, LAVROV, KHAN, "040", 1, 1.0, true, null)));
      List<SourcedEvent> out = new ArrayList<>();
      s.scan(EventQuery.unpaged(null, null, true), out::add);
      assertEquals(2, out.get(1).numMentions());
      assertEquals(1, out.get(1).numSources(), "the source known before the upgrade is not counted twice");
      assertEquals(List.of(D, D.plusDays(1)), s.relations("RUS", "PAK", Period.DAY).stream().map(RelationRow::period).toList(),
          "the event stored before the upgrade is counted in the relations");
    }
    try (Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
        Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT source FROM cluster_sources")) {
      assertTrue(rs.next());
      assertEquals("Global Village", rs.getString(1), "the site of the article stored before");
      assertFalse(rs.next());
    }
  }

  private static List<String> ids(List<Event> events) {
    return events.stream().map(Event::id).toList();
  }
}
