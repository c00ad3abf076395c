package org.dyad.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dyad.actors.ActorResolver;
import org.dyad.pipeline.Pipeline;
import org.dyad.eval.ActorEvaluation;
import org.dyad.eval.BbawData;
import org.dyad.eval.DateEvaluation;
import org.dyad.eval.ExtractionEvaluation;
import org.dyad.eval.PageMisses;
import org.dyad.eval.PageOutcome;
import org.dyad.extract.ArticleExtractor;
import org.dyad.eval.PloverEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dyad eval}: scores Dyad on the development sets. */
@Command(name = "eval", description = "Score Dyad on evaluation sets.", subcommands = {EvalCommand.Events.class, EvalCommand.Actors.class, EvalCommand.Extraction.class, EvalCommand.Dates.class})
public final class EvalCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "eval needs a subcommand: events, actors, extraction or dates");
  }

  /** {@code dyad eval events --plover FILE}. */
  @Command(name = "events", description = "Score event coding on PLOVER gold sentences (JSON array).")
  public static final class Events implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--plover", required = true, paramLabel = "FILE", description = "the PLOVER gold file, e.g. plover-gsr-dev.json")
    Path plover;

    @Option(names = "--explain", description = "print each gold sentence with its gold event and Dyad's, then the misses by PLOVER type")
    boolean explain;

    @picocli.CommandLine.Mixin Floor floor;

    @Option(names = "--type-floor", paramLabel = "X", description = "exit 1 when the share of gold events whose type is found is below X (0-1)")
    Double typeFloor;

    @Option(names = "--extra-ceiling", paramLabel = "X", description = "exit 1 when extra events per sentence are above X")
    Double extraCeiling;

    @Override
    public Integer call() throws IOException {
      if (!Files.isRegularFile(plover)) {
        throw new IllegalArgumentException(plover + ": no such file");
      }
      Pipeline pipeline = new Pipeline();
      PrintWriter out = spec.commandLine().getOut();
      Map<String, int[]> misses = new java.util.TreeMap<>();
      long t0 = System.nanoTime();
      PloverEvaluation.Result r = PloverEvaluation.run(plover,
          (id, text, date) -> pipeline.code(Pipeline.sentence(id, text, date), id).events(),
          s -> {
            if (explain) {
              explain(out, s);
              int[] row = misses.computeIfAbsent(s.gold().type(), k -> new int[PloverEvaluation.Miss.values().length + 2]);
              row[0]++;
              if (s.miss() != null) {
                row[1 + s.miss().ordinal()]++;
              }
              row[row.length - 1] += s.extra();
            }
          });
      double secs = (System.nanoTime() - t0) / 1e9;
      if (explain) {
        out.printf(Locale.ROOT, "%-12s %5s %8s %10s %12s %12s %6s%n", "gold type", "gold", "no pred", "wrong type", "wrong source", "wrong target", "extra");
        int[] total = new int[PloverEvaluation.Miss.values().length + 2];
        for (var e : misses.entrySet()) {
          int[] v = e.getValue();
          out.printf(Locale.ROOT, "%-12s %5d %8d %10d %12d %12d %6d%n", e.getKey(), v[0], v[1], v[2], v[3], v[4], v[5]);
          for (int i = 0; i < v.length; i++) {
            total[i] += v[i];
          }
        }
        out.printf(Locale.ROOT, "%-12s %5d %8d %10d %12d %12d %6d%n", "all", total[0], total[1], total[2], total[3], total[4], total[5]);
      }
      out.printf(Locale.ROOT, "sentences %d  gold %d  predicted %d  matched %d  (not PLOVER-coded or negated: %d)%n",
          r.sentences(), r.gold(), r.predicted(), r.matched(), r.ignored());
      out.printf(Locale.ROOT, "precision %.3f  recall %.3f  F1 %.3f  type found %.3f  extra events/sentence %.3f%n",
          r.precision(), r.recall(), r.f1(), r.typeAccuracy(), r.extraPerSentence());
      out.printf(Locale.ROOT, "time %.1f s%n", secs);
      out.flush();
      PrintWriter err = spec.commandLine().getErr();
      int failed = floor.check(err, "event F1", r.f1());
      failed |= new Floor(typeFloor).check(err, "type found", r.typeAccuracy());
      if (extraCeiling != null && r.extraPerSentence() > extraCeiling) {
        err.printf(Locale.ROOT, "dyad: extra events per sentence %.3f is above the ceiling %.3f%n", r.extraPerSentence(), extraCeiling);
        err.flush();
        failed = 1;
      }
      return failed;
    }
  }

  /** One gold sentence: its gold event, Dyad's events as scored, and every event Dyad coded with its evidence. */
  private static void explain(PrintWriter out, PloverEvaluation.SentenceScore s) {
    out.printf(Locale.ROOT, "%s %s%n  %s%n  gold  %s%n", s.miss() == null ? "MATCH" : s.miss(), s.id(), s.text(), s.gold());
    for (PloverEvaluation.Coded p : s.predicted()) {
      out.printf(Locale.ROOT, "  dyad  %s%n", p);
    }
    for (org.dyad.model.Event e : s.events()) {
      int base = e.evidence().sentence().begin();
      String trigger = e.sentence().substring(e.evidence().trigger().begin() - base, e.evidence().trigger().end() - base);
      String why = e.ploverType() == null ? "  dropped: CAMEO " + e.cameo() + " has no PLOVER type"
          : e.status() == org.dyad.model.EventStatus.NEGATED ? "  dropped: negated" : "";
      out.printf(Locale.ROOT, "    event %s %s/%s \"%s\" %s > %s %s (%s)%s%n", e.cameo(), e.ploverType(), e.ploverMode(), trigger,
          actor(e.source()), actor(e.target()), e.status().name().toLowerCase(Locale.ROOT), e.evidence().patternId(), why);
    }
    if (s.extra() > 0) {
      out.printf(Locale.ROOT, "  extra %d%n", s.extra());
    }
  }

  private static String actor(org.dyad.model.Actor a) {
    return a == null ? "-" : a.code() + "(" + a.text() + ")";
  }

  /** {@code dyad eval actors FILE}. */
  @Command(name = "actors", description = "Score actor resolution on NGEC-style JSON Lines cases.")
  public static final class Actors implements Callable<Integer> {
    @Spec CommandSpec spec;

    @picocli.CommandLine.Parameters(paramLabel = "FILE", description = "e.g. actor-resolution-dev.jsonl")
    Path file;

    @picocli.CommandLine.Mixin Floor floor;

    @Override
    public Integer call() throws IOException {
      if (!Files.isRegularFile(file)) {
        throw new IllegalArgumentException(file + ": no such file");
      }
      Map<String, ActorEvaluation.Score> scores = ActorEvaluation.run(file, ActorResolver.standard());
      PrintWriter out = spec.commandLine().getOut();
      int hits = 0;
      int trials = 0;
      for (var e : scores.entrySet()) {
        out.printf(Locale.ROOT, "%-45s %4d/%-4d %.3f%n", e.getKey(), e.getValue().hits(), e.getValue().trials(), e.getValue().accuracy());
        hits += e.getValue().hits();
        trials += e.getValue().trials();
      }
      double all = trials == 0 ? 0 : (double) hits / trials;
      out.printf(Locale.ROOT, "%-45s %4d/%-4d %.3f%n", "all keys", hits, trials, all);
      out.flush();
      return floor.check(spec.commandLine().getErr(), "actor accuracy", all);
    }
  }

  /** A quality floor: the command fails when its headline figure drops below it, so CI sees regressions. */
  static final class Floor {
    @Option(names = "--floor", paramLabel = "X", description = "exit 1 when the headline figure is below X (0-1)")
    Double floor;

    Floor() {}

    Floor(Double floor) {
      this.floor = floor;
    }

    int check(PrintWriter err, String figure, double value) {
      if (floor != null && value < floor) {
        err.printf(Locale.ROOT, "dyad: %s %.3f is below the floor %.3f%n", figure, value, floor);
        err.flush();
        return 1;
      }
      return 0;
    }
  }

  /** Where the BBAW pages come from and where they are unpacked. */
  static final class BbawOptions {
    @Option(names = "--data", paramLabel = "DIR", description = "the extraction benchmarks (default: ${DEFAULT-VALUE})")
    Path data = Path.of("../shared/eval/extraction");

    @Option(names = "--work", paramLabel = "DIR", description = "where the archive is unpacked, once (default: ${DEFAULT-VALUE})")
    Path work = Path.of(System.getProperty("java.io.tmpdir"), "dyad-eval");

    Path pages(PrintWriter err) throws IOException {
      if (!Files.isDirectory(data)) {
        throw new IllegalArgumentException(data + ": no such directory (give --data)");
      }
      long t0 = System.nanoTime();
      try {
        Path p = BbawData.pages(data, work);
        double secs = (System.nanoTime() - t0) / 1e9;
        if (secs > 0.5) {
          err.printf(Locale.ROOT, "unpacked %s into %s in %.1f s%n", data.resolve(BbawData.ARCHIVE), work, secs);
        }
        return p;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException(data.resolve(BbawData.ARCHIVE) + ": unpacking was interrupted", e);
      }
    }
  }

  /** {@code dyad eval extraction [--data DIR] [--work DIR]}. */
  @Command(name = "extraction", description = "Score main text, title, author and date on trafilatura's set.")
  public static final class Extraction implements Callable<Integer> {
    @Spec CommandSpec spec;

    @picocli.CommandLine.Mixin BbawOptions options;

    @picocli.CommandLine.Mixin Floor floor;

    @Option(names = "--warmup", description = "read the set once untimed first, so that the timing is of compiled code")
    boolean warmup;

    @Option(names = "--passes", paramLabel = "N", defaultValue = "1",
        description = "time N passes over the set and report the median, as one pass's timing drifts with the machine (default 1)")
    int passes;

    @Option(names = "--title-floor", paramLabel = "X", description = "exit 1 when title exact match is below X (0-1)")
    Double titleFloor;

    @Option(names = "--author-floor", paramLabel = "X", description = "exit 1 when author exact match is below X (0-1)")
    Double authorFloor;

    @Option(names = "--author-misses", description = "print each page whose author is wrong: file, gold author, Dyad's (tab-separated)")
    boolean authorMisses;

    @Option(names = "--misses", paramLabel = "FILE",
        description = "write each page's missed and wrongly kept snippets and wrong title to FILE")
    Path misses;

    @Override
    public Integer call() throws IOException {
      PrintWriter err = spec.commandLine().getErr();
      Path pages = options.pages(err).resolve("trafilatura");
      Path gold = options.data.resolve(ExtractionEvaluation.GOLD);
      if (authorMisses) {
        printAuthorMisses(gold, pages);
      }
      if (warmup) {
        ExtractionEvaluation.run(gold, pages, new ArticleExtractor());
      }
      if (passes < 1) {
        throw new IllegalArgumentException("--passes must be at least 1, not " + passes);
      }
      ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      ExtractionEvaluation.Result r = null;
      double[] wall = new double[passes];
      double[] cpu = new double[passes];
      for (int k = 0; k < passes; k++) {
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        r = ExtractionEvaluation.run(gold, pages, new ArticleExtractor());
        wall[k] = (System.nanoTime() - t0) / 1e9;
        cpu[k] = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
      }
      double secs = median(wall);
      double cpuSecs = median(cpu);
      report(err, r.noOutput());
      if (misses != null) {
        writeMisses(misses, r.misses());
      }
      PrintWriter out = spec.commandLine().getOut();
      out.printf(Locale.ROOT, "pages %d  no output %d  tp %d  fp %d  fn %d%n", r.pages(), r.noOutput().size(), r.tp(), r.fp(), r.fn());
      out.printf(Locale.ROOT, "precision %.3f  recall %.3f  F1 %.3f%n", r.precision(), r.recall(), r.f1());
      out.printf(Locale.ROOT, "title %.3f (%d/%d)  author %.3f (%d/%d)  date %.3f (%d/%d)%n",
          share(r.title(), r.titles()), r.title(), r.titles(), share(r.author(), r.authors()), r.author(), r.authors(),
          share(r.date(), r.dates()), r.date(), r.dates());
      out.printf(Locale.ROOT, "time %.1f s  %.1f pages/s  (one core: %.1f s of CPU, %.1f pages per CPU second)%n",
          secs, r.pages() / secs, cpuSecs, r.pages() / cpuSecs);
      if (passes > 1) {
        StringBuilder each = new StringBuilder();
        for (double c : cpu) {
          each.append(each.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.1f", r.pages() / c));
        }
        out.printf(Locale.ROOT, "median of %d passes; pages per CPU second in each: %s%n", passes, each);
      }
      out.flush();
      int failed = floor.check(err, "extraction F1", r.f1());
      failed |= new Floor(titleFloor).check(err, "title exact match", share(r.title(), r.titles()));
      failed |= new Floor(authorFloor).check(err, "author exact match", share(r.author(), r.authors()));
      return failed;
    }

    private static double median(double[] values) {
      double[] sorted = values.clone();
      java.util.Arrays.sort(sorted);
      int n = sorted.length;
      return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private void printAuthorMisses(Path gold, Path pages) throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      for (ExtractionEvaluation.AuthorMiss m : ExtractionEvaluation.authorMisses(gold, pages, new ArticleExtractor())) {
        out.println(m.file() + "\t" + m.gold() + "\t" + (m.got() == null ? "-" : m.got()));
      }
      out.flush();
    }
  }

  /** {@code dyad eval dates [--data DIR] [--work DIR]}. */
  @Command(name = "dates", description = "Score publication dates on htmldate's set (day-exact accuracy).")
  public static final class Dates implements Callable<Integer> {
    @Spec CommandSpec spec;

    @picocli.CommandLine.Mixin BbawOptions options;

    @picocli.CommandLine.Mixin Floor floor;

    @Option(names = "--misses", description = "list each page dated wrong or not to the day: file, gold date, Dyad's date, precision and source")
    boolean misses;

    @Override
    public Integer call() throws IOException {
      PrintWriter err = spec.commandLine().getErr();
      Path pages = options.pages(err).resolve("htmldate");
      List<Path> gold = DateEvaluation.GOLD.stream().map(options.data::resolve).toList();
      long t0 = System.nanoTime();
      DateEvaluation.Result r = DateEvaluation.run(gold, pages, new ArticleExtractor());
      double secs = (System.nanoTime() - t0) / 1e9;
      report(err, r.noOutput());
      PrintWriter out = spec.commandLine().getOut();
      if (misses) {
        for (DateEvaluation.Miss m : r.misses()) {
          out.printf(Locale.ROOT, "miss\t%s\tgold %s\tgot %s\t%s\t%s%n", m.file(), m.gold(), m.date(), m.precision(), m.source());
        }
      }
      out.printf(Locale.ROOT, "pages %d  no output %d  dated to the day %d%n", r.pages(), r.noOutput().size(), r.dated());
      out.printf(Locale.ROOT, "date accuracy %.3f (%d/%d)%n", r.accuracy(), r.right(), r.pages());
      out.printf(Locale.ROOT, "time %.1f s  %.1f pages/s%n", secs, r.pages() / secs);
      out.flush();
      return floor.check(err, "date accuracy", r.accuracy());
    }
  }

  /** One paragraph a page: its file and tally, then "- " a missed snippet, "+ " a wrongly kept one, the titles. */
  private static void writeMisses(Path file, List<PageMisses> misses) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (PageMisses m : misses) {
      sb.append("== ").append(m.file()).append("  missed ").append(m.missed().size()).append('/').append(m.with())
          .append("  kept ").append(m.kept().size()).append('\n');
      m.missed().forEach(s -> sb.append("- ").append(ExtractionEvaluation.norm(s)).append('\n'));
      m.kept().forEach(s -> sb.append("+ ").append(ExtractionEvaluation.norm(s)).append('\n'));
      if (m.goldTitle() != null) {
        sb.append("title gold: ").append(ExtractionEvaluation.norm(m.goldTitle())).append('\n');
        sb.append("title got:  ").append(m.title() == null ? "(none)" : ExtractionEvaluation.norm(m.title())).append('\n');
      }
    }
    Files.writeString(file, sb, StandardCharsets.UTF_8);
  }

  private static void report(PrintWriter err, List<PageOutcome> noOutput) {
    for (PageOutcome o : noOutput) {
      err.println(o.file() + ": " + o.reason());
    }
    err.flush();
  }

  private static double share(int hits, int trials) {
    return trials == 0 ? 0 : (double) hits / trials;
  }
}
