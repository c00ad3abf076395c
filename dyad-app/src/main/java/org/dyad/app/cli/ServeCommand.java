package org.dyad.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.dyad.pipeline.Pipeline;
import org.dyad.extract.BadDocumentException;
import org.dyad.model.RawDocument;
import org.dyad.server.ApiServer;
import org.dyad.server.DocumentCoder;
import org.dyad.server.RejectedDocumentException;
import org.dyad.server.ServerConfig;
import org.dyad.server.StorePool;
import org.dyad.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dyad serve}: the HTTP API over the store until the process is stopped. */
@Command(name = "serve", description = "Serve the HTTP API over the store until stopped (Ctrl-C); ingest needs a token.")
public final class ServeCommand implements Callable<Integer> {
  /** Connections to the store, one per concurrent request. */
  static final int STORE_CONNECTIONS = 8;

  @Spec CommandSpec spec;

  @Mixin StoreOption store;

  @Option(names = "--port", defaultValue = "8080", description = "the port (default 8080; 0 for any free one)")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1", description = "the interface to listen on (default 127.0.0.1)")
  String host;

  @Option(names = "--token", paramLabel = "TOKEN",
      description = "the bearer token POST /api/ingest requires (default: $DYAD_TOKEN; without one, ingest is refused)")
  String token;

  @Option(names = "--cors-origin", paramLabel = "ORIGIN", description = "a browser origin allowed to call the API (default: none)")
  String corsOrigin;

  @Option(names = "--rate-limit", paramLabel = "N", defaultValue = "" + ServerConfig.DEFAULT_RATE_LIMIT,
      description = "requests a second each client address may make on average, bursts of twice as many; "
          + "an ingest counts as " + ServerConfig.INGEST_COST + " (default ${DEFAULT-VALUE}; 0 for no limit)")
  int rateLimit;

  @Option(names = "--cache-ms", paramLabel = "MS",
      description = "how long an answer to a read is served again from memory; every write through the server empties "
          + "the cache (default " + ServerConfig.SOLE_WRITER_CACHE_MILLIS + " for a DuckDB file the server alone writes, "
          + ServerConfig.SHARED_STORE_CACHE_MILLIS + " for a PostgreSQL store others may write to; 0 turns it off)")
  Long cacheMillis;

  @Option(names = "--search-index", paramLabel = "DIR",
      description = "the full-text index's folder (default: beside a DuckDB store; for a PostgreSQL store, a folder "
          + "named after it in Dyad's data directory)")
  Path searchIndex;

  @Override
  public Integer call() throws StoreException {
    String t = token != null ? token : System.getenv("DYAD_TOKEN");
    ServerConfig config = new ServerConfig(host, port, t == null || t.isBlank() ? null : t,
        ServerConfig.DEFAULT_MAX_BODY_BYTES, corsOrigin, rateLimit, cacheMillis != null ? cacheMillis : store.soleWriter()
            ? ServerConfig.SOLE_WRITER_CACHE_MILLIS : ServerConfig.SHARED_STORE_CACHE_MILLIS);
    PrintWriter err = spec.commandLine().getErr();
    Path index = searchIndex != null ? searchIndex : store.soleWriter() ? null : store.defaultSearchIndex();
    return serve(StorePool.of(store.open(), STORE_CONNECTIONS), config, new Pipeline(), store.path(), index, err);
  }

  /**
   * Serves the API and the web UI over {@code pool} until the process is interrupted or stopped
   * (Ctrl-C), then closes the server and the pool. Ingests go through {@code pipeline}; full-text
   * search uses the index in {@code searchIndex}, or beside the store's file when null.
   */
  static int serve(StorePool pool, ServerConfig config, Pipeline pipeline, Object what, Path searchIndex, PrintWriter err)
      throws StoreException {
    CountDownLatch stop = new CountDownLatch(1);
    CountDownLatch closed = new CountDownLatch(1);
    // On Ctrl-C the JVM runs this hook; it waits so that the store is closed cleanly before exit.
    Thread hook = new Thread(() -> {
      stop.countDown();
      awaitQuietly(closed);
    }, "dyad-serve-shutdown");
    try (pool; ApiServer server = ApiServer.start(config, pool, coder(pipeline), searchIndex)) {
      Runtime.getRuntime().addShutdownHook(hook);
      err.printf("dyad: serving %s on http://%s:%d/api/ (ingest %s), web UI at http://%2$s:%3$d/; Ctrl-C stops%n", what,
          config.host(), server.port(), config.token() == null ? "refused: no token" : "enabled");
      err.flush();
      stop.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      closed.countDown();
      removeHook(hook);
    }
    return 0;
  }

  /** The real pipeline behind {@code POST /api/ingest}, its bad-input failures as rejections. */
  private static DocumentCoder coder(Pipeline pipeline) {
    return (RawDocument doc, LocalDate date) -> {
      try {
        Pipeline.Coded c = pipeline.code(doc, date);
        return new DocumentCoder.Coded(c.article(), c.events());
      } catch (BadDocumentException e) {
        throw new RejectedDocumentException(e.origin() + ": " + e.reason(), e);
      }
    };
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // The JVM is already shutting down, and the hook is running.
    }
  }
}
