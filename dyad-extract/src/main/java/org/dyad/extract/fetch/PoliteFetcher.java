package org.dyad.extract.fetch;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.dyad.model.RawDocument;

/**
 * Fetches pages the way a considerate crawler does: it names itself, asks each host's robots.txt
 * first (redirects included), sends one request at a time per host with a pause between them,
 * gives up on slow servers, and stops reading a body past the size cap.
 */
public final class PoliteFetcher {
  /** Pages, and feeds (whose items the caller reads). */
  private static final Set<String> PAGE_TYPES =
      Set.of("text/html", "application/xhtml+xml", "text/plain", "application/rss+xml", "application/atom+xml",
          "application/rdf+xml", "application/xml", "text/xml");

  private static final String ACCEPT = "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1";

  /** One HTTP exchange: its status, headers and (capped) body. */
  record Response(int status, HttpHeaders headers, CappedBody.Body body) {}

  private final FetchConfig config;
  private final HttpClient client;
  private final HostGate gate;
  private final RobotsRules robots;

  /** A fetcher with {@code config}; it holds one HTTP client for its whole life. */
  public PoliteFetcher(FetchConfig config) {
    this.config = config;
    // Redirects are followed by hand so that every hop passes robots.txt and the host's pause.
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(config.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    this.gate = new HostGate(config.hostDelay());
    this.robots = new RobotsRules(this, gate, config);
  }

  /**
   * Fetches {@code url}: a page with its final address, Content-Type (which may name the charset)
   * and today's date as the fetch date.
   *
   * @throws FetchException naming the URL and the reason: not http(s), disallowed by robots.txt,
   *     unreachable, too slow, an HTTP error, over the size cap, or neither a page nor a feed
   */
  public RawDocument fetch(String url) throws FetchException {
    URI uri = httpUri(url, url);
    LocalDate today = LocalDate.now(config.clock());
    for (int hop = 0; ; hop++) {
      if (!robots.allows(uri, url)) {
        throw new FetchException(url, "is disallowed by the robots.txt of " + uri.getHost());
      }
      Response r = exchange(uri, url);
      if (r.status() >= 300 && r.status() < 400) {
        if (hop == config.maxRedirects()) {
          throw new FetchException(url, "redirects more than " + config.maxRedirects() + " times");
        }
        String location =
            r.headers().firstValue("location")
                .orElseThrow(() -> new FetchException(url, "HTTP " + r.status() + " without a Location"));
        uri = httpUri(url, uri.resolve(location.strip()).toString());
        continue;
      }
      if (r.status() < 200 || r.status() >= 300) {
        throw new FetchException(url, "HTTP " + r.status());
      }
      if (r.body().overCap()) {
        throw new FetchException(
            url, String.format(Locale.ROOT, "is over the %.1f MB limit for one document (reading stopped there)",
                config.maxBytes() / 1048576.0));
      }
      String type = r.headers().firstValue("content-type").map(String::strip).orElse(null);
      if (type != null && !isPage(type)) {
        throw new FetchException(url, "is " + type.split(";")[0].strip() + ", not an HTML or text page or a feed");
      }
      return new RawDocument(url, uri.toString(), r.body().bytes(), type, today);
    }
  }

  /** One request to {@code uri}, in its turn on the host; {@code asked} names it in errors. */
  Response exchange(URI uri, String asked) throws FetchException {
    return gate.run(host(uri), asked, () -> send(uri, asked));
  }

  static String host(URI uri) {
    return uri.getHost().toLowerCase(Locale.ROOT);
  }

  private Response send(URI uri, String asked) throws FetchException {
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(config.responseTimeout())
            .header("User-Agent", config.userAgent())
            .header("Accept", ACCEPT)
            .GET()
            .build();
    CompletableFuture<HttpResponse<CappedBody.Body>> pending =
        client.sendAsync(request, info -> new CappedBody(config.maxBytes()));
    try {
      // The request timeout covers the headers only; this bounds the body too.
      HttpResponse<CappedBody.Body> r = pending.get(config.responseTimeout().toMillis(), TimeUnit.MILLISECONDS);
      return new Response(r.statusCode(), r.headers(), r.body());
    } catch (TimeoutException e) {
      pending.cancel(true);
      throw new FetchException(asked, "no complete response within " + seconds(config.responseTimeout().toMillis()));
    } catch (ExecutionException e) {
      throw new FetchException(asked, describe(e.getCause()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      pending.cancel(true);
      throw new FetchException(asked, "interrupted");
    }
  }

  private String describe(Throwable t) {
    if (t instanceof HttpConnectTimeoutException) {
      return "no connection within " + seconds(config.connectTimeout().toMillis());
    }
    if (t instanceof HttpTimeoutException) {
      // the same words as the timeout of the whole response: which of the two fires first is chance
      return "no complete response within " + seconds(config.responseTimeout().toMillis());
    }
    if (t instanceof ConnectException && t.getCause() instanceof UnresolvedAddressException) {
      return "unknown host";
    }
    if (t instanceof ConnectException) {
      return "connection refused";
    }
    if (t instanceof IOException && t.getMessage() != null) {
      return "cannot fetch: " + t.getMessage();
    }
    return "cannot fetch: " + t.getClass().getSimpleName();
  }

  private static String seconds(long millis) {
    return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
  }

  private static boolean isPage(String contentType) {
    String base = contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
    return base.isEmpty() || PAGE_TYPES.contains(base);
  }

  /** {@code url} as an absolute http or https URI with a host. */
  static URI httpUri(String asked, String url) throws FetchException {
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
        throw new FetchException(asked, "is not an http or https URL" + (asked.equals(url) ? "" : ": " + url));
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new FetchException(asked, "is not a valid URL: " + e.getReason());
    }
  }
}
