package org.dyad.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dyad.model.json.Json;
import org.dyad.store.EventStore;
import org.dyad.store.Period;
import org.dyad.store.RelationRow;
import org.dyad.store.StoreException;
import org.dyad.store.analytics.NormalisedRelation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code dyad relations A B}: a pair's event counts by QuadClass and Goldstein totals per period,
 * each beside the volume of all news in that period, so that a busy news week does not read as a
 * busy week of relations.
 */
@Command(name = "relations",
    description = "A pair's relations per period, both directions: events by QuadClass and Goldstein totals, "
        + "and the pair's share of all events stored for that period.")
public final class RelationsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin StoreOption store;

  @Parameters(index = "0", paramLabel = "A", description = "a country (PAK) or actor code (PAKGOV)")
  String a;

  @Parameters(index = "1", paramLabel = "B", description = "the other side")
  String b;

  @Option(names = "--by", defaultValue = "month", description = "day, week, month (default) or year")
  String by;

  @Option(names = "--format", defaultValue = "table", description = "table (default), json or csv")
  EventTable.Format format;

  @Override
  public Integer call() throws StoreException {
    Period period = Period.of(by);
    try (EventStore db = store.open()) {
      print(spec.commandLine().getOut(), db.analytics().relations(a, b, period), format);
    }
    return 0;
  }

  /** Prints a pair's relations with each period's share of all events, in {@code format}. */
  static void print(PrintWriter out, List<NormalisedRelation> rows, EventTable.Format format) {
    switch (format) {
      case json -> {
        for (NormalisedRelation n : rows) {
          RelationRow r = n.row();
          var o = Json.mapper().createObjectNode();
          o.put("period", r.period().toString());
          o.put("source", r.source());
          o.put("target", r.target());
          o.put("events", r.events());
          o.put("verbalCooperation", r.verbalCooperation());
          o.put("materialCooperation", r.materialCooperation());
          o.put("verbalConflict", r.verbalConflict());
          o.put("materialConflict", r.materialConflict());
          o.put("goldsteinSum", r.goldsteinSum());
          o.put("goldsteinMean", r.goldsteinMean());
          o.put("periodEvents", n.periodEvents());
          o.put("eventsShare", n.eventsShare());
          o.put("verbalCooperationShare", n.verbalCooperationShare());
          o.put("materialCooperationShare", n.materialCooperationShare());
          o.put("verbalConflictShare", n.verbalConflictShare());
          o.put("materialConflictShare", n.materialConflictShare());
          out.println(Json.line(o));
        }
      }
      case csv -> {
        out.println("period,source,target,events,q1,q2,q3,q4,goldsteinSum,goldsteinMean,periodEvents,eventsShare,q1Share,q2Share,"
            + "q3Share,q4Share");
        for (NormalisedRelation n : rows) {
          RelationRow r = n.row();
          out.printf(Locale.ROOT, "%s,%s,%s,%d,%d,%d,%d,%d,%.2f,%.2f,%d,%.6f,%.6f,%.6f,%.6f,%.6f%n", r.period(), r.source(), r.target(),
              r.events(), r.verbalCooperation(), r.materialCooperation(), r.verbalConflict(), r.materialConflict(), r.goldsteinSum(),
              r.goldsteinMean(), n.periodEvents(), n.eventsShare(), n.verbalCooperationShare(), n.materialCooperationShare(),
              n.verbalConflictShare(), n.materialConflictShare());
        }
      }
      case table -> {
        out.printf("%-10s  %-13s  %6s  %5s  %5s  %5s  %5s  %9s  %8s  %8s  %7s  %7s%n", "period", "direction", "events", "vcoop", "mcoop",
            "vconf", "mconf", "goldstein", "mean", "all", "share%", "conf%");
        for (NormalisedRelation n : rows) {
          RelationRow r = n.row();
          out.printf(Locale.ROOT, "%-10s  %-13s  %6d  %5d  %5d  %5d  %5d  %9.1f  %8.2f  %8d  %7.2f  %7.2f%n", r.period(),
              r.source() + ">" + r.target(), r.events(), r.verbalCooperation(), r.materialCooperation(), r.verbalConflict(),
              r.materialConflict(), r.goldsteinSum(), r.goldsteinMean(), n.periodEvents(), 100 * n.eventsShare(),
              100 * (n.verbalConflictShare() + n.materialConflictShare()));
        }
      }
    }
    out.flush();
  }
}
