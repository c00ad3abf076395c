package org.dyad.store.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.dyad.model.Article;
import org.dyad.model.DatePrecision;
import org.dyad.model.DateSource;
import org.dyad.model.Event;
import org.dyad.model.EventStatus;
import org.dyad.model.Span;
import org.dyad.store.Dialect;
import org.dyad.store.Fixtures;
import org.dyad.store.JdbcEventStore;
import org.dyad.store.PostgresUrl;
import org.dyad.store.StoreException;
import org.dyad.store.TestStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Full-text search with a real Lucene index over a real DuckDB file (the index beside it) and a
 * real PostgreSQL schema (the index in a directory of its own).
 */
class SearchIndexTest {
  private static final LocalDate D = LocalDate.of(2021, 4, 7);

  @TempDir Path dir;

  private TestStore test;
  private Path db;
  private JdbcEventStore store;
  private SearchIndex index;

  private void open(Dialect dialect) throws Exception {
    test = TestStore.open(dialect, dir);
    store = test.store();
    db = dialect == Dialect.DUCKDB ? Path.of(test.location()) : null;
    store(article("lavrov", "Lavrov in Islamabad", "Russian Foreign Minister Sergey Lavrov held talks in Islamabad on energy."
        + "\n\nHe also met the army chief.", "Global Village", D), 2);
    store(article("modi", "Modi visits Dhaka", "Indian Prime Minister Narendra Modi visited Dhaka for talks on trade.", "Daily Star",
        D.plusDays(20)), 0);
    store(article("html", "A <script>alert(1)</script> headline", "Text with <b>markup</b> in it about a pipeline.", null,
        null), 0);
    index = SearchIndex.open(indexDir());
  }

  /** Beside a DuckDB file; for PostgreSQL, a directory of its own. */
  private Path indexDir() {
    return db != null ? SearchIndex.beside(db) : dir.resolve("postgres.search");
  }

  @AfterEach
  void close() throws Exception {
    if (index != null) {
      index.close();
    }
    if (test != null) {
      test.close();
    } else if (store != null) {
      store.close();
    }
  }

