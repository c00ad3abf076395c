package org.dyad.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.Consumer;
import org.dyad.extract.ArticleExtractor;
import org.dyad.extract.source.DocumentSources;
import org.dyad.model.RawDocument;

/** Reads a command's inputs one by one, reporting each bad one and counting failures. */
final class Batch {
  private final PrintWriter err;
  private int failures;

  Batch(PrintWriter err) {
    this.err = err;
  }

  /** Reports {@code origin} as failed for {@code reason}. */
  void fail(String origin, String reason) {
    failures++;
    err.println("dyad: " + origin + ": " + reason);
    err.flush();
  }

  /** Feeds every document under {@code inputs} to {@code each}. */
  void documents(List<String> inputs, Consumer<RawDocument> each) {
    new DocumentSources(ArticleExtractor.DEFAULT_MAX_BYTES)
        .read(inputs, System.in, each, f -> fail(f.origin(), f.reason()));
  }

  /** 0 when every input was read, 1 when some failed. */
  int exitCode() {
    return failures == 0 ? 0 : 1;
  }

  int failures() {
    return failures;
  }
}
