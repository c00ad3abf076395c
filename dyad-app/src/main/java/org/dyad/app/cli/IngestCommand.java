package org.dyad.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.pipeline.Pipeline;
import org.dyad.extract.BadDocumentException;
import org.dyad.model.Article;
import org.dyad.store.EventStore;
import org.dyad.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

  @Override
  public Integer call() throws StoreException {
    PrintWriter err = spec.commandLine().getErr();
    try (EventStore db = store.open()) {
      Totals t = ingest(inputs, db, new Pipeline(), new Batch(err), err);
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

  static Totals ingest(List<String> inputs, EventStore db, Pipeline pipeline, Batch batch, PrintWriter err) {
    Totals t = new Totals();
    Progress progress = new Progress(err, inputs);
    batch.documents(inputs, doc -> {
      try {
        Article article = pipeline.extract(doc);
        if (db.article(article.id()).isPresent()) {
          // stored before (a rerun after a crash, the same page again): keep its URL, skip the coding
          db.store(article, List.of());
          t.skipped++;
          progress.advance(doc.origin(), 0);
          return;
        }
        Pipeline.Coded c = pipeline.code(article, null);
        if (db.store(c.article(), c.events())) {
          t.stored++;
          t.events += c.events().size();
        } else {
          t.skipped++;
        }
        progress.advance(doc.origin(), c.events().size());
      } catch (BadDocumentException e) {
        batch.fail(e.origin(), e.reason());
      } catch (StoreException e) {
        batch.fail(doc.origin(), e.getMessage());
      } catch (RuntimeException e) {
        batch.fail(doc.origin(), "cannot be coded: " + e);
      }
    });
    t.failed = batch.failures();
    return t;
  }
}