  @Test
  void theIndexLivesBesideTheStoreFile() throws Exception {
    open(Dialect.DUCKDB);
    assertEquals(Path.of(db + ".search").toRealPath(), index.directory());
    assertEquals(dir.toRealPath(), index.directory().getParent());
    assertEquals(db.toAbsolutePath(), source().file().orElseThrow().toAbsolutePath());
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void wordsAreFoundStemmedWithSnippetsAroundThem(Dialect dialect) throws Exception {
    open(dialect);
    SearchPage page = index.search(source(), "talk", 10, 0);
    assertEquals(2, page.total(), "'talk' matches 'talks' in both articles");
    SearchPage lavrov = index.search(source(), "Lavrov energy", 10, 0);
    assertEquals(1, lavrov.total(), "every word must match");
    SearchHit hit = lavrov.hits().get(0);
    assertEquals("lavrov", hit.articleId());
    assertEquals("Lavrov in Islamabad", hit.title());
    assertEquals("https://example.org/lavrov", hit.url());
    assertEquals("Global Village", hit.site());
    assertEquals(D, hit.date());
    assertEquals(2, hit.events(), "asserted events only");
    assertTrue(hit.score() > 0);
    assertEquals("Russian Foreign Minister Sergey Lavrov held talks in Islamabad on energy. He also met the army chief.", hit.snippet(),
        "the whole short text, its paragraph break made one space");
    assertEquals(List.of("Lavrov", "energy"), words(hit));

    SearchHit title = index.search(source(), "title:dhaka", 10, 0).hits().get(0);
    assertEquals("modi", title.articleId());
    assertEquals(List.of("Dhaka"), words(title));
    assertEquals(List.of("modi"), ids(index.search(source(), "\"prime minister\" -lavrov", 10, 0)));
    assertEquals(List.of("lavrov"), ids(index.search(source(), "site:village", 10, 0)));
    assertEquals(List.of("modi"), ids(index.search(source(), "date:[2021-04-20 TO 2021-04-30]", 10, 0)));
    assertEquals(List.of("lavrov"), ids(index.search(source(), "islam*", 10, 0)));
    assertEquals(List.of("Islamabad"), words(index.search(source(), "islam*", 10, 0).hits().get(0)));
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void snippetsArePlainTextFromTheStore(Dialect dialect) throws Exception {
    open(dialect);
    SearchHit hit = index.search(source(), "pipeline", 10, 0).hits().get(0);
    assertEquals("A <script>alert(1)</script> headline", hit.title(), "the store's text, unchanged: escaping is the page's job");
    assertEquals("Text with <b>markup</b> in it about a pipeline.", hit.snippet());
    assertEquals(List.of("pipeline"), words(hit));
    String longText = "Filler words come first. ".repeat(40) + "Then Lavrov met Khan. " + "More filler follows. ".repeat(40);
    store(article("long", "Long", longText, null, D), 0);
    SearchHit cut = index.search(source(), "khan", 10, 0).hits().get(0);
    assertTrue(cut.snippet().startsWith("…") && cut.snippet().endsWith("…"), cut.snippet());
    assertTrue(cut.snippet().length() <= Snippets.LENGTH + 2, cut.snippet());
    assertEquals(List.of("Khan"), words(cut));
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void pagesAndTotals(Dialect dialect) throws Exception {
    open(dialect);
    for (int i = 0; i < 25; i++) {
      store(article("p" + i, "Pipeline " + i, "Report number " + i + " on the gas pipeline project.", null, D), 0);
    }
    SearchPage first = index.search(source(), "pipeline", 10, 0);
    assertEquals(26, first.total());
    assertEquals(10, first.hits().size());
    SearchPage last = index.search(source(), "pipeline", 10, 20);
    assertEquals(6, last.hits().size());
    assertTrue(first.hits().stream().noneMatch(h -> last.hits().stream().anyMatch(l -> l.articleId().equals(h.articleId()))));
    assertEquals(0, index.search(source(), "pipeline", 10, 30).hits().size());
    assertEquals(0, index.search(source(), "kathmandu", 10, 0).total());
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void theIndexCatchesUpWithTheStoreAndIsIdempotent(Dialect dialect) throws Exception {
    open(dialect);
    assertEquals(3, index.catchUp(source()));
    assertEquals(0, index.catchUp(source()), "nothing new");
    assertEquals(0, index.search(source(), "kathmandu", 10, 0).total());
    store(article("nepal", "Kathmandu talks", "Officials met in Kathmandu.", null, D), 0);
    assertEquals(1, index.search(source(), "kathmandu", 10, 0).total(), "stored after the last commit, found at the next search");
    assertEquals(4, docs(), "one document per article");
    LocalDateTime newest = newestStored();
    assertEquals(newest.toString(), userData().get(SearchIndex.INGESTED_AT));

    // a crash after the store committed and before the index did: a fresh process opens both again
    store(article("crash", "After the crash", "Written to the store only, then the process died.", null, D), 0);
    index.close();
    index = SearchIndex.open(indexDir());
    assertEquals(List.of("crash"), ids(index.search(source(), "died", 10, 0)));
    assertEquals(5, docs());
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void anArticleCommittedLateWithAnEarlierStampIsStillIndexed(Dialect dialect) throws Exception {
    open(dialect);
    assertEquals(3, index.catchUp(source()));
    LocalDateTime watermark = LocalDateTime.parse(userData().get(SearchIndex.INGESTED_AT));
    store(article("late", "Late", "Stamped before the newest indexed article, committed after it: Tashkent.", null, D), 0);
    // what a slow transaction leaves: stamped when it began, visible only when it committed
    try (Connection c = connection(dialect);
        PreparedStatement ps = c.prepareStatement("UPDATE articles SET ingested_at = ? WHERE id = ?")) {
      ps.setTimestamp(1, Timestamp.valueOf(watermark.minusSeconds(30)));
      ps.setString(2, "late");
      assertEquals(1, ps.executeUpdate());
    }
    assertEquals(List.of("late"), ids(index.search(source(), "tashkent", 10, 0)), "within the overlap the index looks again");
    assertEquals(watermark.toString(), userData().get(SearchIndex.INGESTED_AT), "an older article does not move the mark back");
  }

  /** Another connection to the test's database, as a second process would have. */
  private Connection connection(Dialect dialect) throws SQLException {
    return dialect == Dialect.DUCKDB ? DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath())
        : PostgresUrl.parse(test.location()).connect();
  }

  @Test
  void aLostOrStaleIndexIsRebuilt() throws Exception {
    open(Dialect.DUCKDB);
    assertEquals(3, index.catchUp(source()));
    index.close();
    deleteTree(SearchIndex.beside(db));
    index = SearchIndex.open(SearchIndex.beside(db));
    assertEquals(1, index.search(source(), "dhaka", 10, 0).total(), "a deleted index is built again from the store");

    // the store is replaced by another at the same path, with more articles: none of the old may show
    index.close();
    store.close();
    Files.delete(db);
    store = JdbcEventStore.openDuckDb(db);
    test = null;
    for (int i = 0; i < 4; i++) {
      store(article("fresh" + i, "Fresh", "A new store about Kabul, article " + i + ".", null, D), 0);
    }
    index = SearchIndex.open(SearchIndex.beside(db));
    assertEquals(0, index.search(source(), "dhaka", 10, 0).total());
    assertEquals(4, index.search(source(), "kabul", 10, 0).total());
    assertEquals(4, docs());
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void badQueriesSayWhy(Dialect dialect) throws Exception {
    open(dialect);
    for (String bad : List.of("lavrov AND", "\"unclosed", "(lavrov", "*", "?avrov", "lavrov)", "title:", "", "   ",
        "x".repeat(1001), "a AND AND b")) {
      QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> index.search(source(), bad, 10, 0), bad);
      assertFalse(e.getMessage().isBlank());
      assertFalse(e.getMessage().contains("Was expecting"), e.getMessage());
    }
    assertTrue(assertThrows(QuerySyntaxException.class, () -> index.search(source(), "lavrov AND", 10, 0)).getMessage()
        .contains("ends too early"));
    assertThrows(IllegalArgumentException.class, () -> index.search(source(), "lavrov", 0, 0));
    assertThrows(IllegalArgumentException.class, () -> index.search(source(), "lavrov", 101, 0));
    assertThrows(IllegalArgumentException.class, () -> index.search(source(), "lavrov", 10, 9995));
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void hostileQueriesAreAnsweredOrRefused(Dialect dialect) throws Exception {
    open(dialect);
    String nested = "(".repeat(400) + "lavrov" + ")".repeat(400);
    assertEquals(1, index.search(source(), nested, 10, 0).total());
    assertThrows(QuerySyntaxException.class, () -> index.search(source(), "' OR 1=1 --", 10, 0));
    assertEquals(0, index.search(source(), "'; DROP TABLE articles", 10, 0).total());
    assertEquals(3, source().summary().articles(), "the store is untouched");
    assertEquals(0, index.search(source(), "the", 10, 0).total(), "stop words alone match nothing");
  }

  private ArticleSource source() {
    return store.analytics().articles();
  }

  private void store(Article a, int assertedEvents) throws StoreException {
    List<Event> events = new java.util.ArrayList<>();
    for (int i = 0; i < assertedEvents; i++) {
      events.add(Fixtures.event(a.id() + "e" + i, a.id(), D, EventStatus.ASSERTED, Fixtures.LAVROV, Fixtures.KHAN, "040", 1, 1.0, true,
          null));
    }
    events.add(Fixtures.event(a.id() + "neg", a.id(), D, EventStatus.NEGATED, Fixtures.LAVROV, Fixtures.KHAN, "040", 1, 1.0, true,
        null));
    assertTrue(store.store(a, events));
  }

  private static Article article(String id, String title, String text, String site, LocalDate date) {
    return new Article(id, "/corpus/" + id, "https://example.org/" + id, title, text, null, site, "en", date,
        date == null ? DatePrecision.UNKNOWN : DatePrecision.DAY, date == null ? DateSource.NONE : DateSource.META, null, List.of(),
        List.of());
  }

  private static List<String> ids(SearchPage page) {
    return page.hits().stream().map(SearchHit::articleId).toList();
  }

  private static List<String> words(SearchHit hit) {
    return hit.highlights().stream().map((Span s) -> hit.snippet().substring(s.begin(), s.end())).toList();
  }

  private int docs() throws IOException {
    try (FSDirectory d = FSDirectory.open(index.directory()); DirectoryReader r = DirectoryReader.open(d)) {
      return r.numDocs();
    }
  }

  private java.util.Map<String, String> userData() throws IOException {
    try (FSDirectory d = FSDirectory.open(index.directory()); DirectoryReader r = DirectoryReader.open(d)) {
      return r.getIndexCommit().getUserData();
    }
  }

  private LocalDateTime newestStored() throws StoreException, IOException {
    LocalDateTime[] newest = {null};
    source().since(null, a -> newest[0] = a.ingestedAt());
    return newest[0];
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
