package org.dyad.pipeline;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs pipeline work on several threads, one {@link Pipeline} per worker, and hands the results
 * back on the caller's thread in the order the work was submitted, so output reads exactly as a
 * single-threaded run's. At most two pieces of work per worker are in flight, which bounds the
 * memory that articles waiting their turn can hold. The models are shared by all workers; each
 * worker's own cost is its working memory for one article (a few MB).
 *
 * <p>Lifecycle: {@link #submit} any number of times, then {@link #close} (which waits for the rest
 * and hands their results over). Not for use by several submitting threads at once.
 */
public final class ParallelPipeline implements AutoCloseable {
  private final int threads;
  private final ExecutorService pool;
  private final ThreadLocal<Pipeline> local;
  private final Pipeline inline;
  private final Deque<Pending<?>> pending = new ArrayDeque<>();

  private record Pending<T>(Future<T> result, Consumer<T> then) {
    void deliver() {
      T value;
      try {
        value = result.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for an article", e);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof RuntimeException r) {
          throw r;
        }
        if (e.getCause() instanceof Error err) {
          throw err;
        }
        throw new IllegalStateException(e.getCause());
      }
      then.accept(value);
    }
  }

  /** Work on {@code threads} workers, each with a pipeline from {@code pipelines}. */
  public ParallelPipeline(int threads, Supplier<Pipeline> pipelines) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    this.threads = threads;
    if (threads == 1) {
      this.inline = pipelines.get();
      this.pool = null;
      this.local = null;
    } else {
      AtomicInteger n = new AtomicInteger();
      this.inline = null;
      this.local = ThreadLocal.withInitial(pipelines);
      this.pool = Executors.newFixedThreadPool(threads, r -> {
        Thread t = new Thread(r, "dyad-pipeline-" + n.incrementAndGet());
        t.setDaemon(true);
        return t;
      });
    }
  }

  /** Work on {@code threads} workers with the standard pipeline. */
  public ParallelPipeline(int threads) {
    this(threads, Pipeline::new);
  }

  /** One worker per available processor. */
  public static int defaultThreads() {
    return Runtime.getRuntime().availableProcessors();
  }

  /** The number of workers. */
  public int threads() {
    return threads;
  }

  /**
   * Runs {@code work} on a worker's pipeline and, in submission order, hands its result to {@code
   * then} on this thread. A runtime exception from {@code work} is rethrown here or from {@link
   * #close} at its turn; work that must not stop a batch catches its own failures and returns them.
   */
  public <T> void submit(Function<Pipeline, T> work, Consumer<T> then) {
    if (pool == null) {
      then.accept(work.apply(inline));
      return;
    }
    pending.addLast(new Pending<>(pool.submit(() -> work.apply(local.get())), then));
    while (pending.size() > 2 * threads) {
      pending.removeFirst().deliver();
    }
  }

  /** Waits for all submitted work and hands its results over, in order. */
  public void flush() {
    while (!pending.isEmpty()) {
      pending.removeFirst().deliver();
    }
  }

  /** Flushes, then stops the workers. */
  @Override
  public void close() {
    try {
      flush();
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
  }
}
