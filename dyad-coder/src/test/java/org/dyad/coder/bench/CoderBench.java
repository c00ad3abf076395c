package org.dyad.coder.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.dyad.coder.EventCoder;
import org.dyad.coder.pattern.EventPattern;
import org.dyad.coder.pattern.PatternBook;
import org.dyad.extract.text.SingleParagraph;
import org.dyad.model.AnnotatedArticle;
import org.dyad.nlp.CoreNlpAnnotator;
import org.dyad.nlp.ParseFilter;

/**
 * How fast the code stage runs once the NLP is done: annotates a set of sentences once (every
 * pattern's example and counter-example, or the {@code text} of each record of a JSON array such
 * as the PLOVER development set), then times {@link EventCoder#code} alone over them for several
 * rounds on the calling thread and prints sentences per second: by the thread's CPU time (what one
 * core delivers, whatever else the machine runs), by the whole process's CPU time (garbage
 * collection and compilation included) and by the wall clock. A benchmark, not a test.
 *
 * <pre>
 * java -cp dyad-coder/target/test-classes:dyad-coder/target/classes:$(cat test.cp) \
 *     org.dyad.coder.bench.CoderBench [--json FILE] [--rounds N]
 * </pre>
 */
public final class CoderBench {
  private CoderBench() {}

  public static void main(String[] args) throws IOException {
    Path json = null;
    int rounds = 30;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--json" -> json = Path.of(args[++i]);
        case "--rounds" -> rounds = Integer.parseInt(args[++i]);
        default -> {
          System.err.println("usage: CoderBench [--json FILE] [--rounds N]; unknown argument " + args[i]);
          System.exit(2);
        }
      }
    }
    List<String> texts = json == null ? patternSentences() : jsonTexts(json);
    LocalDate date = LocalDate.of(2024, 1, 15);
    CoreNlpAnnotator annotator = new CoreNlpAnnotator();
    List<AnnotatedArticle> docs = new ArrayList<>(texts.size());
    long t0 = System.nanoTime();
    int sentences = 0;
    for (int i = 0; i < texts.size(); i++) {
      AnnotatedArticle a = annotator.annotate(SingleParagraph.of("bench-" + i, texts.get(i), date), ParseFilter.ALL);
      docs.add(a);
      sentences += a.sentences().size();
    }
    System.out.printf(Locale.ROOT, "annotated %d texts, %d sentences in %.1f s%n", docs.size(), sentences, (System.nanoTime() - t0) / 1e9);
    EventCoder coder = EventCoder.standard();
    long events = 0;
    for (AnnotatedArticle a : docs) {
      events += coder.code(a).size(); // warm-up, and the knowledge loads
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double[] wall = new double[rounds];
    double[] cpu = new double[rounds];
    double[] process = new double[rounds];
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    for (int r = 0; r < rounds; r++) {
      long start = System.nanoTime();
      long cpuStart = threads.getCurrentThreadCpuTime();
      long processStart = os.getProcessCpuTime();
      long n = 0;
      for (AnnotatedArticle a : docs) {
        n += coder.code(a).size();
      }
      wall[r] = sentences / ((System.nanoTime() - start) / 1e9);
      cpu[r] = sentences / ((threads.getCurrentThreadCpuTime() - cpuStart) / 1e9);
      process[r] = sentences / ((os.getProcessCpuTime() - processStart) / 1e9);
      System.out.printf(Locale.ROOT, "round %2d: %d events, %.0f sentences/s wall clock, %.0f sentences/s of the thread's CPU time,"
          + " %.0f of the process's (garbage collection and compilation included)%n", r + 1, n, wall[r], cpu[r], process[r]);
    }
    Arrays.sort(wall);
    Arrays.sort(cpu);
    Arrays.sort(process);
    System.out.printf(Locale.ROOT, "code stage on one thread, median of %d rounds: %.0f sentences/s of the thread's CPU time,"
        + " %.0f of the process's CPU time, %.0f wall clock (%d sentences, %d events per round)%n",
        rounds, cpu[rounds / 2], process[rounds / 2], wall[rounds / 2], sentences, events);
  }

  private static List<String> patternSentences() {
    List<String> out = new ArrayList<>();
    for (EventPattern p : PatternBook.standard().all()) {
      out.add(p.example());
      if (p.counter() != null) {
        out.add(p.counter());
      }
    }
    return out;
  }

  private static List<String> jsonTexts(Path file) throws IOException {
    JsonNode all = new ObjectMapper().readTree(file.toFile());
    if (!all.isArray()) {
      throw new IOException(file + ": expected a JSON array of records with a text field");
    }
    List<String> out = new ArrayList<>();
    for (JsonNode r : all) {
      String t = r.path("text").asText("");
      if (!t.isBlank()) {
        out.add(t);
      }
    }
    return out;
  }
}
