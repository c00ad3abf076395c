package org.dyad.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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
import org.dyad.model.json.Json;

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

  /** Handles one JSON object of a JSON Lines input. */
  interface JsonLine {
    /**
     * @param o the object
     * @param number its line number, the default id
     * @param where {@code FILE:LINE}, for messages
     */
    void accept(JsonNode o, int number, String where) throws IOException;
  }

  /**
   * Feeds each object of the JSON Lines file {@code in} ({@code -} for standard input) to
   * {@code each}; a line that is not valid JSON, or that {@code each} refuses with an
   * IllegalArgumentException, is reported as "is not a valid JSON {@code what} line".
   */
  void jsonLines(String in, String what, JsonLine each) {
    try (BufferedReader r = in.equals("-")
        ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
        : Files.newBufferedReader(Path.of(in), StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        String where = in + ":" + n;
        try {
          each.accept(Json.mapper().readTree(line), n, where);
        } catch (IOException | IllegalArgumentException e) {
          fail(where, "is not a valid JSON " + what + " line: " + e.getMessage());
        }
      }
    } catch (IOException e) {
      fail(in, "cannot read: " + (e instanceof NoSuchFileException ? "no such file" : e.getMessage()));
    }
  }

  /** 0 when every input was read, 1 when some failed. */
  int exitCode() {
    return failures == 0 ? 0 : 1;
  }

  int failures() {
    return failures;
  }
}
