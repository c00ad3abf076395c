package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.dyad.model.Actor;
import org.dyad.model.Event;
import org.dyad.model.EventStatus;
import org.dyad.store.bench.SyntheticCorpus;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The daily pair tallies that relations are read from say what the events say: after articles
 * stored one by one and in batches, after compaction, and when counted afresh. The expected
 * relations are worked out here in Java from every stored event, not in SQL.
 */
class PairDaysTest {
  /** Pairs of countries, of actor codes, of one side with itself, and a country with an actor code. */
  private static final List<String[]> PAIRS = List.of(
      new String[] {"USA", "CHN"}, new String[] {"RUS", "UKR"}, new String[] {"USAGOV", "CHNGOV"},
      new String[] {"USA", "USA"}, new String[] {"USA", "CHNGOV"}, new String[] {"GBR", "XYZ"});

  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void relationsFromTheTalliesAgreeWithTheEvents(Dialect dialect) throws Exception {
    try (TestStore test = TestStore.open(dialect, dir)) {
      JdbcEventStore store = test.store();
      SyntheticCorpus corpus = new SyntheticCorpus(11);
      List<ArticleEvents> batch = new ArrayList<>();
      for (int i = 0; i < 400; i++) {
        SyntheticCorpus.Story s = corpus.next();
        if (i % 4 == 0) {
          store.store(s.article(), s.events());
        } else {
          batch.add(new ArticleEvents(s.article(), s.events()));
          if (batch.size() == 30) {
            store.storeAll(batch);
            batch.clear();
          }
        }
      }
      store.storeAll(batch);
      Map<String, List<String>> expected = expected(store);
      assertTrue(expected.get("USA CHN MONTH").size() > 5, "the corpus relates the first countries: " + expected.keySet());
      assertEquals(expected, relations(store), "as appended");
      long appended = rows(store.connection(), "SELECT count(*) FROM pair_days");
      long keys = rows(store.connection(), "SELECT count(*) FROM (SELECT DISTINCT level, source, target, day FROM pair_days) k");
      assertTrue(appended > keys, "batches touched the same pairs and days: " + appended + " rows, " + keys + " keys");
      assertTrue(PairDays.compactionDue(store.connection()) == (appended >= PairDays.MIN_APPENDED));

      Connection c = store.connection();
      c.setAutoCommit(false);
      PairDays.compact(c, dialect);
      c.commit();
      c.setAutoCommit(true);
      assertEquals(expected, relations(store), "compacted");
      assertEquals(keys, rows(c, "SELECT count(*) FROM pair_days"), "one row per pair and day");
      assertEquals(keys, rows(c, "SELECT compacted FROM pair_days_state"));
      assertEquals(0, rows(c, "SELECT appended FROM pair_days_state"));
      assertFalse(PairDays.compactionDue(c));

      store.recountPairDays();
      assertEquals(expected, relations(store), "counted afresh");
      assertEquals(keys, rows(c, "SELECT count(*) FROM pair_days"));
    }
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void theVolumeIsEveryAssertedEventOfThePeriod(Dialect dialect) throws Exception {
    try (TestStore test = TestStore.open(dialect, dir)) {
      JdbcEventStore store = test.store();
      SyntheticCorpus corpus = new SyntheticCorpus(5);
      for (int i = 0; i < 60; i++) {
        SyntheticCorpus.Story s = corpus.next();
        store.store(s.article(), s.events());
      }
      Map<LocalDate, Long> want = new TreeMap<>();
      for (Event e : events(store)) {
        if (e.status() == EventStatus.ASSERTED && e.date() != null) {
          want.merge(start(Period.YEAR, e.date()), 1L, Long::sum);
        }
      }
      assertEquals(want, PairDays.volume(store.connection(), Period.YEAR, LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1)));
    }
  }

  /** For each pair and period, the relation rows as text, from the store. */
  private static Map<String, List<String>> relations(JdbcEventStore store) throws StoreException {
    Map<String, List<String>> out = new TreeMap<>();
    for (String[] pair : PAIRS) {
      for (Period p : Period.values()) {
        out.put(pair[0] + " " + pair[1] + " " + p, store.relations(pair[0], pair[1], p).stream().map(PairDaysTest::text).toList());
      }
    }
    return out;
  }

  /** For each pair and period, the relation rows as text, counted here from the stored events. */
  private static Map<String, List<String>> expected(JdbcEventStore store) throws Exception {
    List<Event> events = events(store);
    Map<String, List<String>> out = new TreeMap<>();
    for (String[] pair : PAIRS) {
      for (Period p : Period.values()) {
        Map<String, RelationRow> rows = new TreeMap<>();
        for (Event e : events) {
          if (e.status() != EventStatus.ASSERTED || e.date() == null || e.source() == null || e.target() == null) {
            continue;
          }
          for (int way = 0; way < (pair[0].equals(pair[1]) ? 1 : 2); way++) {
            String s = pair[way];
            String t = pair[1 - way];
            if (side(e.source(), s) && side(e.target(), t)) {
              LocalDate period = start(p, e.date());
              String key = period + " " + s + " " + t;
              RelationRow r = rows.getOrDefault(key, new RelationRow(period, s, t, 0, 0, 0, 0, 0, 0));
              int q = e.quadClass();
              rows.put(key, new RelationRow(period, s, t, r.events() + 1, r.verbalCooperation() + (q == 1 ? 1 : 0),
                  r.materialCooperation() + (q == 2 ? 1 : 0), r.verbalConflict() + (q == 3 ? 1 : 0),
                  r.materialConflict() + (q == 4 ? 1 : 0), r.goldsteinSum() + e.goldstein()));
            }
          }
        }
        out.put(pair[0] + " " + pair[1] + " " + p, rows.values().stream().map(PairDaysTest::text).toList());
      }
    }
    return out;
  }

  private static List<Event> events(JdbcEventStore store) throws Exception {
    List<Event> events = new ArrayList<>();
    store.scan(EventQuery.unpaged(null, null, true), se -> events.add(se.event()));
    return events;
  }

  /** Whether an actor is the side named by a country code (three letters) or an actor code. */
  private static boolean side(Actor a, String code) {
    return code.length() == 3 ? code.equals(a.country()) : code.equals(a.code());
  }

  private static LocalDate start(Period p, LocalDate d) {
    return switch (p) {
      case DAY -> d;
      case WEEK -> d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTH -> d.withDayOfMonth(1);
      case YEAR -> d.withDayOfYear(1);
    };
  }

  private static String text(RelationRow r) {
    return String.format(Locale.ROOT, "%s %s>%s n=%d q=%d/%d/%d/%d g=%.6f", r.period(), r.source(), r.target(), r.events(),
        r.verbalCooperation(), r.materialCooperation(), r.verbalConflict(), r.materialConflict(), r.goldsteinSum());
  }

  private static long rows(Connection c, String sql) throws SQLException {
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
