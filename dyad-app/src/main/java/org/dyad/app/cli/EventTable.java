package org.dyad.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.dyad.model.Actor;
import org.dyad.model.Event;
import org.dyad.model.json.Json;

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
