package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dyad.model.Article;
import org.dyad.model.DatePrecision;
import org.dyad.model.DateSource;
import org.dyad.model.Event;
import org.dyad.model.EventStatus;
import org.dyad.store.bench.SyntheticCorpus;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Storing articles in batches leaves the store exactly as storing them one by one does: the same
 * articles, copies recognised, events, clusters and their counts, sources. And a batch is stored
 * whole or not at all.
 */
class BulkWritesTest {
  private static final LocalDate DAY = LocalDate.of(2021, 4, 7);

  @TempDir Path dir;

  /** Synthetic stories, stories reporting one meeting across sites and days, copies, repeats and short items. */
  private static List<ArticleEvents> corpus() {
    SyntheticCorpus synthetic = new SyntheticCorpus(3);
    List<ArticleEvents> out = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      SyntheticCorpus.Story s = synthetic.next();
      out.add(new ArticleEvents(s.article(), s.events()));
      if (i % 4 == 0) {
        int n = i / 4;
        Article a = article("m" + n, n % 3 == 0 ? null : "site" + n % 2 + ".example", "Lavrov met Khan, report " + n + ".");
        out.add(new ArticleEvents(a, List.of(
            Fixtures.event("m" + n + "-1", a.id(), DAY.plusDays(n % 5), EventStatus.ASSERTED, Fixtures.LAVROV, Fixtures.KHAN,
                "040", 1, 1.0, true, null),
            Fixtures.event("m" + n + "-2", a.id(), DAY.plusDays(3 * n), EventStatus.ASSERTED, Fixtures.KHAN, Fixtures.LAVROV,
                "042", 1, 1.9, false, null),
            Fixtures.event("m" + n + "-3", a.id(), null, EventStatus.ASSERTED, Fixtures.UN, Fixtures.KHAN, "111", 3, -2.0,
                false, null))));
      }
      if (i % 9 == 5) {
        // a repeat of an earlier synthetic story, and a syndicated copy of it under another id
        ArticleEvents earlier = out.get(out.size() - 3);
        out.add(earlier);
        Article a = earlier.article();
        out.add(new ArticleEvents(new Article("copy" + i, a.file(), "https://copy.example/" + i, a.title(), "(Wire) " + a.text(),
            null, null, "en", a.date(), DatePrecision.DAY, DateSource.META, null, List.of(), List.of()), List.of()));
      }
      if (i % 10 == 7) {
        out.add(new ArticleEvents(article("short" + i, null, "Iran met Iraq " + i + "."), List.of()));
      }
    }
    return out;
  }

  private static Article article(String id, String site, String text) {
    return new Article(id, "/corpus/" + id + ".txt", site == null ? null : "https://" + site + "/" + id, "Talks", text, null, null,
        "en", DAY, DatePrecision.DAY, DateSource.META, null, List.of(), List.of());
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void batchesStoreWhatOneByOneStores(Dialect dialect) throws Exception {
    List<ArticleEvents> corpus = corpus();
    Map<String, List<Map<String, String>>> want;
    List<Boolean> oneByOne = new ArrayList<>();
    try (TestStore test = TestStore.open(dialect, dir)) {
      for (ArticleEvents ae : corpus) {
        oneByOne.add(test.store().store(ae.article(), ae.events()));
      }
      want = snapshot(test.store());
    }
    List<Boolean> batched = new ArrayList<>();
    try (TestStore test = TestStore.open(dialect, dir)) {
      for (int from = 0; from < corpus.size(); from += 7) {
        batched.addAll(test.store().storeAll(corpus.subList(from, Math.min(corpus.size(), from + 7))));
      }
      assertEquals(oneByOne, batched);
      Map<String, List<Map<String, String>>> got = snapshot(test.store());
      assertEquals(want.keySet(), got.keySet());
      for (String table : want.keySet()) {
        assertEquals(want.get(table), got.get(table), "rows of " + table);
      }
    }
    assertTrue(oneByOne.contains(false), "the corpus has copies");
    assertTrue(want.get("event_clusters").stream().anyMatch(c -> Integer.parseInt(c.get("num_articles")) > 2),
        "the corpus has events reported across articles: " + want.get("event_clusters").size());
    assertTrue(want.get("cluster_sources").size() > 1);
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void aBatchIsStoredWholeOrNotAtAll(Dialect dialect) throws Exception {
    try (TestStore test = TestStore.open(dialect, dir)) {
      JdbcEventStore store = test.store();
      Event early = Fixtures.event("x0", "b0", DAY, EventStatus.ASSERTED, Fixtures.LAVROV, Fixtures.KHAN, "040", 1, 1.0, true, null);
      assertThrows(StoreException.class, () -> store.storeAll(List.of(
          new ArticleEvents(article("b0", "dawn.example", "Lavrov met Khan first."), List.of(early, early)))),
          "a first batch that fails");
      Article first = article("b1", "dawn.example", "Lavrov met Khan.");
      Event meeting = Fixtures.event("x1", "b1", DAY, EventStatus.ASSERTED, Fixtures.LAVROV, Fixtures.KHAN, "040", 1, 1.0, true, null);
      store.storeAll(List.of(new ArticleEvents(first, List.of(meeting))));
      Article second = article("b2", "tass.example", "Khan met Lavrov.");
      Article third = article("b3", "tass.example", "Lavrov met Khan again.");
      Event clash = Fixtures.event("x1", "b3", DAY, EventStatus.ASSERTED, Fixtures.LAVROV, Fixtures.KHAN, "040", 1, 1.0, true, null);
      StoreException e = assertThrows(StoreException.class, () -> store.storeAll(List.of(
          new ArticleEvents(second, List.of(Fixtures.event("x2", "b2", DAY, EventStatus.ASSERTED, Fixtures.KHAN, Fixtures.LAVROV,
              "040", 1, 1.0, true, null))),
          new ArticleEvents(third, List.of(clash)))));
      assertTrue(e.getMessage().contains("b2"), e.getMessage());
      assertEquals(1, store.articleCount(), "neither article of the failed batch is stored");
      assertTrue(store.event("x2").isEmpty());
      List<SourcedEvent> events = new ArrayList<>();
      store.scan(EventQuery.unpaged(null, null, true), events::add);
      assertEquals(1, events.size());
      assertEquals(1, events.get(0).numMentions(), "the failed batch left the cluster's counts alone");
      assertEquals(List.of(true), store.storeAll(List.of(new ArticleEvents(second, List.of()))), "the store is usable afterwards");
    }
  }

  static Map<String, List<Map<String, String>>> snapshot(JdbcEventStore store) throws SQLException {
    return StoreContents.of(store.connection());
  }
}
