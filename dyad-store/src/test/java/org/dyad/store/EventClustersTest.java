package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Article;
import org.dyad.model.DatePrecision;
import org.dyad.model.DateSource;
import org.dyad.model.Event;
import org.dyad.model.EventStatus;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Reports of one event in several articles are one cluster whose counts keep up with new reports. */
class EventClustersTest {
  private static final LocalDate DAY = LocalDate.of(2021, 4, 7);

  @TempDir Path dir;

  private static Article from(String id, String site) {
    Article a = Fixtures.article(id, "https://" + site + "/" + id);
    return new Article(a.id(), a.file(), a.url(), a.title(), a.text(), a.author(), null, a.language(), a.date(),
        DatePrecision.DAY, DateSource.META, null, List.of(), List.of());
  }

  private static Event meeting(String id, String article, LocalDate date) {
    return Fixtures.event(id, article, date, EventStatus.ASSERTED, Fixtures.LAVROV, Fixtures.KHAN, "040", 1, 1.0, true, null);
  }

  private static List<SourcedEvent> exported(JdbcEventStore store) throws Exception {
    List<SourcedEvent> out = new ArrayList<>();
    store.scan(new EventQuery(null, null, null, null, null, true, 100), out::add);
    return out;
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void reportsOfOneEventAreCountedTogether(Dialect dialect) throws Exception {
    try (TestStore test = TestStore.open(dialect, dir)) {
      JdbcEventStore store = test.store();
      store.store(from("a1", "dawn.example"), List.of(meeting("e1", "a1", DAY)));
      store.store(from("a2", "tass.example"), List.of(meeting("e2", "a2", DAY.plusDays(1))));
      store.store(from("a3", "tass.example"), List.of(meeting("e3", "a3", DAY.minusDays(1))));
      // the same pair a fortnight later is another meeting
      store.store(from("a4", "dawn.example"), List.of(meeting("e4", "a4", DAY.plusDays(14))));
      // storing an article again changes nothing
      assertFalse(store.store(from("a1", "dawn.example"), List.of(meeting("e1", "a1", DAY))), "stored once");

      List<SourcedEvent> events = exported(store);
      SourcedEvent first = events.stream().filter(s -> s.event().id().equals("e1")).findFirst().orElseThrow();
      assertEquals(3, first.numMentions());
      assertEquals(3, first.numArticles());
      assertEquals(2, first.numSources());
      SourcedEvent later = events.stream().filter(s -> s.event().id().equals("e4")).findFirst().orElseThrow();
      assertEquals(1, later.numMentions());
    }
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void twoReportsInOneArticleAreOneArticleAndOneSource(Dialect dialect) throws Exception {
    try (TestStore test = TestStore.open(dialect, dir)) {
      JdbcEventStore store = test.store();
      store.store(from("a1", "dawn.example"), List.of(meeting("e1", "a1", DAY), meeting("e2", "a1", DAY.plusDays(2))));
      store.store(from("a2", "dawn.example"), List.of(meeting("e3", "a2", DAY.minusDays(1))));
      for (SourcedEvent s : exported(store)) {
        assertEquals(3, s.numMentions(), s.event().id());
        assertEquals(2, s.numArticles(), s.event().id());
        assertEquals(1, s.numSources(), s.event().id() + ": both articles are from dawn.example");
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void undatedAndDifferentEventsStayApart(Dialect dialect) throws Exception {
    try (TestStore test = TestStore.open(dialect, dir)) {
      JdbcEventStore store = test.store();
      store.store(from("b1", "dawn.example"), List.of(meeting("u1", "b1", null)));
      store.store(from("b2", "dawn.example"), List.of(meeting("u2", "b2", null),
          Fixtures.event("n2", "b2", DAY, EventStatus.NEGATED, Fixtures.LAVROV, Fixtures.KHAN, "040", 1, 1.0, false, null)));
      store.store(from("b3", "tass.example"), List.of(meeting("m3", "b3", DAY)));
      for (SourcedEvent s : exported(store)) {
        assertEquals(1, s.numMentions(), s.event().id() + ": an undated, a negated and an asserted meeting are apart");
      }
    }
  }
}
