package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dyad.model.Article;
import org.dyad.model.DatePrecision;
import org.dyad.model.DateSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A syndicated copy is stored once, with every URL it was read from. */
class NearDuplicateArticlesTest {
  @TempDir Path dir;

  private static Article article(String id, String url, String text) {
    return new Article(id, url, url, "Lavrov in Islamabad", text, null, null, "en", LocalDate.of(2021, 4, 7),
        DatePrecision.DAY, DateSource.META, null, List.of(), List.of());
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void copiesAreStoredOnceWithAllTheirUrls(Dialect dialect) throws Exception {
    try (TestStore test = TestStore.open(dialect, dir)) {
      JdbcEventStore store = test.store();
      assertTrue(store.store(article("orig", "https://wire.example/a", Fixtures.STORY), List.of()));
      assertFalse(store.store(article("copy", "https://paper.example/b", "Islamabad (Wire) - " + Fixtures.STORY), List.of()));
      assertFalse(store.store(article("orig", "https://mirror.example/c", Fixtures.STORY), List.of()));
      assertTrue(store.store(article("short1", "https://x.example/1", "Iran met Iraq."), List.of()));
      assertTrue(store.store(article("short2", "https://x.example/2", "Iran met Syria."), List.of()), "short items are never merged");
      assertEquals(3, store.articleCount());
      assertEquals(List.of("https://mirror.example/c", "https://paper.example/b", "https://wire.example/a"), store.sources("orig"));
    }
  }
}
