package org.dyad.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.dyad.extract.ArticleExtractor;
import org.dyad.extract.fetch.FetchConfig;
import org.dyad.extract.fetch.PoliteFetcher;
import org.dyad.extract.source.DocumentSources;
import org.dyad.extract.source.UrlList;
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

  /** Feeds every document under {@code inputs} (files, directories, stdin, WARCs, feeds, URLs) to {@code each}. */
  void documents(List<String> inputs, Consumer<RawDocument> each) {
    documents(inputs, null, false, each);
  }

  /**
   * Feeds every document under {@code inputs} and the URLs listed in {@code urlFile} (when not
   * null) to {@code each}; the links of feed items are fetched when {@code fetchFeedLinks}.
   */
  void documents(List<String> inputs, Path urlFile, boolean fetchFeedLinks, Consumer<RawDocument> each) {
    List<String> all = new ArrayList<>(inputs);
    if (urlFile != null) {
      all.addAll(UrlList.read(urlFile, f -> fail(f.origin(), f.reason())));
    }
    // The HTTP client is made only for a batch that fetches.
    boolean fetches = fetchFeedLinks || all.stream().anyMatch(UrlList::isUrl);
    PoliteFetcher fetcher = fetches ? new PoliteFetcher(FetchConfig.defaults(ArticleExtractor.DEFAULT_MAX_BYTES)) : null;
    new DocumentSources(ArticleExtractor.DEFAULT_MAX_BYTES, fetcher, fetchFeedLinks)
        .read(all, System.in, each, f -> fail(f.origin(), f.reason()));
  }

  /** 0 when every input was read, 1 when some failed. */
  int exitCode() {
    return failures == 0 ? 0 : 1;
  }

  int failures() {
    return failures;
  }
}
