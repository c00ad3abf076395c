package org.dyad.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.extract.ArticleExtractor;
import org.dyad.extract.BadDocumentException;
import org.dyad.model.json.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dyad extract FILE...}: one JSON object per article. */
@Command(name = "extract", description = "Read pages (HTML or text files, directories, - for stdin) and print one JSON article per line.")
public final class ExtractCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "files, directories, or - for standard input")
  List<String> inputs;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Batch batch = new Batch(spec.commandLine().getErr());
    ArticleExtractor extractor = new ArticleExtractor();
    batch.documents(inputs, doc -> {
      try {
        out.println(Json.line(Json.article(extractor.extract(doc))));
        out.flush();
      } catch (BadDocumentException e) {
        batch.fail(e.origin(), e.reason());
      }
    });
    return batch.exitCode();
  }
}
