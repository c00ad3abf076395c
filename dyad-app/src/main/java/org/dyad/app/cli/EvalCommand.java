package org.dyad.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dyad.actors.ActorResolver;
import org.dyad.app.pipeline.Pipeline;
import org.dyad.eval.ActorEvaluation;
import org.dyad.eval.PloverEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dyad eval}: scores Dyad on the development sets. */
@Command(name = "eval", description = "Score Dyad on evaluation sets.", subcommands = {EvalCommand.Events.class, EvalCommand.Actors.class})
public final class EvalCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "eval needs a subcommand: events or actors");
  }

  /** {@code dyad eval events --plover FILE}. */
  @Command(name = "events", description = "Score event coding on PLOVER gold sentences (JSON array).")
  public static final class Events implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--plover", required = true, paramLabel = "FILE", description = "the PLOVER gold file, e.g. plover-gsr-dev.json")
    Path plover;

    @Override
    public Integer call() throws IOException {
      if (!Files.isRegularFile(plover)) {
        throw new IllegalArgumentException(plover + ": no such file");
      }
      Pipeline pipeline = new Pipeline();
      long t0 = System.nanoTime();
      PloverEvaluation.Result r = PloverEvaluation.run(plover,
          (id, text, date) -> pipeline.code(Pipeline.sentence(id, text, date), id).events());
      double secs = (System.nanoTime() - t0) / 1e9;
      PrintWriter out = spec.commandLine().getOut();
      out.printf(Locale.ROOT, "sentences %d  gold %d  predicted %d  matched %d  (not PLOVER-coded or negated: %d)%n",
          r.sentences(), r.gold(), r.predicted(), r.matched(), r.ignored());
      out.printf(Locale.ROOT, "precision %.3f  recall %.3f  F1 %.3f  type found %.3f  extra events/sentence %.3f%n",
          r.precision(), r.recall(), r.f1(), r.typeAccuracy(), r.extraPerSentence());
      out.printf(Locale.ROOT, "time %.1f s%n", secs);
      out.flush();
      return 0;
    }
  }

  /** {@code dyad eval actors FILE}. */
  @Command(name = "actors", description = "Score actor resolution on NGEC-style JSON Lines cases.")
  public static final class Actors implements Callable<Integer> {
    @Spec CommandSpec spec;

    @picocli.CommandLine.Parameters(paramLabel = "FILE", description = "e.g. actor-resolution-dev.jsonl")
    Path file;

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
      out.printf(Locale.ROOT, "%-45s %4d/%-4d %.3f%n", "all keys", hits, trials, trials == 0 ? 0 : (double) hits / trials);
      out.flush();
      return 0;
    }
  }
}
