package org.dyad.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.extract.ArticleExtractor;
import org.dyad.extract.BadDocumentException;
import org.dyad.extract.PageType;
import org.dyad.model.Article;
import org.dyad.model.json.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dyad extract FILE...}: one JSON object per article. */
@Command(
    name = "extract",
    description = "Read pages (HTML or text files, directories, - for stdin, WARC and WARC.gz files, RSS and Atom"
        + " feeds, http(s) URLs) and print one JSON article per line.")
public final class ExtractCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "INPUT",
      description = "files, directories, WARC files, feeds, http(s) URLs, or - for standard input")
  List<String> inputs = List.of();

  @Option(names = "--urls", paramLabel = "FILE",
      description = "also fetch the URLs listed in FILE, one a line (# starts a comment line)")
  Path urls;

  @Option(names = "--fetch", description = "fetch the pages that feed items link to (robots.txt is honoured)")
  boolean fetchFeedLinks;

  @Override
  public Integer call() {
    if (inputs.isEmpty() && urls == null) {
      throw new ParameterException(spec.commandLine(), "give at least one INPUT or --urls FILE");
    }
    PrintWriter out = spec.commandLine().getOut();
    Batch batch = new Batch(spec.commandLine().getErr());
    ArticleExtractor extractor = new ArticleExtractor();
    batch.documents(inputs, urls, fetchFeedLinks, doc -> {
      try {
        out.println(Json.line(json(extractor.extract(doc))));
        out.flush();
      } catch (BadDocumentException e) {
        batch.fail(e.origin(), e.reason());
      }
    });
    return batch.exitCode();
  }

  private static ObjectNode json(Article a) {
    ObjectNode o = Json.article(a);
    o.put("pageType", PageType.of(a).label());
    return o;
  }
}
