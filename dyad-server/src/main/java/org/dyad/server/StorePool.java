package org.dyad.server;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.dyad.store.EventStore;
import org.dyad.store.JdbcEventStore;
import org.dyad.store.StoreException;

/**
 * Lends stores to request threads, one thread per store at a time, because a store is not
 * thread-safe. Closing the pool closes every store in it.
 */
public final class StorePool implements AutoCloseable {
  /** Work done with a borrowed store. */
  @FunctionalInterface
  public interface StoreCall<T> {
    /** Uses {@code store}, which belongs to the caller until this returns. */
    T apply(EventStore store) throws StoreException, ApiException;
  }

  private static final long WAIT_SECONDS = 30;

  private final List<EventStore> all;
  private final BlockingQueue<EventStore> idle;

  /** A pool of the given stores, each used by one thread at a time. */
  public StorePool(List<? extends EventStore> stores) {
    if (stores.isEmpty()) {
      throw new IllegalArgumentException("a store pool needs at least one store");
    }
    all = List.copyOf(stores);
    idle = new ArrayBlockingQueue<>(all.size(), false, all);
  }

  /**
   * {@code store} and {@code size - 1} more connections to its database. The pool owns {@code store}
   * from here on, and closes it if the pool cannot be made.
   */
  public static StorePool of(JdbcEventStore store, int size) throws StoreException {
    if (size < 1) {
      throw new IllegalArgumentException("pool size must be positive: " + size);
    }
    List<JdbcEventStore> stores = new ArrayList<>(List.of(store));
    try {
      while (stores.size() < size) {
        stores.add(store.duplicate());
      }
    } catch (StoreException e) {
      for (JdbcEventStore s : stores) {
        try {
          s.close();
        } catch (StoreException suppressed) {
          e.addSuppressed(suppressed);
        }
      }
      throw e;
    }
    return new StorePool(stores);
  }

  /** Runs {@code call} with a store of its own; waits while all are busy, then answers 503. */
  public <T> T call(StoreCall<T> call) throws StoreException, ApiException {
    EventStore store;
    try {
      store = idle.poll(WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiException(503, "the server is shutting down");
    }
    if (store == null) {
      throw new ApiException(503, "the store is busy; try again");
    }
    try {
      return call.apply(store);
    } finally {
      idle.add(store);
    }
  }

  @Override
  public void close() throws StoreException {
    StoreException first = null;
    for (EventStore s : all) {
      try {
        s.close();
      } catch (StoreException e) {
        if (first == null) {
          first = e;
        } else {
          first.addSuppressed(e);
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
