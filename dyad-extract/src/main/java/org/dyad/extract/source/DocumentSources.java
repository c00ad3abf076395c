package org.dyad.extract.source;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.dyad.extract.feed.FeedParser;
import org.dyad.extract.fetch.FetchException;
import org.dyad.extract.fetch.PoliteFetcher;
import org.dyad.model.RawDocument;

/**
 * Turns the command line's inputs into raw documents: files, directories, {@code -} for standard
 * input (a page, or a WARC or WARC.gz file told by its first bytes), WARC and WARC.gz files (one
 * document per page), RSS and Atom feeds (their items) and
 * http(s) URLs (fetched politely). An input that cannot be read is reported to the error
 * consumer and skipped; the others go on.
 */
public final class DocumentSources {
  /** How much of standard input is looked at to tell a WARC file from a page. */
  private static final int PEEK_BYTES = 1 << 16;

  private final long maxBytes;
  private final PoliteFetcher fetcher;
  private final FeedDocuments feeds;
  private final WarcDocuments warcs;

  /** An input problem: the path, URL or record, and the reason. */
  public record Failure(String origin, String reason) {}

  /**
   * Sources that read no more than {@code maxBytes} and one byte of any document (the extractor
   * cuts a longer one with a warning), and refuse a WARC record over it. URLs are
   * fetched with {@code fetcher}, or refused when it is null; feed items' links are fetched only
   * when {@code fetchFeedLinks} is set (and a fetcher given).
   */
  public DocumentSources(long maxBytes, PoliteFetcher fetcher, boolean fetchFeedLinks) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    }
    this.maxBytes = maxBytes;
    this.fetcher = fetcher;
    this.feeds = new FeedDocuments(fetchFeedLinks ? fetcher : null);
    this.warcs = new WarcDocuments(maxBytes);
  }

  /** Every document under {@code inputs}, in the order given; directories recursively, sorted. */
  public void read(List<String> inputs, InputStream stdin, Consumer<RawDocument> out, Consumer<Failure> errors) {
    for (String input : inputs) {
      if (input.equals("-")) {
        readStdin(stdin, out, errors);
      } else if (UrlList.isUrl(input)) {
        fetch(input, out, errors);
      } else {
        Path p = Path.of(input);
        if (!Files.exists(p)) {
          errors.accept(new Failure(input, "no such file or directory"));
        } else if (Files.isDirectory(p)) {
          for (Path f : listFiles(p, errors)) {
            readFile(f, out, errors);
          }
        } else {
          readFile(p, out, errors);
        }
      }
    }
  }

  private void readStdin(InputStream stdin, Consumer<RawDocument> out, Consumer<Failure> errors) {
    try {
      BufferedInputStream in = new BufferedInputStream(stdin, PEEK_BYTES);
      if (WarcDocuments.startsWithWarc(in, PEEK_BYTES)) {
        warcs.read("-", in, out, errors);
        return;
      }
      emit(new RawDocument("-", null, CappedBytes.head(in, maxBytes + 1), null, null), out, errors);
    } catch (IOException e) {
      errors.accept(new Failure("-", "cannot read standard input: " + e.getMessage()));
    }
  }

  private void fetch(String url, Consumer<RawDocument> out, Consumer<Failure> errors) {
    if (fetcher == null) {
      errors.accept(new Failure(url, "is a URL, and fetching is off"));
      return;
    }
    try {
      emit(fetcher.fetch(url), out, errors);
    } catch (FetchException e) {
      errors.accept(new Failure(e.url(), e.reason()));
    }
  }

  private static List<Path> listFiles(Path dir, Consumer<Failure> errors) {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile)
          .filter(f -> !f.getFileName().toString().startsWith("."))
          .filter(DocumentSources::isDocumentName)
          .sorted()
          .toList();
    } catch (IOException e) {
      errors.accept(new Failure(dir.toString(), "cannot list directory: " + e.getMessage()));
      return List.of();
    }
  }

  private static boolean isDocumentName(Path f) {
    String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
    return !(n.endsWith(".md") && n.startsWith("readme"));
  }

  private void readFile(Path f, Consumer<RawDocument> out, Consumer<Failure> errors) {
    if (WarcDocuments.isWarcName(f)) {
      warcs.read(f, out, errors);
      return;
    }
    try (InputStream in = Files.newInputStream(f)) {
      // A longer document is cut by the extractor, with a warning: one byte over the limit tells it.
      emit(new RawDocument(f.toString(), null, CappedBytes.head(in, maxBytes + 1), null, null), out, errors);
    } catch (IOException e) {
      errors.accept(new Failure(f.toString(), "cannot read: " + e.getMessage()));
    }
  }

  /** A feed becomes its items' pages; anything else is one document. */
  private void emit(RawDocument doc, Consumer<RawDocument> out, Consumer<Failure> errors) {
    if (FeedParser.isFeed(doc.content())) {
      feeds.read(doc.origin(), doc.content(), out, errors);
    } else {
      out.accept(doc);
    }
  }
}
