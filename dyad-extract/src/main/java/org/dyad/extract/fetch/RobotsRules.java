package org.dyad.extract.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each site's robots.txt, read once per scheme, host and port and kept for the fetcher's life.
 * A missing robots.txt (4xx) allows everything; a server error disallows the site for now, as
 * RFC 9309 asks; a {@code Crawl-delay} lengthens the pause between requests to that host.
 */
final class RobotsRules {
  /** The parser's warnings about a malformed robots.txt only go to a log, which Dyad does not keep. */
  private static final int MAX_ROBOTS_WARNINGS = 0;

  private final PoliteFetcher fetcher;
  private final HostGate gate;
  private final FetchConfig config;
  private final SimpleRobotRulesParser parser;
  private final Map<String, BaseRobotRules> bySite = new ConcurrentHashMap<>();

  RobotsRules(PoliteFetcher fetcher, HostGate gate, FetchConfig config) {
    this.fetcher = fetcher;
    this.gate = gate;
    this.config = config;
    this.parser = new SimpleRobotRulesParser(config.maxCrawlDelay().toMillis(), MAX_ROBOTS_WARNINGS);
  }

  /** Whether {@code page} may be fetched; {@code asked} names the page in errors. */
  boolean allows(URI page, String asked) throws FetchException {
    URI robotsTxt = page.resolve("/robots.txt");
    String site = robotsTxt.getScheme() + "://" + robotsTxt.getRawAuthority();
    BaseRobotRules rules = bySite.get(site);
    if (rules == null) {
      rules = read(robotsTxt, asked);
      bySite.put(site, rules);
      if (rules.getCrawlDelay() != BaseRobotRules.UNSET_CRAWL_DELAY
          && rules.getCrawlDelay() > config.hostDelay().toMillis()) {
        gate.setDelay(PoliteFetcher.host(page), Duration.ofMillis(rules.getCrawlDelay()));
      }
    }
    return rules.isAllowed(page.toString());
  }

  private BaseRobotRules read(URI robotsTxt, String asked) throws FetchException {
    URI at = robotsTxt;
    for (int hop = 0; hop <= config.maxRedirects(); hop++) {
      PoliteFetcher.Response r;
      try {
        r = fetcher.exchange(at, at.toString());
      } catch (FetchException e) {
        throw new FetchException(asked, "cannot read " + robotsTxt + ": " + e.reason());
      }
      if (r.status() >= 300 && r.status() < 400 && r.headers().firstValue("location").isPresent()) {
        at = PoliteFetcher.httpUri(asked, at.resolve(r.headers().firstValue("location").get().strip()).toString());
        continue;
      }
      if (r.status() >= 200 && r.status() < 300) {
        return parser.parseContent(
            at.toString(), r.body().bytes(),
            r.headers().firstValue("content-type").orElse("text/plain"), List.of(config.robotName()));
      }
      return parser.failedFetch(r.status());
    }
    // RFC 9309: a robots.txt beyond five redirects counts as unavailable, which allows all.
    return parser.failedFetch(404);
  }
}
