package org.dyad.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The progress of a long ingest on standard error: documents done out of the total, documents per
 * second and the time left. The total is known when the inputs are plain files and directories;
 * a WARC, feed or URL list holds an unknown number of pages, and then only the rate is shown.
 */
final class Progress {
  private final PrintWriter err;
  private final long total;
  private final long started = System.nanoTime();
  private long done;

  Progress(PrintWriter err, List<String> inputs) {
    this.err = err;
    this.total = count(inputs);
  }

  /** One more document is done: {@code origin} gave {@code events} events. */
  void advance(String origin, int events) {
    done++;
    double secs = Math.max((System.nanoTime() - started) / 1e9, 1e-9);
    double rate = done / secs;
    StringBuilder line = new StringBuilder(
        String.format(Locale.ROOT, "dyad: [%d] %s: %d events (%.1f articles/s", done, origin, events, rate));
    if (total > 0 && done <= total) {
      line.append(String.format(Locale.ROOT, ", %d of %d, about %.0f s left", done, total, (total - done) / rate));
    }
    err.println(line.append(')'));
    err.flush();
  }

  /** The number of documents under {@code inputs}, or 0 when some input holds an unknown number. */
  private static long count(List<String> inputs) {
    long n = 0;
    for (String input : inputs) {
      String lower = input.toLowerCase(Locale.ROOT);
      if (input.equals("-") || lower.startsWith("http://") || lower.startsWith("https://") || lower.contains(".warc")) {
        return 0;
      }
      Path p = Path.of(input);
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.walk(p)) {
          n += s.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).count();
        } catch (IOException | RuntimeException e) {
          return 0;
        }
      } else {
        n++;
      }
    }
    return n;
  }
}
