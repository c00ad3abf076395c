package org.dyad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Kept answers are served until a write or their time to live, and never one computed across a write. */
class ResponseCacheTest {
  private static final long MS = 1_000_000L;

  @Test
  void anAnswerIsKeptUntilItsTimeToLive() {
    AtomicLong clock = new AtomicLong(0);
    ResponseCache cache = new ResponseCache(2_000, clock::get);
    cache.put("/api/events", "{\"total\":1}", cache.generation());
    assertEquals("{\"total\":1}", cache.get("/api/events"));
    clock.addAndGet(2_001 * MS);
    assertNull(cache.get("/api/events"), "stale after its time to live");
  }

  @Test
  void aWriteForgetsEverything() {
    ResponseCache cache = new ResponseCache(60_000);
    cache.put("/api/events", "{\"total\":1}", cache.generation());
    cache.clear();
    assertNull(cache.get("/api/events"));
    assertEquals(0, cache.size());
  }

  @Test
  void anAnswerComputedAcrossAWriteIsNotKept() {
    ResponseCache cache = new ResponseCache(60_000);
    long started = cache.generation();
    cache.clear(); // a write committed while the answer was being computed
    cache.put("/api/events", "{\"total\":1}", started);
    assertNull(cache.get("/api/events"));
  }

  @Test
  void theCacheIsBounded() {
    ResponseCache cache = new ResponseCache(60_000);
    for (int i = 0; i < ResponseCache.MAX_ENTRIES + 10; i++) {
      cache.put("/api/events?offset=" + i, "{}", cache.generation());
    }
    assertEquals(ResponseCache.MAX_ENTRIES, cache.size());
    cache.put("/api/big", "x".repeat(ResponseCache.MAX_ANSWER_CHARS + 1), cache.generation());
    assertNull(cache.get("/api/big"), "too large to keep");
  }
}
