package org.dyad.extract.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.extract.ArticleExtractor;
import org.dyad.extract.feed.FeedItem;
import org.dyad.extract.feed.FeedParser;
import org.dyad.extract.fetch.FetchConfig;
import org.dyad.extract.fetch.LocalSite;
import org.dyad.extract.fetch.PoliteFetcher;
import org.dyad.model.Article;
import org.dyad.model.RawDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** RSS and Atom feeds: items' links, dates and titles; full-text items read without fetching. */
class FeedDocumentsTest {
  static final String FULL_TEXT =
      "<p>Foreign ministers of Egypt and Jordan met in Cairo on Sunday to discuss the situation in Gaza, the"
          + " delivery of humanitarian aid and the reconstruction of the territory after the war.</p>"
          + "<p>The two ministers called for an immediate ceasefire and said they would present a joint plan to"
          + " the Arab League summit next month, officials in both capitals said after the meeting.</p>"
          + "<p>Egypt has hosted several rounds of indirect talks between the parties this year.</p>";

  static String rss(String base) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel>"
        + "<title>World news</title><link>" + base + "/</link>"
        + "<item><title>Egypt and Jordan meet in Cairo</title><link>" + base + "/cairo.html</link>"
        + "<pubDate>Sun, 02 Mar 2025 18:04:00 GMT</pubDate><description>Ministers met.</description>"
        + "<content:encoded><![CDATA[" + FULL_TEXT + "]]></content:encoded></item>"
        + "<item><title>Summit postponed</title><link>" + base + "/summit.html</link>"
        + "<pubDate>Mon, 3 Mar 2025 09:00:00 EST</pubDate><description>&lt;p&gt;The summit was postponed.&lt;/p&gt;</description></item>"
        + "</channel></rss>";
  }

  static final String ATOM =
      "<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Wire</title>"
          + "<entry><title>Talks resume</title><link rel=\"alternate\" href=\"https://wire.example/talks\"/>"
          + "<link rel=\"enclosure\" href=\"https://wire.example/talks.mp3\"/>"
          + "<published>2025-03-04T10:00:00+05:00</published><summary>Talks resume.</summary></entry></feed>";

  @TempDir Path dir;

  @Test
  void parsesRssAndAtomItems() {
    List<FeedItem> rss = FeedParser.items(rss("https://news.example").getBytes(StandardCharsets.UTF_8), "");
    assertEquals(2, rss.size());
    assertEquals(new FeedItem("https://news.example/summit.html", LocalDate.of(2025, 3, 3), "Summit postponed",
        "<p>The summit was postponed.</p>"), rss.get(1));
    assertEquals(LocalDate.of(2025, 3, 2), rss.get(0).date());
    assertTrue(rss.get(0).content().startsWith("<p>Foreign ministers"), "content:encoded comes before description");
    assertEquals(List.of(new FeedItem("https://wire.example/talks", LocalDate.of(2025, 3, 4), "Talks resume", "Talks resume.")),
        FeedParser.items(ATOM.getBytes(StandardCharsets.UTF_8), ""));
    assertTrue(FeedParser.isFeed(ATOM.getBytes(StandardCharsets.UTF_8)));
    assertTrue(!FeedParser.isFeed("<html><body><rss>".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void withoutFetchingFullTextItemsArePagesAndTheOthersAreReported() throws Exception {
    Path feed = dir.resolve("world.rss");
    Files.writeString(feed, rss("https://news.example"));
    List<RawDocument> docs = new ArrayList<>();
    List<DocumentSources.Failure> failures = new ArrayList<>();
    new DocumentSources(1 << 20, null, false).read(List.of(feed.toString()), System.in, docs::add, failures::add);

    assertEquals(1, docs.size());
    RawDocument d = docs.get(0);
    assertEquals(feed + "!https://news.example/cairo.html", d.origin());
    assertEquals(LocalDate.of(2025, 3, 2), d.fetchDate(), "the item's date bounds the page's");
    Article a = new ArticleExtractor().extract(d);
    assertEquals("Egypt and Jordan meet in Cairo", a.title());
    assertEquals("https://news.example/cairo.html", a.url());
    assertTrue(a.text().startsWith("Foreign ministers of Egypt and Jordan"), a.text());
    assertEquals("en", a.language());
    assertEquals(List.of(new DocumentSources.Failure("https://news.example/summit.html",
        "was not fetched: fetching is off and its feed item (" + feed + ") holds no article text")), failures);
  }

  @Test
  void withFetchingTheItemsPagesAreFetched() throws Exception {
    try (LocalSite site = new LocalSite()) {
      site.page("/cairo.html", LocalSite.Page.html("<html><body><article>" + FULL_TEXT + "</article></body></html>"))
          .page("/summit.html", LocalSite.Page.html("<p>The summit was postponed.</p>"));
      Path feed = dir.resolve("feed.xml");
      Files.writeString(feed, rss(site.url("")));
      List<RawDocument> docs = new ArrayList<>();
      List<DocumentSources.Failure> failures = new ArrayList<>();
      PoliteFetcher fetcher = new PoliteFetcher(FetchConfig.defaults(1 << 20).withHostDelay(Duration.ofMillis(10)));
      new DocumentSources(1 << 20, fetcher, true).read(List.of(feed.toString()), System.in, docs::add, failures::add);
      assertEquals(List.of(), failures);
      assertEquals(List.of(site.url("/cairo.html"), site.url("/summit.html")), docs.stream().map(RawDocument::url).toList());
      assertEquals(LocalDate.of(2025, 3, 2), docs.get(0).fetchDate(), "the item's date is earlier than today");
    }
  }

  @Test
  void aFetchedItemsTitleChoosesThePagesHeadline() throws Exception {
    try (LocalSite site = new LocalSite()) {
      site.page("/cairo.html", LocalSite.Page.html("<html><head><title>World news</title></head><body>"
              + "<h1>Today's stories from the region</h1><article><h1>Egypt and Jordan meet in Cairo</h1>" + FULL_TEXT
              + "</article></body></html>"))
          .page("/summit.html", LocalSite.Page.html("<p>The summit was postponed.</p>"));
      Path feed = dir.resolve("feed.xml");
      Files.writeString(feed, rss(site.url("")));
      List<RawDocument> docs = new ArrayList<>();
      PoliteFetcher fetcher = new PoliteFetcher(FetchConfig.defaults(1 << 20).withHostDelay(Duration.ofMillis(10)));
      new DocumentSources(1 << 20, fetcher, true).read(List.of(feed.toString()), System.in, docs::add, f -> {});

      RawDocument d = docs.get(0);
      assertEquals("Egypt and Jordan meet in Cairo", d.title());
      assertEquals("Summit postponed", docs.get(1).title());
      assertEquals("Egypt and Jordan meet in Cairo", new ArticleExtractor().extract(d).title());
      RawDocument untitled = new RawDocument(d.origin(), d.url(), d.content(), d.mediaType(), d.fetchDate());
      assertEquals("Today's stories from the region", new ArticleExtractor().extract(untitled).title(),
          "without the feed's title the page's first main heading is taken");
    }
  }

  @Test
  void anEmptyFeedIsReported() throws Exception {
    Path feed = dir.resolve("empty.atom");
    Files.writeString(feed, "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Nothing</title></feed>");
    List<DocumentSources.Failure> failures = new ArrayList<>();
    new DocumentSources(1 << 20, null, false).read(List.of(feed.toString()), System.in, d -> {}, failures::add);
    assertEquals(List.of(new DocumentSources.Failure(feed.toString(), "is a feed with no items")), failures);
  }
}
