package org.dyad.extract.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dyad.extract.source.DocumentSources;
import org.dyad.extract.source.UrlList;
import org.dyad.model.RawDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fetching from a local server only: robots.txt, the pause per host, limits and failures. */
class PoliteFetcherTest {
  static final String ROBOTS = "User-agent: *\nDisallow: /private/\n";
  static final Duration DELAY = Duration.ofMillis(150);

  @TempDir Path dir;
  LocalSite site;

  @BeforeEach
  void start() throws Exception {
    byte[] big = new byte[4096];
    java.util.Arrays.fill(big, (byte) 'a');
    site = new LocalSite()
        .page("/robots.txt", new LocalSite.Page(200, "text/plain", ROBOTS.getBytes(StandardCharsets.UTF_8), Map.of(), 0))
        .page("/a.html", LocalSite.Page.html("<html><body><p>Page A</p></body></html>"))
        .page("/b.html", new LocalSite.Page(200, "text/html; charset=windows-1251",
            "<p>\u041c\u043e\u0441\u043a\u0432\u0430</p>".getBytes(java.nio.charset.Charset.forName("windows-1251")), Map.of(), 0))
        .page("/private/c.html", LocalSite.Page.html("<p>secret</p>"))
        .page("/old", new LocalSite.Page(301, "text/plain", new byte[0], Map.of("Location", "/a.html"), 0))
        .page("/to-private", new LocalSite.Page(302, "text/plain", new byte[0], Map.of("Location", "/private/c.html"), 0))
        .page("/big.html", new LocalSite.Page(200, "text/html", big, Map.of(), 0))
        .page("/logo.png", new LocalSite.Page(200, "image/png", new byte[] {1, 2, 3}, Map.of(), 0))
        .page("/slow.html", new LocalSite.Page(200, "text/html", "<p>late</p>".getBytes(StandardCharsets.UTF_8), Map.of(), 3000));
  }

  @AfterEach
  void stop() {
    site.close();
  }

  private PoliteFetcher fetcher() {
    return new PoliteFetcher(FetchConfig.defaults(1024).withHostDelay(DELAY).withResponseTimeout(Duration.ofMillis(800)));
  }

  @Test
  void aUrlListIsFetchedPolitelyAndRobotsTxtIsHonoured() throws Exception {
    Path list = dir.resolve("urls.txt");
    Files.writeString(list, "# today's pages\n" + site.url("/a.html") + "\n\n" + site.url("/private/c.html") + "\n"
        + "ftp://example.org/x\n" + site.url("/b.html") + "\n");
    List<DocumentSources.Failure> failures = new ArrayList<>();
    List<String> urls = UrlList.read(list, failures::add);
    assertEquals(3, urls.size());
    assertEquals(List.of(new DocumentSources.Failure(list + ":5", "is not an http or https URL: ftp://example.org/x")), failures);

    List<RawDocument> docs = new ArrayList<>();
    new DocumentSources(1024, fetcher(), false).read(urls, System.in, docs::add, failures::add);

    assertEquals(2, docs.size());
    assertEquals(site.url("/a.html"), docs.get(0).url());
    assertEquals("text/html; charset=windows-1251", docs.get(1).mediaType());
    assertEquals(new DocumentSources.Failure(site.url("/private/c.html"), "is disallowed by the robots.txt of 127.0.0.1"),
        failures.get(1));

    List<LocalSite.Hit> hits = site.hits();
    assertEquals(List.of("/robots.txt", "/a.html", "/b.html"), hits.stream().map(LocalSite.Hit::path).toList(),
        "robots.txt once and first; the disallowed page is never asked for");
    for (LocalSite.Hit h : hits) {
      assertEquals(FetchConfig.USER_AGENT, h.userAgent());
    }
    for (int i = 1; i < hits.size(); i++) {
      long pause = hits.get(i).startNanos() - hits.get(i - 1).endNanos();
      assertTrue(pause >= DELAY.toNanos() * 9 / 10, "pause before request " + i + ": " + pause / 1_000_000 + " ms");
    }
  }

  @Test
  void redirectsAreFollowedAndCheckedAgainstRobotsTxt() throws Exception {
    PoliteFetcher f = fetcher();
    RawDocument d = f.fetch(site.url("/old"));
    assertEquals(site.url("/old"), d.origin());
    assertEquals(site.url("/a.html"), d.url());
    FetchException e = assertThrows(FetchException.class, () -> f.fetch(site.url("/to-private")));
    assertEquals("is disallowed by the robots.txt of 127.0.0.1", e.reason());
  }

  @Test
  void limitsAndErrorsNameTheUrlAndTheReason() {
    PoliteFetcher f = fetcher();
    assertEquals("is over the 0.0 MB limit for one document (reading stopped there)",
        assertThrows(FetchException.class, () -> f.fetch(site.url("/big.html"))).reason());
    assertEquals("HTTP 404", assertThrows(FetchException.class, () -> f.fetch(site.url("/missing.html"))).reason());
    assertEquals("is image/png, not an HTML or text page or a feed",
        assertThrows(FetchException.class, () -> f.fetch(site.url("/logo.png"))).reason());
    assertEquals("no complete response within 800 ms",
        assertThrows(FetchException.class, () -> f.fetch(site.url("/slow.html"))).reason());
    FetchException e = assertThrows(FetchException.class, () -> f.fetch("mailto:someone@example.org"));
    assertEquals("mailto:someone@example.org", e.url());
    assertEquals("is not an http or https URL", e.reason());
  }

  @Test
  void aMissingRobotsTxtAllowsEverything() throws Exception {
    try (LocalSite bare = new LocalSite().page("/p.html", LocalSite.Page.html("<p>open</p>"))) {
      RawDocument d = fetcher().fetch(bare.url("/p.html"));
      assertEquals("text/html; charset=utf-8", d.mediaType());
      assertEquals(List.of("/robots.txt", "/p.html"), bare.hits().stream().map(LocalSite.Hit::path).toList());
    }
  }

  @Test
  void anUnreachableHostIsReported() throws Exception {
    String url;
    try (LocalSite gone = new LocalSite()) {
      url = gone.url("/a.html");
    }
    FetchException e = assertThrows(FetchException.class, () -> fetcher().fetch(url));
    assertTrue(e.reason().startsWith("cannot read http://127.0.0.1:"), e.reason());
    assertTrue(e.reason().endsWith("/robots.txt: connection refused"), e.reason());
  }
}
