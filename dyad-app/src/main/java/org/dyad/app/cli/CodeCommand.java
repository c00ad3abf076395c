package org.dyad.app.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.extract.BadDocumentException;
import org.dyad.model.Event;
import org.dyad.model.json.Json;
import org.dyad.pipeline.ParallelPipeline;
import org.dyad.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dyad code}: the whole pipeline without storing; one JSON event per line. Articles are
 * coded on several threads and printed in input order, exactly as a single-threaded run would.
 */
@Command(name = "code", description = "Code events in articles (or JSON Lines sentences) and print one JSON event per line.")
public final class CodeCommand implements Callable<Integer> {
  /** What the inputs hold. */
  enum InputKind { articles, sentences }

  /** A document's events, or why it could not be coded. */
  private record Outcome(List<Event> events, String origin, String failure) {
    static Outcome failed(String origin, String reason) {
      return new Outcome(List.of(), origin, reason);
    }
  }

  @Spec CommandSpec spec;

  @Option(names = "--date", description = "publication date (YYYY-MM-DD), overriding what the pages say")
  String date;

  @Option(names = "--input", defaultValue = "articles", description = "articles (default) or sentences: JSON Lines of {\"id\",\"text\",\"date\"}")
  InputKind input;

  @Option(names = "--threads", description = "articles coded at once (default: one per processor)")
  Integer threads;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "files, directories, or - for standard input")
  List<String> inputs;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Batch batch = new Batch(spec.commandLine().getErr());
    LocalDate given = Dates.parse(date, "--date");
    int n = threads == null ? ParallelPipeline.defaultThreads() : threads;
    if (n < 1) {
      throw new IllegalArgumentException("--threads must be at least 1, not " + n);
    }
    try (ParallelPipeline pipeline = new ParallelPipeline(n)) {
      if (input == InputKind.sentences) {
        for (String in : inputs) {
          sentences(in, given, pipeline, out, batch);
        }
      } else {
        batch.documents(inputs, doc -> pipeline.submit(p -> {
          try {
            return new Outcome(p.code(doc, given).events(), doc.origin(), null);
          } catch (BadDocumentException e) {
            return Outcome.failed(e.origin(), e.reason());
          } catch (RuntimeException e) {
            return Outcome.failed(doc.origin(), "cannot be coded: " + e);
          }
        }, o -> report(o, out, batch)));
      }
    }
    return batch.exitCode();
  }

  private static void report(Outcome o, PrintWriter out, Batch batch) {
    if (o.failure() != null) {
      batch.fail(o.origin(), o.failure());
      return;
    }
    for (Event e : o.events()) {
      out.println(Json.line(Json.event(e)));
    }
    out.flush();
  }

  private static void sentences(String in, LocalDate given, ParallelPipeline pipeline, PrintWriter out, Batch batch) {
    batch.jsonLines(in, "sentence", (o, n, where) -> {
      String id = o.hasNonNull("id") ? o.get("id").asText() : String.valueOf(n);
      String text = o.path("text").asText("");
      if (text.isBlank()) {
        batch.fail(where, "has no \"text\"");
        return;
      }
      LocalDate d = given != null ? given : Dates.parse(o.path("date").asText(null), "\"date\"");
      pipeline.submit(p -> {
        try {
          return new Outcome(p.code(Pipeline.sentence(id, text, d), id).events(), where, null);
        } catch (RuntimeException e) {
          return Outcome.failed(where, "cannot be coded: " + e);
        }
      }, result -> report(result, out, batch));
    });
    pipeline.flush();
  }
}
