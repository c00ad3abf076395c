package org.dyad.app.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.pipeline.Pipeline;
import org.dyad.extract.BadDocumentException;
import org.dyad.model.Event;
import org.dyad.model.json.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dyad code}: the whole pipeline without storing; one JSON event per line. */
@Command(name = "code", description = "Code events in articles (or JSON Lines sentences) and print one JSON event per line.")
public final class CodeCommand implements Callable<Integer> {
  /** What the inputs hold. */
  enum InputKind { articles, sentences }

  @Spec CommandSpec spec;

  @Option(names = "--date", description = "publication date (YYYY-MM-DD), overriding what the pages say")
  String date;

  @Option(names = "--input", defaultValue = "articles", description = "articles (default) or sentences: JSON Lines of {\"id\",\"text\",\"date\"}")
  InputKind input;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "files, directories, or - for standard input")
  List<String> inputs;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Batch batch = new Batch(spec.commandLine().getErr());
    LocalDate given = Dates.parse(date, "--date");
    Pipeline pipeline = new Pipeline();
    if (input == InputKind.sentences) {
      for (String in : inputs) {
        sentences(in, given, pipeline, out, batch);
      }
      return batch.exitCode();
    }
    batch.documents(inputs, doc -> {
      try {
        print(out, pipeline.code(doc, given).events());
      } catch (BadDocumentException e) {
        batch.fail(e.origin(), e.reason());
      } catch (RuntimeException e) {
        batch.fail(doc.origin(), "cannot be coded: " + e);
      }
    });
    return batch.exitCode();
  }

  private static void print(PrintWriter out, List<Event> events) {
    for (Event e : events) {
      out.println(Json.line(Json.event(e)));
    }
    out.flush();
  }

  private static void sentences(String in, LocalDate given, Pipeline pipeline, PrintWriter out, Batch batch) {
    batch.jsonLines(in, "sentence", (o, n, where) -> {
      String id = o.hasNonNull("id") ? o.get("id").asText() : String.valueOf(n);
      String text = o.path("text").asText("");
      if (text.isBlank()) {
        batch.fail(where, "has no \"text\"");
        return;
      }
      LocalDate d = given != null ? given : Dates.parse(o.path("date").asText(null), "\"date\"");
      print(out, pipeline.code(Pipeline.sentence(id, text, d), id).events());
    });
  }
}
