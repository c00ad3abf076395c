package org.dyad.server;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Recent answers to read requests, by path and query, so that the same dashboard question asked by
 * many clients is answered from memory. Every write through this server empties it; an answer
 * older than its time to live is asked again, so writes by other processes to a shared store show
 * within that time. An answer computed while a write committed is not kept: each request notes the
 * cache's generation when it starts, and its answer is kept only if no write came in between.
 */
final class ResponseCache {
  /** The most answers kept. */
  static final int MAX_ENTRIES = 2_000;
  /** The largest answer kept, in characters. */
  static final int MAX_ANSWER_CHARS = 512 * 1024;

  private record Entry(String body, long generation, long at) {}

  private final long ttlNanos;
  private final LongSupplier nanos;
  private final AtomicLong generation = new AtomicLong();
  private final Map<String, Entry> entries = new LinkedHashMap<>(256, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
      return size() > MAX_ENTRIES;
    }
  };

  ResponseCache(long ttlMillis) {
    this(ttlMillis, System::nanoTime);
  }

  ResponseCache(long ttlMillis, LongSupplier nanos) {
    this.ttlNanos = ttlMillis * 1_000_000L;
    this.nanos = nanos;
  }

  /** The generation a request starts in: pass it back to {@link #put}. */
  long generation() {
    return generation.get();
  }

  /** The kept answer for {@code key}, or null. */
  synchronized String get(String key) {
    Entry e = entries.get(key);
    if (e == null) {
      return null;
    }
    if (e.generation != generation.get() || nanos.getAsLong() - e.at > ttlNanos) {
      entries.remove(key);
      return null;
    }
    return e.body;
  }

  /** Keeps {@code body} for {@code key} unless a write came since {@code startedIn}. */
  synchronized void put(String key, String body, long startedIn) {
    if (body == null || body.length() > MAX_ANSWER_CHARS || startedIn != generation.get()) {
      return;
    }
    entries.put(key, new Entry(body, startedIn, nanos.getAsLong()));
  }

  /** Forgets every answer: the store changed. */
  synchronized void clear() {
    generation.incrementAndGet();
    entries.clear();
  }

  synchronized int size() {
    return entries.size();
  }
}
