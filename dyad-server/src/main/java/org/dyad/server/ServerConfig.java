package org.dyad.server;

import java.util.regex.Pattern;

/**
 * How the HTTP API runs, validated when built.
 *
 * @param host the interface to listen on, such as {@code 127.0.0.1}
 * @param port the port, or 0 for any free one
 * @param token the bearer token that {@code POST /api/ingest} requires, or null to refuse every ingest
 * @param maxBodyBytes the largest request body accepted; larger ones get 413
 * @param corsOrigin the one browser origin allowed to call the API from another site, or null for none
 * @param rateLimit requests a second each client (by address) may make on average, with bursts of
 *     twice as many; an ingest counts as {@link #INGEST_COST} requests; 0 turns the limit off
 * @param cacheMillis how long an answer to a read may be served again from memory; every write
 *     through the server empties the cache, so this bounds only how late other writers' changes
 *     show (0 turns the cache off)
 */
public record ServerConfig(
    String host, int port, String token, long maxBodyBytes, String corsOrigin, int rateLimit, long cacheMillis) {
  /** The default body limit: room for a long article's HTML. */
  public static final long DEFAULT_MAX_BODY_BYTES = 4L << 20;

  /** How long answers are kept when other processes may write to the store (a shared server database). */
  public static final long SHARED_STORE_CACHE_MILLIS = 2_000;

  /** How long answers are kept when the server is the store's only writer (an embedded file it holds). */
  public static final long SOLE_WRITER_CACHE_MILLIS = 60_000;

  /** The default rate limit per client: ample for a person with the web UI, not for a scraper. */
  public static final int DEFAULT_RATE_LIMIT = 50;

  /** How many requests one ingest counts as against the rate limit: coding an article is costly. */
  public static final int INGEST_COST = 10;

  private static final Pattern TOKEN = Pattern.compile("[\\x21-\\x7e]{16,256}");
  private static final Pattern ORIGIN = Pattern.compile("https?://[A-Za-z0-9.-]+(:\\d{1,5})?");

  public ServerConfig {
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException("a host to listen on is needed, such as 127.0.0.1");
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port " + port + " is outside 0..65535");
    }
    if (token != null && !TOKEN.matcher(token).matches()) {
      // Short tokens can be guessed; spaces and control characters cannot travel in a header.
      throw new IllegalArgumentException("the token must be 16 to 256 printable ASCII characters without spaces");
    }
    if (maxBodyBytes < 1 || maxBodyBytes > (256L << 20)) {
      throw new IllegalArgumentException("the body limit " + maxBodyBytes + " is outside 1 byte..256 MB");
    }
    if (corsOrigin != null && !ORIGIN.matcher(corsOrigin).matches()) {
      throw new IllegalArgumentException("'" + corsOrigin + "' is not an origin such as http://localhost:3000");
    }
    if (rateLimit < 0 || rateLimit > 1_000_000) {
      throw new IllegalArgumentException("the rate limit " + rateLimit + " is outside 0..1000000 requests a second");
    }
    if (cacheMillis < 0 || cacheMillis > 3_600_000) {
      throw new IllegalArgumentException("the cache time " + cacheMillis + " ms is outside 0..1 hour");
    }
  }

  /** A configuration whose answers are cached as for a store other processes may write to. */
  public ServerConfig(String host, int port, String token, long maxBodyBytes, String corsOrigin, int rateLimit) {
    this(host, port, token, maxBodyBytes, corsOrigin, rateLimit, SHARED_STORE_CACHE_MILLIS);
  }

  /** A configuration without a rate limit, for embedding the API where the callers are known. */
  public ServerConfig(String host, int port, String token, long maxBodyBytes, String corsOrigin) {
    this(host, port, token, maxBodyBytes, corsOrigin, 0, SHARED_STORE_CACHE_MILLIS);
  }
}
