package org.dyad.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.dyad.model.Actor;
import org.dyad.model.Event;
import org.dyad.model.json.Json;
import org.dyad.store.RelationRow;

/** Prints events and relations as tables, CSV or JSON Lines. */
final class EventTable {
  /** Output formats. */
  enum Format { table, json, csv }

  private EventTable() {}

  static void events(PrintWriter out, List<Event> events, Format format) {
    switch (format) {
      case json -> events.forEach(e -> out.println(Json.line(Json.event(e))));
      case csv -> {
        out.println("id,date,datePrecision,status,source,cameo,target,quadClass,goldstein,confidence,sentence");
        for (Event e : events) {
          out.println(String.join(",", e.id(), str(e.date()), e.datePrecision().label(), e.status().label(),
              code(e.source()), e.cameo(), code(e.target()), String.valueOf(e.quadClass()),
              String.valueOf(e.goldstein()), String.valueOf(e.confidence()), csv(e.sentence())));
        }
      }
      case table -> {
        out.printf("%-10s  %-12s  %-22s  %-5s  %-22s  %5s  %s%n", "date", "status", "source", "cameo", "target", "gold", "sentence");
        for (Event e : events) {
          out.printf(Locale.ROOT, "%-10s  %-12s  %-22s  %-5s  %-22s  %5.1f  %s%n", str(e.date()), e.status().label(),
              cut(label(e.source()), 22), e.cameo(), cut(label(e.target()), 22), e.goldstein(), cut(e.sentence(), 70));
        }
      }
    }
    out.flush();
  }

  static void relations(PrintWriter out, List<RelationRow> rows, Format format) {
    switch (format) {
      case json -> {
        for (RelationRow r : rows) {
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
          out.println(Json.line(o));
        }
      }
      case csv -> {
        out.println("period,source,target,events,q1,q2,q3,q4,goldsteinSum,goldsteinMean");
        for (RelationRow r : rows) {
          out.printf(Locale.ROOT, "%s,%s,%s,%d,%d,%d,%d,%d,%.2f,%.2f%n", r.period(), r.source(), r.target(), r.events(),
              r.verbalCooperation(), r.materialCooperation(), r.verbalConflict(), r.materialConflict(), r.goldsteinSum(),
              r.goldsteinMean());
        }
      }
      case table -> {
        out.printf("%-10s  %-13s  %6s  %5s  %5s  %5s  %5s  %9s  %8s%n", "period", "direction", "events", "vcoop", "mcoop",
            "vconf", "mconf", "goldstein", "mean");
        for (RelationRow r : rows) {
          out.printf(Locale.ROOT, "%-10s  %-13s  %6d  %5d  %5d  %5d  %5d  %9.1f  %8.2f%n", r.period(),
              r.source() + ">" + r.target(), r.events(), r.verbalCooperation(), r.materialCooperation(),
              r.verbalConflict(), r.materialConflict(), r.goldsteinSum(), r.goldsteinMean());
        }
      }
    }
    out.flush();
  }

  private static String label(Actor a) {
    if (a == null) {
      return "-";
    }
    return a.name() != null ? a.code() + " " + a.name() : a.code();
  }

  private static String code(Actor a) {
    return a == null ? "" : a.code();
  }

  private static String str(Object o) {
    return o == null ? "" : o.toString();
  }

  private static String cut(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n - 1) + "…";
  }

  private static String csv(String s) {
    return "\"" + s.replace("\"", "\"\"") + "\"";
  }
}
