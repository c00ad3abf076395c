package org.dyad.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;
import org.dyad.extract.BadDocumentException;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.AnnotatedSentence;
import org.dyad.model.Article;
import org.dyad.model.RawDocument;
import org.dyad.nlp.StockCoreNlp;
import org.dyad.pipeline.ParallelPipeline;
import org.dyad.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dyad bench}: how fast Dyad codes a corpus of pages, stage by stage and end to end, and,
 * in the same run over the same articles, how fast CoreNLP's own English pipeline ({@value
 * StockCoreNlp#ANNOTATORS}, one instance) annotates their text. Model loading is timed apart
 * from both; the stock pipeline is given the clean text, so it is spared the extraction Dyad does.
 */
@Command(name = "bench", description = "Measure Dyad's throughput per stage and end to end, beside CoreNLP's stock English pipeline.")
public final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--input", paramLabel = "DIR", description = "a folder of HTML and text pages (default: a corpus generated from the example articles)")
  Path input;

  @Option(names = "--articles", defaultValue = "40", description = "articles in the generated corpus (default: ${DEFAULT-VALUE})")
  int articles;

  @Option(names = "--threads", description = "Dyad's worker threads (default: one per processor)")
  Integer threads;

  @Option(names = "--no-stock", description = "measure Dyad alone (for its own peak memory)")
  boolean noStock;

  @Option(names = "--parse-all", description = "parse every sentence, not only those that can hold an event (for comparison)")
  boolean parseAll;

  /** Time spent in each stage, summed over the workers, and what the stages saw. */
  private static final class Tally {
    final LongAdder extract = new LongAdder();
    final LongAdder annotate = new LongAdder();
    final LongAdder code = new LongAdder();
    final LongAdder sentences = new LongAdder();
    final LongAdder parsed = new LongAdder();
    final LongAdder events = new LongAdder();
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    Batch batch = new Batch(spec.commandLine().getErr());
    int n = threads == null ? ParallelPipeline.defaultThreads() : threads;
    if (n < 1 || articles < 1) {
      throw new IllegalArgumentException("--threads and --articles must be at least 1");
    }
    Path generated = null;
    Path dir = input;
    if (dir == null) {
      Path examples = Path.of(System.getProperty("dyad.home", ".")).resolve("examples").resolve("corpus");
      generated = Files.createTempDirectory("dyad-bench-");
      BenchCorpus.generate(examples, articles, generated);
      dir = generated;
    } else if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("--input " + dir + " is not a folder");
    }
    try {
      List<RawDocument> docs = new ArrayList<>();
      batch.documents(List.of(dir.toString()), docs::add);
      if (docs.isEmpty()) {
        throw new IllegalArgumentException("no pages in " + dir);
      }
      run(docs, n, out);
    } finally {
      if (generated != null) {
        delete(generated);
      }
    }
    return batch.exitCode();
  }

  private void run(List<RawDocument> docs, int n, PrintWriter out) {
    long bytes = docs.stream().mapToLong(d -> d.content().length).sum();
    long t0 = System.nanoTime();
    warmUp(docs.get(0));
    double dyadLoad = seconds(System.nanoTime() - t0);

    Tally tally = new Tally();
    List<String> texts = new ArrayList<>();
    resetPeaks();
    long start = System.nanoTime();
    try (ParallelPipeline pipeline = new ParallelPipeline(n, parseAll ? Pipeline::parsingEverySentence : Pipeline::new)) {
      for (RawDocument doc : docs) {
        pipeline.submit(p -> codeTimed(p, doc, tally), text -> {
          if (text != null) {
            texts.add(text);
          }
        });
      }
    }
    double dyadWall = seconds(System.nanoTime() - start);
    long dyadHeap = peakHeap();

    out.printf(Locale.ROOT, "dyad bench: %d pages (%.1f MB), %d articles, %d sentences of which %d parsed (%.0f%%), %d events; %d thread%s, %d processors%n",
        docs.size(), bytes / 1048576.0, texts.size(), tally.sentences.sum(), tally.parsed.sum(),
        100.0 * tally.parsed.sum() / Math.max(1, tally.sentences.sum()), tally.events.sum(), n, n == 1 ? "" : "s",
        Runtime.getRuntime().availableProcessors());
    out.printf(Locale.ROOT, "  %-10s %14s %18s%n", "stage", "thread-seconds", "articles/s/thread");
    stage(out, "extract", tally.extract.sum(), texts.size());
    stage(out, "annotate", tally.annotate.sum(), texts.size());
    stage(out, "code", tally.code.sum(), texts.size());
    double dyadRate = texts.size() / dyadWall;
    out.printf(Locale.ROOT, "Dyad end to end (pages -> events): %.1f s, %.2f articles/s; peak heap %s; models loaded in %.1f s%n",
        dyadWall, dyadRate, mb(dyadHeap), dyadLoad);
    out.flush();
    if (noStock) {
      out.printf(Locale.ROOT, "peak resident memory of this process: %s%n", peakRss());
      return;
    }
    t0 = System.nanoTime();
    StockCoreNlp stock = new StockCoreNlp();
    stock.annotate(texts.get(0));
    double stockLoad = seconds(System.nanoTime() - t0);
    resetPeaks();
    start = System.nanoTime();
    for (String text : texts) {
      stock.annotate(text);
    }
    double stockWall = seconds(System.nanoTime() - start);
    out.printf(Locale.ROOT, "CoreNLP %s (stock English, one instance, clean text): %.1f s, %.2f articles/s; peak heap %s; models loaded in %.1f s%n",
        StockCoreNlp.ANNOTATORS, stockWall, texts.size() / stockWall, mb(peakHeap()), stockLoad);
    out.printf(Locale.ROOT, "speed-up: Dyad is %.1fx as fast as CoreNLP's pipeline; peak resident memory of this process: %s%n",
        stockWall / dyadWall, peakRss());
    out.flush();
  }

  /** Codes one page on a worker, timing each stage; returns the article's text, or null when it was not an article. */
  private static String codeTimed(Pipeline p, RawDocument doc, Tally tally) {
    long a = System.nanoTime();
    Article article;
    try {
      article = p.extract(doc);
    } catch (BadDocumentException e) {
      return null;
    }
    long b = System.nanoTime();
    AnnotatedArticle annotated = p.annotate(article);
    long c = System.nanoTime();
    int events = p.code(annotated, null).size();
    long d = System.nanoTime();
    tally.extract.add(b - a);
    tally.annotate.add(c - b);
    tally.code.add(d - c);
    tally.events.add(events);
    tally.sentences.add(annotated.sentences().size());
    for (AnnotatedSentence s : annotated.sentences()) {
      if (!s.dependencies().isEmpty()) {
        tally.parsed.increment();
      }
    }
    return article.text();
  }

  /** Loads the models and knowledge on a first page, so the timed run measures coding alone. */
  private static void warmUp(RawDocument doc) {
    try {
      new Pipeline().code(doc, null);
    } catch (BadDocumentException e) {
      // the run reports it; the models are loaded either way
    }
  }

  private static void stage(PrintWriter out, String name, long nanos, int count) {
    double s = seconds(nanos);
    out.printf(Locale.ROOT, "  %-10s %14.2f %18.2f%n", name, s, s == 0 ? 0 : count / s);
  }

  private static double seconds(long nanos) {
    return nanos / 1e9;
  }

  private static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
  }

  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  private static String mb(long bytes) {
    return String.format(Locale.ROOT, "%.0f MB", bytes / 1048576.0);
  }

  /** The process's peak resident set (Linux's VmHWM), or "unknown" elsewhere. */
  private static String peakRss() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"), StandardCharsets.US_ASCII)) {
        if (line.startsWith("VmHWM:")) {
          long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
          return mb(kb * 1024);
        }
      }
    } catch (IOException | NumberFormatException e) {
      return "unknown";
    }
    return "unknown";
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /**
   * The corpus {@code dyad bench} measures when given none: news pages made from the example
   * articles, each wrapped in the page chrome of a real site (navigation, related links, footer) and
   * with its paragraphs rotated, so that every page is a different article with a different id.
   */
  private static final class BenchCorpus {
    private BenchCorpus() {}

    /** Writes {@code count} HTML pages made from the text files in {@code examples} into {@code out}. */
    static void generate(Path examples, int count, Path out) throws IOException {
      List<List<String>> sources = new ArrayList<>();
      if (Files.isDirectory(examples)) {
        try (Stream<Path> s = Files.list(examples)) {
          for (Path f : s.filter(Files::isRegularFile).sorted().toList()) {
            List<String> paragraphs = paragraphs(Files.readString(f, StandardCharsets.UTF_8));
            if (paragraphs.size() >= 3) {
              sources.add(paragraphs);
            }
          }
        }
      }
      if (sources.isEmpty()) {
        throw new IllegalArgumentException("no example articles in " + examples + " to make a corpus of; give --input DIR");
      }
      for (int i = 0; i < count; i++) {
        List<String> p = sources.get(i % sources.size());
        int body = p.size() - 1;
        int shift = (i / sources.size()) % body;
        StringBuilder html = new StringBuilder(8192);
        html.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
            .append(escape(p.get(0))).append("</title></head><body>")
            .append("<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a> <a href=\"/politics\">Politics</a></nav>")
            .append("<article><h1>").append(escape(p.get(0))).append("</h1>");
        for (int k = 0; k < body; k++) {
          html.append("<p>").append(escape(p.get(1 + (k + shift) % body))).append("</p>");
        }
        html.append("</article><aside><h3>Related</h3><ul><li><a href=\"/a\">Markets close higher</a></li>")
            .append("<li><a href=\"/b\">Weather: rain expected</a></li></ul></aside>")
            .append("<footer>Copyright 2021 Example News. All rights reserved.</footer></body></html>");
        Files.writeString(out.resolve(String.format(Locale.ROOT, "page-%04d.html", i)), html, StandardCharsets.UTF_8);
      }
    }

    private static List<String> paragraphs(String text) {
      List<String> out = new ArrayList<>();
      for (String p : text.split("\\n\\s*\\n")) {
        String s = p.strip();
        if (s.length() > 40) {
          out.add(s.replaceAll("\\s+", " "));
        }
      }
      return out;
    }

    private static String escape(String s) {
      return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
  }
}
