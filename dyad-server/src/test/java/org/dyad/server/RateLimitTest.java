package org.dyad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.dyad.model.json.Json;
import org.dyad.store.JdbcEventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each client's rate is limited by a token bucket; over it, the API answers 429 with Retry-After. */
class RateLimitTest {
  private static final long SECOND = 1_000_000_000L;

  @TempDir Path dir;

  @Test
  void aBurstIsAllowedThenTheRateHolds() {
    AtomicLong clock = new AtomicLong(0);
    RateLimiter limiter = new RateLimiter(2, 4, clock::get);
    for (int i = 0; i < 4; i++) {
      assertTrue(limiter.acquire("10.0.0.1", 1).allowed(), "request " + i + " of the burst");
    }
    RateLimiter.Decision refused = limiter.acquire("10.0.0.1", 1);
    assertFalse(refused.allowed());
    assertEquals(1, refused.retryAfterSeconds());
    // another client has its own bucket
    assertTrue(limiter.acquire("10.0.0.2", 1).allowed());
    clock.addAndGet(SECOND / 2);
    assertTrue(limiter.acquire("10.0.0.1", 1).allowed(), "half a second at 2/s refills one token");
    assertFalse(limiter.acquire("10.0.0.1", 1).allowed());
  }

  @Test
  void costlyRequestsWaitLonger() {
    AtomicLong clock = new AtomicLong(0);
    RateLimiter limiter = new RateLimiter(1, 10, clock::get);
    assertTrue(limiter.acquire("c", 10).allowed());
    RateLimiter.Decision d = limiter.acquire("c", 10);
    assertFalse(d.allowed());
    assertEquals(10, d.retryAfterSeconds());
  }

  @Test
  void idleClientsAreForgottenWhenThereAreMany() {
    AtomicLong clock = new AtomicLong(0);
    RateLimiter limiter = new RateLimiter(100, 100, clock::get);
    for (int i = 0; i <= RateLimiter.MAX_CLIENTS; i++) {
      limiter.acquire("client" + i, 1);
    }
    clock.addAndGet(SECOND);
    limiter.acquire("late", 1);
    assertTrue(limiter.clients() <= 2, "idle buckets swept, " + limiter.clients() + " left");
  }

  @Test
  void theServerAnswers429WithRetryAfter() throws Exception {
    try (StorePool pool = StorePool.of(JdbcEventStore.openDuckDb(dir.resolve("rate.duckdb")), 1);
        ApiServer server = ApiServer.start(
            new ServerConfig("127.0.0.1", 0, null, ServerConfig.DEFAULT_MAX_BODY_BYTES, null, 1), pool,
            (doc, date) -> {
              throw new IllegalStateException("no ingest in this test");
            })) {
      HttpClient http = HttpClient.newHttpClient();
      HttpRequest get = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/events")).build();
      int refused = 0;
      HttpResponse<String> last = null;
      for (int i = 0; i < 40 && refused == 0; i++) {
        last = http.send(get, HttpResponse.BodyHandlers.ofString());
        if (last.statusCode() == 429) {
          refused++;
        } else {
          assertEquals(200, last.statusCode(), last.body());
        }
      }
      assertEquals(1, refused, "a client at 1 request a second is refused within 40 quick requests");
      assertTrue(last.headers().firstValue("Retry-After").isPresent());
      JsonNode body = Json.mapper().readTree(last.body());
      assertEquals(429, body.path("status").asInt());
      assertTrue(body.path("error").asText().startsWith("too many requests"), body.toString());
    }
  }
}
