package org.dyad.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.dyad.actors.ActorResolver;
import org.dyad.actors.Mention;
import org.dyad.model.Actor;
import org.dyad.model.json.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dyad actor "TEXT"}: the resolved actor object. */
@Command(name = "actor", description = "Resolve an actor mention (or a JSON Lines file of them) to CAMEO-style actor codes.")
public final class ActorCommand implements Callable<Integer> {
  /** What the input holds. */
  enum InputKind { text, jsonl }

  @Spec CommandSpec spec;

  @Option(names = "--date", description = "the date the mention speaks of (YYYY-MM-DD), for offices that changed")
  String date;

  @Option(names = "--context", description = "the sentence around the mention, for a country it does not name")
  String context;

  @Option(names = "--input", defaultValue = "text", description = "text (default) or jsonl: lines of {\"id\",\"text\",\"date\",\"context\"}")
  InputKind input;

  @Parameters(arity = "1", paramLabel = "TEXT", description = "the mention, or the JSON Lines file with --input jsonl")
  String text;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    ActorResolver resolver = ActorResolver.standard();
    if (input == InputKind.text) {
      out.println(Json.line(resolve(resolver, text, Dates.parse(date, "--date"), context, null)));
      out.flush();
      return 0;
    }
    Batch batch = new Batch(spec.commandLine().getErr());
    batch.jsonLines(text, "actor", (o, n, where) -> {
      String id = o.hasNonNull("id") ? o.get("id").asText() : String.valueOf(n);
      LocalDate d = Dates.parse(o.path("date").asText(date), "\"date\"");
      String ctx = o.hasNonNull("context") ? o.get("context").asText() : context;
      out.println(Json.line(resolve(resolver, o.path("text").asText(""), d, ctx, id)));
    });
    out.flush();
    return batch.exitCode();
  }

  static ObjectNode resolve(ActorResolver resolver, String text, LocalDate date, String context, String inputId) {
    Mention m = resolver.resolveInContext(text, date, context);
    Actor a = m.actor();
    ObjectNode o;
    if (a != null) {
      o = Json.actor(a);
    } else {
      o = Json.mapper().createObjectNode();
      o.put("text", text);
      o.putNull("code");
      o.putNull("country");
      o.put("sector", m.sector());
      o.putNull("name");
      o.putNull("wikidata");
    }
    if (inputId != null) {
      ObjectNode withId = Json.mapper().createObjectNode();
      withId.put("inputId", inputId);
      withId.setAll(o);
      return withId;
    }
    return o;
  }
}
