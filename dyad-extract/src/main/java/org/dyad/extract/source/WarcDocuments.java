package org.dyad.extract.source;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.dyad.model.RawDocument;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads the pages of a WARC or WARC.gz file (as Common Crawl News publishes them): each
 * {@code response} record with a successful HTML or text payload is one page, named
 * {@code FILE!TARGET-URI}, with the target URI as its URL, the HTTP Content-Type (and so its
 * charset) as its media type, and the WARC-Date as its fetch date. Requests, metadata, images
 * and redirects are passed over. A corrupt or truncated file is reported once, after the pages
 * read before the damage.
 */
final class WarcDocuments {
  private final long maxBytes;

  /** A reader that refuses any one payload over {@code maxBytes}. */
  WarcDocuments(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  /** Whether a file name is that of a WARC file. */
  static boolean isWarcName(Path file) {
    String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".warc") || n.endsWith(".warc.gz");
  }

  /**
   * Whether {@code in} (which must support mark) starts a WARC file, plain or gzipped: "WARC/"
   * within its first {@code peek} bytes, after unpacking them when they are gzip's. {@code in} is
   * left where it was.
   */
  static boolean startsWithWarc(InputStream in, int peek) throws IOException {
    in.mark(peek);
    byte[] head = in.readNBytes(peek);
    in.reset();
    byte[] start = head;
    if (head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
      try (InputStream z = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(head))) {
        start = z.readNBytes(5);
      } catch (IOException e) {
        return false;
      }
    }
    return start.length >= 5 && new String(start, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("WARC/");
  }

  /** Feeds each page of {@code file} to {@code out}, in file order. */
  void read(Path file, Consumer<RawDocument> out, Consumer<DocumentSources.Failure> errors) {
    try (WarcReader reader = new WarcReader(file)) {
      read(file.toString(), reader, out, errors);
    } catch (IOException e) {
      errors.accept(corrupt(file.toString(), 0, e));
    }
  }

  /** Feeds each page of the WARC stream {@code in}, named {@code name}, to {@code out}. */
  void read(String name, InputStream in, Consumer<RawDocument> out, Consumer<DocumentSources.Failure> errors) {
    try (WarcReader reader = new WarcReader(in)) {
      read(name, reader, out, errors);
    } catch (IOException e) {
      errors.accept(corrupt(name, 0, e));
    }
  }

  private void read(String file, WarcReader reader, Consumer<RawDocument> out, Consumer<DocumentSources.Failure> errors) {
    int pages = 0;
    try {
      Optional<WarcRecord> next;
      while ((next = reader.next()).isPresent()) {
        if (next.get() instanceof WarcResponse response && page(file, response, out, errors)) {
          pages++;
        }
      }
    } catch (IOException | RuntimeException e) {
      // jwarc signals a damaged record with IOExceptions and, from its iterator-style parsing,
      // with runtime exceptions; either way nothing after this point can be trusted.
      errors.accept(corrupt(file, pages, e));
    }
  }

  /** Reads one response record; true when it was a page, whether readable or refused. */
  private boolean page(String file, WarcResponse response, Consumer<RawDocument> out, Consumer<DocumentSources.Failure> errors)
      throws IOException {
    String target = response.target();
    String lower = target == null ? "" : target.toLowerCase(Locale.ROOT);
    if (!(lower.startsWith("http://") || lower.startsWith("https://"))) {
      return false;
    }
    String origin = file + "!" + target;
    HttpResponse http;
    try {
      http = response.http();
    } catch (ParsingException e) {
      errors.accept(new DocumentSources.Failure(origin, "has no valid HTTP response in its record: " + e.getMessage()));
      return true;
    }
    // Redirects and errors are captures too, but no page of news.
    if (http.status() < 200 || http.status() >= 300) {
      return false;
    }
    String type = http.headers().first("Content-Type").map(String::strip).orElse(null);
    if (type != null && !isPage(type)) {
      return false;
    }
    byte[] body;
    try (InputStream in = http.bodyDecoded().stream()) {
      body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes));
      if (in.read() != -1) {
        errors.accept(new DocumentSources.Failure(origin, String.format(Locale.ROOT, "is over the %.1f MB limit for one document",
            maxBytes / 1048576.0)));
        return true;
      }
    }
    LocalDate fetched = response.date() == null ? null : LocalDate.ofInstant(response.date(), ZoneOffset.UTC);
    out.accept(new RawDocument(origin, target, body, type, fetched));
    return true;
  }

  private static boolean isPage(String contentType) {
    MediaType t = MediaType.parseLeniently(contentType);
    String base = (t.type() + "/" + t.subtype()).toLowerCase(Locale.ROOT);
    return base.equals("text/html") || base.equals("application/xhtml+xml") || base.equals("text/plain");
  }

  private static DocumentSources.Failure corrupt(String name, int pages, Exception e) {
    return new DocumentSources.Failure(name, String.format(Locale.ROOT, "is truncated or corrupt after %d page%s: %s",
        pages, pages == 1 ? "" : "s", reason(e)));
  }

  private static String reason(Exception e) {
    if (e instanceof EOFException) {
      return "the file ends in the middle of a record";
    }
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }
}
