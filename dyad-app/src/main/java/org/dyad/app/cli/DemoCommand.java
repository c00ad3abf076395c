package org.dyad.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dyad.model.Event;
import org.dyad.model.EventStatus;
import org.dyad.pipeline.ParallelPipeline;
import org.dyad.pipeline.Pipeline;
import org.dyad.server.ServerConfig;
import org.dyad.server.StorePool;
import org.dyad.store.EventQuery;
import org.dyad.store.JdbcEventStore;
import org.dyad.store.Period;
import org.dyad.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dyad demo}: the bundled example corpus into a fresh store, then its events and relations. */
@Command(name = "demo", description = "Ingest the bundled example corpus into a fresh store and print its events and pair relations.")
public final class DemoCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--no-serve", description = "end after printing instead of serving the web UI over the demo store")
  boolean noServe;

  @Option(names = "--port", defaultValue = "8080", description = "the web UI's port on 127.0.0.1 (default 8080; 0 for any free one)")
  int port;

  @Option(names = "--db", paramLabel = "PATH", description = "the store file to create (default: demo.duckdb in Dyad's data directory, replaced)")
  Path db;

  @Option(names = "--corpus", paramLabel = "DIR", description = "the corpus to ingest (default: the bundled examples/corpus)")
  Path corpus;

  @Override
  public Integer call() throws StoreException, IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path dir = corpus != null ? corpus : Path.of(System.getProperty("dyad.home", ".")).resolve("examples").resolve("corpus");
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException(dir + ": the example corpus is not there (use --corpus DIR)");
    }
    Path file = db != null ? db : JdbcEventStore.defaultPath().resolveSibling("demo.duckdb");
    Files.deleteIfExists(file);
    Files.deleteIfExists(file.resolveSibling(file.getFileName() + ".wal"));
    Pipeline pipeline = new Pipeline();
    JdbcEventStore store = JdbcEventStore.openDuckDb(file);
    int exit;
    try {
      IngestCommand.Totals t;
      try (ParallelPipeline workers = new ParallelPipeline(ParallelPipeline.defaultThreads())) {
        t = IngestCommand.ingest(List.of(dir.toString()), store, workers, new Batch(err), err);
      }
      out.printf("Ingested %d articles (%d events) from %s into %s%n%n", t.stored, t.events, dir, file);
      List<Event> all = store.events(new EventQuery(null, null, null, null, null, true, 10_000));
      out.println("Coded events (all statuses; relations count only asserted ones):");
      EventTable.events(out, all, EventTable.Format.table);
      for (String[] pair : topPairs(all, 3)) {
        out.printf("%nRelations %s-%s by month:%n", pair[0], pair[1]);
        RelationsCommand.print(out, store.analytics().relations(pair[0], pair[1], Period.MONTH), EventTable.Format.table);
      }
      out.printf("%nExplore further: ./dyad events --db %s --pair PAK,RUS   |   ./dyad relations --db %s PAK RUS%n", file, file);
      out.flush();
      exit = t.failed == 0 ? 0 : 1;
    } catch (StoreException | RuntimeException e) {
      store.close();
      throw e;
    }
    if (noServe) {
      store.close();
      return exit;
    }
    String token = System.getenv("DYAD_TOKEN");
    ServerConfig config = new ServerConfig("127.0.0.1", port, token == null || token.isBlank() ? null : token,
        ServerConfig.DEFAULT_MAX_BODY_BYTES, null, ServerConfig.DEFAULT_RATE_LIMIT, ServerConfig.SOLE_WRITER_CACHE_MILLIS);
    ServeCommand.serve(StorePool.of(store, ServeCommand.STORE_CONNECTIONS), config, pipeline, file, null, err);
    return exit;
  }

  /** The pairs of countries with the most dated asserted events: what the relations tables count. */
  private static List<String[]> topPairs(List<Event> events, int n) {
    Map<String, Integer> counts = new HashMap<>();
    for (Event e : events) {
      if (e.status() != EventStatus.ASSERTED || e.source() == null || e.target() == null || e.date() == null) {
        continue;
      }
      String a = e.source().country();
      String b = e.target().country();
      if (a.equals(b)) {
        continue;
      }
      String key = a.compareTo(b) < 0 ? a + "," + b : b + "," + a;
      counts.merge(key, 1, Integer::sum);
    }
    List<String[]> out = new ArrayList<>();
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
        .limit(n)
        .forEach(e -> out.add(e.getKey().split(",")));
    return out;
  }
}
