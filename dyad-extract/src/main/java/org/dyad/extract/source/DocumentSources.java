package org.dyad.extract.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.dyad.model.RawDocument;

/**
 * Turns the command line's inputs (files, directories, {@code -} for standard input) into raw
 * documents. An input that cannot be read is reported to the error consumer and skipped.
 */
public final class DocumentSources {
  private final long maxBytes;

  /** An input problem: the path and the reason. */
  public record Failure(String origin, String reason) {}

  /** Sources that refuse any input over {@code maxBytes}, without reading it whole. */
  public DocumentSources(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  /** Every document under {@code inputs}, in the order given; directories recursively, sorted. */
  public void read(List<String> inputs, InputStream stdin, Consumer<RawDocument> out, Consumer<Failure> errors) {
    for (String input : inputs) {
      if (input.equals("-")) {
        try {
          byte[] b = readCapped(stdin);
          if (b == null) {
            errors.accept(new Failure("-", tooLarge(-1)));
          } else {
            out.accept(new RawDocument("-", null, b, null, null));
          }
        } catch (IOException e) {
          errors.accept(new Failure("-", "cannot read standard input: " + e.getMessage()));
        }
        continue;
      }
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
    try (InputStream in = Files.newInputStream(f)) {
      long size = Files.size(f);
      byte[] b = size > maxBytes ? null : readCapped(in);
      if (b == null) {
        errors.accept(new Failure(f.toString(), tooLarge(size)));
      } else {
        out.accept(new RawDocument(f.toString(), null, b, null, null));
      }
    } catch (IOException e) {
      errors.accept(new Failure(f.toString(), "cannot read: " + e.getMessage()));
    }
  }

  private byte[] readCapped(InputStream in) throws IOException {
    List<byte[]> chunks = new ArrayList<>();
    long total = 0;
    byte[] buf = new byte[1 << 16];
    int n;
    while ((n = in.read(buf)) > 0) {
      chunks.add(java.util.Arrays.copyOf(buf, n));
      total += n;
      if (total > maxBytes) {
        return null;
      }
    }
    byte[] all = new byte[(int) total];
    int pos = 0;
    for (byte[] c : chunks) {
      System.arraycopy(c, 0, all, pos, c.length);
      pos += c.length;
    }
    return all;
  }

  private String tooLarge(long size) {
    String limit = String.format(Locale.ROOT, "the %.1f MB limit for one document", maxBytes / 1048576.0);
    return size < 0
        ? "is over " + limit
        : String.format(Locale.ROOT, "is %.1f MB, over %s", size / 1048576.0, limit);
  }
}
