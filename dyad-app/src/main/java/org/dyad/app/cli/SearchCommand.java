package org.dyad.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dyad.model.Span;
import org.dyad.model.json.Json;
import org.dyad.store.EventStore;
import org.dyad.store.StoreException;
import org.dyad.store.search.ArticleSource;
import org.dyad.store.search.QuerySyntaxException;
import org.dyad.store.search.SearchHit;
import org.dyad.store.search.SearchIndex;
import org.dyad.store.search.SearchPage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dyad search QUERY}: stored articles matching a full-text query, best first. */
@Command(name = "search",
    description = "Full-text search over stored articles (title, text, site, url, date) in Lucene's syntax: "
        + "words must all match; \"exact phrase\", OR, -word, title:word, date:[2021-04-01 TO 2021-04-30], lavr*. "
        + "The index beside the store (PATH.search) catches up with it first.")
public final class SearchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin StoreOption store;

  @Parameters(arity = "1..*", paramLabel = "QUERY", description = "the query; several words are joined with spaces")
  String[] query;

  @Option(names = "--index", paramLabel = "DIR",
      description = "the index directory (default: beside a DuckDB store, its file name + .search; required for PostgreSQL)")
  Path index;

  @Option(names = "--limit", defaultValue = "10", description = "the most hits to print, 1 to 100 (default 10)")
  int limit;

  @Option(names = "--offset", defaultValue = "0", description = "how many hits to skip first (default 0)")
  int offset;

  @Option(names = "--format", defaultValue = "table", description = "table (default) or json (one hit a line)")
  EventTable.Format format;

  @Override
  public Integer call() throws StoreException {
    if (format == EventTable.Format.csv) {
      throw new ParameterException(spec.commandLine(), "search prints table or json, not csv");
    }
    if (limit < 1 || limit > SearchIndex.MAX_LIMIT || offset < 0 || offset > SearchIndex.MAX_DEPTH - limit) {
      throw new ParameterException(spec.commandLine(), "--limit must be 1 to " + SearchIndex.MAX_LIMIT + " and --offset 0 to "
          + SearchIndex.MAX_DEPTH + " less the limit");
    }
    String q = String.join(" ", query);
    SearchPage page;
    try (EventStore db = store.open()) {
      ArticleSource articles = db.analytics().articles();
      Path dir = index != null ? index : articles.file().map(SearchIndex::beside).orElseThrow(() -> new ParameterException(
          spec.commandLine(), "the store " + store.path() + " has no file to keep its search index beside: give --index DIR"));
      try (SearchIndex search = SearchIndex.open(dir)) {
        page = search.search(articles, q, limit, offset);
      } catch (java.io.IOException e) {
        throw new StoreException("cannot close the search index at " + dir + ": " + e.getMessage(), e);
      }
    } catch (QuerySyntaxException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    print(spec.commandLine().getOut(), page);
    PrintWriter err = spec.commandLine().getErr();
    err.printf("dyad: %d matching articles%s%n", page.total(),
        page.hits().isEmpty() ? "" : ", showing " + (offset + 1) + " to " + (offset + page.hits().size()));
    err.flush();
    return 0;
  }

  private void print(PrintWriter out, SearchPage page) {
    for (SearchHit h : page.hits()) {
      if (format == EventTable.Format.json) {
        var o = Json.mapper().createObjectNode();
        o.put("articleId", h.articleId());
        o.put("title", h.title());
        o.put("url", h.url());
        o.put("site", h.site());
        o.put("date", h.date() == null ? null : h.date().toString());
        o.put("snippet", h.snippet());
        var marks = o.putArray("highlights");
        for (Span s : h.highlights()) {
          marks.addObject().put("begin", s.begin()).put("end", s.end());
        }
        o.put("score", h.score());
        o.put("events", h.events());
        out.println(Json.line(o));
      } else {
        out.printf(Locale.ROOT, "%6.2f  %-10s  %s  %s%n", h.score(), h.date() == null ? "" : h.date(), h.articleId(),
            h.title() == null ? "" : h.title());
        out.println("        " + h.snippet());
        out.printf("        %s (%d events)%n", h.url() == null ? "" : h.url(), h.events());
      }
    }
    out.flush();
  }
}
