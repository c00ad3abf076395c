package org.dyad.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.extract.BadDocumentException;
import org.dyad.model.Article;
import org.dyad.pipeline.ParallelPipeline;
import org.dyad.pipeline.Pipeline;
import org.dyad.store.ArticleEvents;
import org.dyad.store.EventStore;
import org.dyad.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dyad ingest PATH...}: codes articles and stores them; an article already stored is skipped. */
@Command(name = "ingest", description = "Code articles and store them with their events (idempotent: a stored article is skipped).")
public final class IngestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin StoreOption store;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "files, directories, or - for standard input")
  List<String> inputs;

  @Option(names = "--threads", description = "articles coded at once (default: one per processor)")
  Integer threads;

  @Override
  public Integer call() throws StoreException {
    PrintWriter err = spec.commandLine().getErr();
    int n = threads == null ? ParallelPipeline.defaultThreads() : threads;
    if (n < 1) {
      throw new IllegalArgumentException("--threads must be at least 1, not " + n);
    }
    try (EventStore db = store.open(); ParallelPipeline workers = new ParallelPipeline(n)) {
      Totals t = ingest(inputs, db, workers, new Batch(err), err);
      err.printf("dyad: %d articles stored, %d already present, %d events, %d inputs failed; store %s%n",
          t.stored, t.skipped, t.events, t.failed, store.path());
      err.flush();
      return t.failed == 0 ? 0 : 1;
    }
  }

  /** What an ingest did. */
  static final class Totals {
    int stored;
    int skipped;
    int events;
    int failed;
  }

  /** An article coded on a worker, or why it could not be. */
  private record Outcome(Pipeline.Coded coded, String failure) {}

  /**
   * Reads {@code inputs} and stores their articles with their events. Pages are read and checked
   * against the store on this thread; articles not yet stored are coded on {@code workers} and
   * stored here in input order, in batches.
   */
  static Totals ingest(List<String> inputs, EventStore db, ParallelPipeline workers, Batch batch, PrintWriter err) {
    Totals t = new Totals();
    Progress progress = new Progress(err, inputs);
    Pending pending = new Pending(db, t, progress, batch);
    Pipeline reader = new Pipeline();
    batch.documents(inputs, doc -> {
      try {
        Article article = reader.extract(doc);
        if (db.article(article.id()).isPresent()) {
          // stored before (a rerun after a crash, the same page again): keep its URL, skip the coding
          db.store(article, List.of());
          t.skipped++;
          progress.advance(doc.origin(), 0);
          return;
        }
        String origin = doc.origin();
        workers.submit(p -> {
          try {
            return new Outcome(p.code(article, null), null);
          } catch (RuntimeException e) {
            return new Outcome(null, "cannot be coded: " + e);
          }
        }, o -> {
          if (o.failure() != null) {
            batch.fail(origin, o.failure());
          } else {
            pending.add(origin, new ArticleEvents(o.coded().article(), o.coded().events()));
          }
        });
      } catch (BadDocumentException e) {
        batch.fail(e.origin(), e.reason());
      } catch (StoreException e) {
        batch.fail(doc.origin(), e.getMessage());
      } catch (RuntimeException e) {
        batch.fail(doc.origin(), "cannot be coded: " + e);
      }
    });
    workers.flush();
    pending.flush();
    t.failed = batch.failures();
    return t;
  }

  /**
   * Coded articles waiting to be stored together, in one transaction: the store writes a batch in
   * bulk far faster than article by article. A batch is stored when it has {@link #MAX_ARTICLES}
   * articles or its first waited {@link #MAX_WAIT_NANOS}; progress is reported once it is stored,
   * so an ingest stopped at any point has stored at least what it reported. If the batch fails,
   * its articles are stored one by one, so one bad article costs only itself.
   */
  private static final class Pending {
    static final int MAX_ARTICLES = 100;
    static final long MAX_WAIT_NANOS = 2_000_000_000L;

    private final EventStore db;
    private final Totals totals;
    private final Progress progress;
    private final Batch batch;
    private final List<String> origins = new ArrayList<>();
    private final List<ArticleEvents> articles = new ArrayList<>();
    private long since;

    Pending(EventStore db, Totals totals, Progress progress, Batch batch) {
      this.db = db;
      this.totals = totals;
      this.progress = progress;
      this.batch = batch;
    }

    void add(String origin, ArticleEvents coded) {
      if (articles.isEmpty()) {
        since = System.nanoTime();
      }
      origins.add(origin);
      articles.add(coded);
      if (articles.size() >= MAX_ARTICLES || System.nanoTime() - since >= MAX_WAIT_NANOS) {
        flush();
      }
    }

    void flush() {
      if (articles.isEmpty()) {
        return;
      }
      try {
        List<Boolean> stored = db.storeAll(articles);
        for (int i = 0; i < articles.size(); i++) {
          count(origins.get(i), articles.get(i), stored.get(i));
        }
      } catch (StoreException whole) {
        for (int i = 0; i < articles.size(); i++) {
          ArticleEvents ae = articles.get(i);
          try {
            count(origins.get(i), ae, db.store(ae.article(), ae.events()));
          } catch (StoreException e) {
            batch.fail(origins.get(i), e.getMessage());
          }
        }
      }
      origins.clear();
      articles.clear();
    }

    private void count(String origin, ArticleEvents ae, boolean stored) {
      if (stored) {
        totals.stored++;
        totals.events += ae.events().size();
      } else {
        totals.skipped++;
      }
      progress.advance(origin, stored ? ae.events().size() : 0);
    }
  }
}
