package org.dyad.extract.fetch;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Lets at most one request at a time reach a host, and each only after a pause since the last
 * one there ended, so that Dyad never loads a site the way a browser full of tabs would.
 */
final class HostGate {
  /** A request to run once the host is free. */
  interface Request<T> {
    T run() throws FetchException;
  }

  private static final class Slot {
    final ReentrantLock lock = new ReentrantLock(true);
    long freeAt = Long.MIN_VALUE;
    Duration delay;

    Slot(Duration delay) {
      this.delay = delay;
    }
  }

  private final Duration defaultDelay;
  private final Map<String, Slot> slots = new ConcurrentHashMap<>();

  HostGate(Duration defaultDelay) {
    this.defaultDelay = defaultDelay;
  }

  /** Waits {@code delay} rather than the default between requests to {@code host} from now on. */
  void setDelay(String host, Duration delay) {
    slot(host).delay = delay;
  }

  /** Runs {@code request} alone on {@code host}, after the host's pause. */
  <T> T run(String host, String url, Request<T> request) throws FetchException {
    Slot s = slot(host);
    s.lock.lock();
    try {
      long wait = s.freeAt == Long.MIN_VALUE ? 0 : s.freeAt - System.nanoTime();
      if (wait > 0) {
        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
      }
      try {
        return request.run();
      } finally {
        s.freeAt = System.nanoTime() + s.delay.toNanos();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FetchException(url, "interrupted while waiting for " + host);
    } finally {
      s.lock.unlock();
    }
  }

  private Slot slot(String host) {
    return slots.computeIfAbsent(host, h -> new Slot(defaultDelay));
  }
}
