package org.dyad.extract.fetch;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How politely and how far pages are fetched.
 *
 * @param userAgent the User-Agent header, naming Dyad so site owners can tell who is reading
 * @param robotName the token matched against robots.txt {@code User-agent} lines
 * @param connectTimeout the longest wait for a connection
 * @param responseTimeout the longest wait for a whole response, headers and body
 * @param maxBytes a body over this is not read further and the page is refused
 * @param hostDelay the least pause between two requests to one host
 * @param maxCrawlDelay a robots.txt {@code Crawl-delay} up to this is honoured; a site asking
 *     for more is not fetched at all (crawler-commons' rule), so one site cannot stall a batch
 * @param maxRedirects redirects followed per page, each checked against its host's robots.txt
 * @param clock gives the fetch date, an upper bound for a page's publication date
 */
public record FetchConfig(
    String userAgent,
    String robotName,
    Duration connectTimeout,
    Duration responseTimeout,
    long maxBytes,
    Duration hostDelay,
    Duration maxCrawlDelay,
    int maxRedirects,
    Clock clock) {
  /** Dyad's User-Agent: the program, its version and what it does. */
  public static final String USER_AGENT = "Dyad/0.1 news event coder";

  public FetchConfig {
    Objects.requireNonNull(userAgent, "userAgent");
    Objects.requireNonNull(robotName, "robotName");
    Objects.requireNonNull(clock, "clock");
    positive("connectTimeout", connectTimeout);
    positive("responseTimeout", responseTimeout);
    notNegative("hostDelay", hostDelay);
    notNegative("maxCrawlDelay", maxCrawlDelay);
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    }
    if (maxRedirects < 0) {
      throw new IllegalArgumentException("maxRedirects must not be negative: " + maxRedirects);
    }
  }

  /**
   * The defaults for {@code maxBytes}: 10 s to connect and 30 s for a response (news pages
   * arrive in well under a second; longer means a stalled server), one second between requests
   * to a host (the usual crawler courtesy), a robots.txt crawl delay honoured up to a minute, and
   * five redirects (as RFC 9309 asks for robots.txt).
   */
  public static FetchConfig defaults(long maxBytes) {
    return new FetchConfig(
        USER_AGENT,
        "dyad",
        Duration.ofSeconds(10),
        Duration.ofSeconds(30),
        maxBytes,
        Duration.ofSeconds(1),
        Duration.ofMinutes(1),
        5,
        Clock.systemUTC());
  }

  /** The same configuration with another pause between requests to one host. */
  public FetchConfig withHostDelay(Duration delay) {
    return new FetchConfig(
        userAgent, robotName, connectTimeout, responseTimeout, maxBytes, delay, maxCrawlDelay, maxRedirects, clock);
  }

  /** The same configuration with another response timeout. */
  public FetchConfig withResponseTimeout(Duration timeout) {
    return new FetchConfig(
        userAgent, robotName, connectTimeout, timeout, maxBytes, hostDelay, maxCrawlDelay, maxRedirects, clock);
  }

  private static void positive(String name, Duration d) {
    Objects.requireNonNull(d, name);
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be positive: " + d);
    }
  }

  private static void notNegative(String name, Duration d) {
    Objects.requireNonNull(d, name);
    if (d.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative: " + d);
    }
  }
}
