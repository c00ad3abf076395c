package org.dyad.server;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per client: each client may make {@code perSecond} requests a second on average,
 * and up to {@code burst} at once after a quiet spell. The buckets of clients gone quiet are
 * dropped when there are many, so a flood of addresses cannot grow memory without bound.
 */
final class RateLimiter {
  /** More clients than this and the full (idle) buckets are swept away. */
  static final int MAX_CLIENTS = 10_000;

  private final double perSecond;
  private final double burst;
  private final LongSupplier nanos;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  /** The outcome of asking for a request: allowed, or refused with a wait before the next try. */
  record Decision(boolean allowed, long retryAfterSeconds) {}

  RateLimiter(double perSecond, double burst) {
    this(perSecond, burst, System::nanoTime);
  }

  RateLimiter(double perSecond, double burst, LongSupplier nanos) {
    if (!(perSecond > 0) || burst < 1) {
      throw new IllegalArgumentException("a rate limit needs a positive rate and a burst of at least 1");
    }
    this.perSecond = perSecond;
    this.burst = burst;
    this.nanos = nanos;
  }

  /** Takes {@code cost} tokens from {@code client}'s bucket if it holds them. */
  Decision acquire(String client, double cost) {
    long now = nanos.getAsLong();
    if (buckets.size() > MAX_CLIENTS) {
      sweep(now);
    }
    Bucket b = buckets.computeIfAbsent(client, k -> new Bucket(burst, now));
    synchronized (b) {
      b.refill(now, perSecond, burst);
      if (b.tokens >= cost) {
        b.tokens -= cost;
        return new Decision(true, 0);
      }
      double missing = cost - b.tokens;
      return new Decision(false, Math.max(1, (long) Math.ceil(missing / perSecond)));
    }
  }

  /** How many clients have a bucket now. */
  int clients() {
    return buckets.size();
  }

  private void sweep(long now) {
    for (Iterator<Bucket> it = buckets.values().iterator(); it.hasNext(); ) {
      Bucket b = it.next();
      synchronized (b) {
        b.refill(now, perSecond, burst);
        if (b.tokens >= burst) {
          it.remove();
        }
      }
    }
  }

  private static final class Bucket {
    double tokens;
    long last;

    Bucket(double tokens, long last) {
      this.tokens = tokens;
      this.last = last;
    }

    void refill(long now, double perSecond, double burst) {
      if (now > last) {
        tokens = Math.min(burst, tokens + (now - last) / 1e9 * perSecond);
        last = now;
      }
    }
  }
}
