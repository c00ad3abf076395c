package org.dyad.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.dyad.actors.ActorResolver;
import org.dyad.actors.Mention;
import org.dyad.model.Actor;

/**
 * Scores actor resolution on NGEC-style cases: each expected key (country, first sector code,
 * Wikipedia title) is checked on its own; keys ending {@code (NotEq)} must differ, keys ending
 * {@code (In)} must be one of the listed values; expectations of {@code ????} are skipped. Accuracy is reported per key,
 * and every key of a field Dyad produces counts, an empty value included (a second sector Dyad did not give is a
 * miss); NGEC fields Dyad has no counterpart for (pattern, source, job title) are not scored.
 */
public final class ActorEvaluation {
  /** Hits and trials for one key. */
  public record Score(int hits, int trials) {
    public double accuracy() {
      return trials == 0 ? 0 : (double) hits / trials;
    }
  }

  private ActorEvaluation() {}

  /** Scores the resolver on every case of {@code cases}, by expected key. */
  public static Map<String, Score> run(Path cases, ActorResolver resolver) throws IOException {
    Map<String, int[]> tally = new TreeMap<>();
    ObjectMapper json = new ObjectMapper();
    try (BufferedReader r = Files.newBufferedReader(cases, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode c = json.readTree(line);
        JsonNode args = c.path("args");
        String text = args.path(0).asText("");
        String context = args.size() > 1 ? args.path(1).asText("") : "";
        LocalDate date = args.size() > 2 ? date(args.path(2).asText("")) : null;
        Actor a = resolve(resolver, text, context, date);
        Iterator<Map.Entry<String, JsonNode>> it = c.path("expected").fields();
        while (it.hasNext()) {
          Map.Entry<String, JsonNode> e = it.next();
          String expected = e.getValue().asText();
          if (expected.equals("????")) {
            continue;
          }
          String key = e.getKey();
          boolean negative = key.endsWith("(NotEq)");
          boolean among = key.endsWith("(In)"); // expected is a list of acceptable values
          String field = key.replace(" (NotEq)", "").replace(" (In)", "");
          String got = value(a, field);
          if (got == null) {
            continue; // an NGEC field Dyad has no counterpart for (pattern, source, job title)
          }
          boolean ok = among ? contains(e.getValue(), got) : negative ? !expected.equals(got) : expected.equals(got);
          int[] t = tally.computeIfAbsent(c.path("function").asText() + " " + key, k -> new int[2]);
          t[0] += ok ? 1 : 0;
          t[1]++;
        }
      }
    }
    Map<String, Score> out = new TreeMap<>();
    tally.forEach((k, v) -> out.put(k, new Score(v[0], v[1])));
    return out;
  }

  private static Actor resolve(ActorResolver resolver, String text, String context, LocalDate date) {
    Mention m = resolver.resolveInContext(text, date, context);
    if (m.resolved()) {
      return m.actor();
    }
    if (m.sector() != null) {
      return new Actor(text, m.sector(), "", m.sector(), null, null, null, null);
    }
    return null;
  }

  /**
   * The actor's value of an expected key, empty when the actor (or the phrase) has none, so that a
   * missing country, sector, second sector or Wikipedia title counts as a miss; null for a key
   * Dyad has no counterpart for.
   */
  private static String value(Actor a, String field) {
    if (!Set.of("code.country", "code.code_1", "code.code_2", "code.wiki", "wiki.title").contains(field)) {
      return null;
    }
    if (a == null) {
      return "";
    }
    String v = switch (field) {
      case "code.country" -> PloverEvaluation.normalise(a);
      case "code.code_1" -> a.sector();
      case "code.code_2" -> a.secondarySector();
      default -> a.wikipedia();
    };
    return v == null ? "" : v;
  }

  /** True when {@code values} (a JSON list, or one value) holds {@code got}. */
  private static boolean contains(JsonNode values, String got) {
    if (!values.isArray()) {
      return values.asText().equals(got);
    }
    for (JsonNode v : values) {
      if (v.asText().equals(got)) {
        return true;
      }
    }
    return false;
  }

  /** Dates as the cases write them: ISO ("2022-01-10", with or without a time), "10 May 2015", "October 1, 2021". */
  private static final List<DateTimeFormatter> WRITTEN = List.of(
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH), DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH));

  private static LocalDate date(String s) {
    String t = s.strip();
    if (t.isBlank() || t.equalsIgnoreCase("today")) {
      return null;
    }
    try {
      return LocalDate.parse(t.length() > 10 && t.charAt(4) == '-' ? t.substring(0, 10) : t);
    } catch (DateTimeParseException e) {
      for (DateTimeFormatter f : WRITTEN) {
        try {
          return LocalDate.parse(t, f);
        } catch (DateTimeParseException ignored) {
          // try the next form
        }
      }
      return null;
    }
  }

}
