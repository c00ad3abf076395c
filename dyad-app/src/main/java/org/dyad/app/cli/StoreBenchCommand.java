package org.dyad.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.dyad.model.Event;
import org.dyad.store.ArticleEvents;
import org.dyad.store.EventQuery;
import org.dyad.store.JdbcEventStore;
import org.dyad.store.Period;
import org.dyad.store.RelationRow;
import org.dyad.store.StoreException;
import org.dyad.store.bench.BulkEvents;
import org.dyad.store.bench.SyntheticCorpus;
import org.dyad.store.bench.Timings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dyad bench-store}: measures the store on synthetic data in a temporary directory: how many
 * events a second an ingest stores ({@code --events N}), and how long a pair's monthly relations
 * take over a store of ten million events ({@code --relations}).
 */
@Command(name = "bench-store",
    description = "Measure the store on synthetic events in a temporary directory: ingest speed (--events N) and "
        + "a pair's monthly relations over 10 million events (--relations).")
public final class StoreBenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--events", paramLabel = "N", description = "store N synthetic events, article by article, into a fresh DuckDB")
  long events;

  @Option(names = "--batch", paramLabel = "N", defaultValue = "1000",
      description = "articles stored in one transaction by --events (default 1000)")
  int batchSize;

  @Option(names = "--relations", description = "time a pair's monthly relations over a store of --store-events events")
  boolean relations;

  @Option(names = "--store-events", paramLabel = "N", defaultValue = "10000000",
      description = "events in the store --relations queries (default 10000000)")
  long storeEvents;

  @Option(names = "--pair", paramLabel = "A,B", defaultValue = "USA,CHN", description = "the pair --relations asks for (default USA,CHN)")
  String pair;

  @Option(names = "--queries", paramLabel = "N", defaultValue = "50", description = "timed relations queries (default 50)")
  int queries;

  @Option(names = "--seed", defaultValue = "1", description = "the synthetic data's seed (default 1)")
  long seed;

  @Option(names = "--dir", paramLabel = "DIR",
      description = "where to put the stores, kept afterwards; a relations store already there is measured again "
          + "(default: a new temporary directory, deleted afterwards)")
  Path dir;

  @Override
  public Integer call() throws StoreException, IOException {
    if (events <= 0 && !relations) {
      throw new IllegalArgumentException("nothing to measure: give --events N and/or --relations");
    }
    if (events < 0 || storeEvents <= 0 || queries <= 0 || batchSize <= 0) {
      throw new IllegalArgumentException("--events, --batch, --store-events and --queries must be positive");
    }
    String[] sides = pair.split(",");
    if (sides.length != 2) {
      throw new IllegalArgumentException("--pair takes two codes, such as USA,CHN: " + pair);
    }
    new EventQuery(null, sides[0], sides[1], null, null, false, 1);
    PrintWriter out = spec.commandLine().getOut();
    Path work = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("dyad-bench-store");
    resetPeakHeap();
    try {
      if (events > 0) {
        ingest(out, work.resolve("ingest.duckdb"));
      }
      if (relations) {
        relations(out, work.resolve("relations.duckdb"), sides[0], sides[1]);
      }
      out.printf(Locale.ROOT, "peak heap: %.0f MB (max %.0f MB)%n", peakHeap() / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
      out.flush();
    } finally {
      if (dir == null) {
        delete(work);
      }
    }
    return 0;
  }

  private void ingest(PrintWriter out, Path file) throws StoreException, IOException {
    SyntheticCorpus corpus = new SyntheticCorpus(seed);
    long stored = 0;
    long articles = 0;
    long storeNanos = 0;
    Files.deleteIfExists(file);
    Files.deleteIfExists(file.resolveSibling(file.getFileName() + ".wal"));
    long start = System.nanoTime();
    try (JdbcEventStore store = JdbcEventStore.openDuckDb(file)) {
      while (stored < events) {
        List<ArticleEvents> batch = new ArrayList<>();
        long inBatch = 0;
        while (batch.size() < batchSize && stored + inBatch < events) {
          SyntheticCorpus.Story s = corpus.next();
          List<Event> some = s.events().subList(0, (int) Math.min(s.events().size(), events - stored - inBatch));
          batch.add(new ArticleEvents(s.article(), some));
          inBatch += some.size();
        }
        long t = System.nanoTime();
        List<Boolean> done = store.storeAll(batch);
        storeNanos += System.nanoTime() - t;
        if (done.contains(false)) {
          throw new IllegalStateException("a synthetic article of the batch from " + batch.get(0).article().id()
              + " was taken for a copy of another");
        }
        stored += inBatch;
        articles += batch.size();
      }
      long check = store.count(EventQuery.unpaged(null, null, true));
      if (check != stored) {
        throw new IllegalStateException("the store holds " + check + " events, not the " + stored + " stored");
      }
    }
    double wall = (System.nanoTime() - start) / 1e9;
    double storing = storeNanos / 1e9;
    out.printf(Locale.ROOT, "ingest: %d events in %d articles, %d a transaction, into a fresh DuckDB (%s, %.1f MB)%n", stored,
        articles, batchSize, file, Files.size(file) / 1e6);
    out.printf(Locale.ROOT, "ingest: %.0f events/s, %.0f articles/s (%.2f s in the store; %.2f s with generating the data)%n",
        stored / storing, articles / storing, storing, wall);
    out.flush();
  }

  private void relations(PrintWriter out, Path file, String a, String b) throws StoreException {
    if (Files.exists(file)) {
      // a store kept in --dir by an earlier run: measure it again as it is
      out.printf(Locale.ROOT, "relations: reusing %s%n", file);
    } else {
      long start = System.nanoTime();
      BulkEvents.load(file, storeEvents, seed);
      out.printf(Locale.ROOT, "relations: %d synthetic events loaded in %.1f s%n", storeEvents, (System.nanoTime() - start) / 1e9);
    }
    out.flush();
    try (JdbcEventStore store = JdbcEventStore.openDuckDb(file)) {
      long total = store.count(EventQuery.unpaged(null, null, true));
      long pairEvents = store.count(new EventQuery(null, a, b, null, null, false, 1));
      List<RelationRow> rows = List.of();
      for (int i = 0; i < 3; i++) {
        rows = store.relations(a, b, Period.MONTH);
      }
      long[] nanos = new long[queries];
      for (int i = 0; i < queries; i++) {
        long t = System.nanoTime();
        rows = store.relations(a, b, Period.MONTH);
        nanos[i] = System.nanoTime() - t;
      }
      Timings t = Timings.ofNanos(nanos);
      out.printf(Locale.ROOT, "relations: store of %d events; %s-%s monthly: %d asserted events, %d rows%n", total, a, b,
          pairEvents, rows.size());
      out.printf(Locale.ROOT, "relations: median %.1f ms, p95 %.1f ms, max %.1f ms over %d queries%n", t.medianMs(), t.p95Ms(),
          t.maxMs(), t.runs());
      out.flush();
    }
  }

  private static void resetPeakHeap() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  /** The sum of the heap pools' peaks: an upper bound of the heap's own peak. */
  private static long peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
