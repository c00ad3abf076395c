package org.dyad.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.dyad.model.Actor;
import org.dyad.model.Event;
import org.dyad.model.EventStatus;

/**
 * Scores coded events against PLOVER gold sentences (the rules of the event-data development
 * set): a predicted event matches a gold one when the PLOVER type, the set of source countries
 * and the set of target countries are equal (participants unordered for compound and reciprocal
 * actors), matched one to one, greedily, per sentence. Dyad's pairs from one trigger, type and
 * source count as one PLOVER event whose targets are all of theirs.
 */
public final class PloverEvaluation {
  /** Codes a sentence, given its id, text and date. */
  public interface SentenceCoder {
    List<Event> code(String id, String text, LocalDate date);
  }

  /** The scores. */
  public record Result(int sentences, int gold, int predicted, int matched, int typeFound, int ignored) {
    public double precision() {
      return predicted == 0 ? 0 : (double) matched / predicted;
    }

    public double recall() {
      return gold == 0 ? 0 : (double) matched / gold;
    }

    public double f1() {
      return predicted + gold == 0 ? 0 : 2.0 * matched / (predicted + gold);
    }

    /** Share of gold events whose type Dyad found in their sentence. */
    public double typeAccuracy() {
      return gold == 0 ? 0 : (double) typeFound / gold;
    }

    /** Unmatched predicted events per sentence. */
    public double extraPerSentence() {
      return sentences == 0 ? 0 : (double) (predicted - matched) / sentences;
    }
  }

  private static final Map<String, String> RENAMED =
      Map.of("DEMAND", "REQUEST", "DISAPPROVE", "ACCUSE", "INVESTIGATE", "ACCUSE", "FIGHT", "ASSAULT");

  /**
   * The gold's old CAMEO country codes that are not ISO 3166-1 alpha-3, which Dyad writes: the
   * same countries under their ISO codes.
   */
  private static final Map<String, String> LEGACY_COUNTRIES = Map.of("JAP", "JPN", "ITL", "ITA");

  private record Coded(String type, Set<String> sources, Set<String> targets, boolean compound) {
    Set<String> participants() {
      Set<String> all = new TreeSet<>(sources);
      all.addAll(targets);
      return all;
    }

    boolean matches(Coded gold) {
      if (!type.equals(gold.type)) {
        return false;
      }
      if (gold.compound || compound) {
        return participants().equals(gold.participants());
      }
      return sources.equals(gold.sources) && targets.equals(gold.targets);
    }
  }

  private PloverEvaluation() {}

  /** Scores {@code coder} on the gold file. */
  public static Result run(Path gold, SentenceCoder coder) throws IOException {
    JsonNode all = new ObjectMapper().readTree(gold.toFile());
    int sentences = 0;
    int goldCount = 0;
    int predicted = 0;
    int matched = 0;
    int typeFound = 0;
    int ignored = 0;
    for (JsonNode r : all) {
      sentences++;
      String markup = r.path("textInfo").path("markup").asText("");
      boolean compound = markup.contains("SRC/TAR");
      String type = RENAMED.getOrDefault(r.path("event").asText(), r.path("event").asText());
      Coded g = new Coded(type, codes(r.path("source")), codes(r.path("target")), compound);
      goldCount++;
      LocalDate date = r.hasNonNull("date") ? LocalDate.parse(r.get("date").asText()) : null;
      // Dyad writes one event per source-target pair; PLOVER one per act, with lists of actors. The
      // pairs one trigger codes for one type and source are therefore one event with all its targets.
      Map<String, Coded> acts = new LinkedHashMap<>();
      for (Event e : coder.code(r.path("id").asText(), r.path("text").asText(), date)) {
        if (e.ploverType() == null || e.status() == EventStatus.NEGATED) {
          ignored++;
          continue;
        }
        Set<String> sources = side(e.source());
        String act = e.ploverType() + "|" + e.sentenceIndex() + "|" + e.evidence().trigger().begin() + "|" + sources;
        Coded before = acts.get(act);
        Set<String> targets = new TreeSet<>(side(e.target()));
        if (before != null) {
          targets.addAll(before.targets);
        }
        acts.put(act, new Coded(e.ploverType(), sources, targets, false));
      }
      List<Coded> preds = new ArrayList<>();
      for (Coded p : acts.values()) {
        boolean reciprocalTwin = preds.stream().anyMatch(q -> q.type.equals(p.type)
            && q.sources.equals(p.targets) && q.targets.equals(p.sources));
        if (!reciprocalTwin && !preds.contains(p)) {
          preds.add(p);
        }
      }
      predicted += preds.size();
      if (preds.stream().anyMatch(p -> p.type.equals(g.type))) {
        typeFound++;
      }
      for (Coded p : preds) {
        if (p.matches(g)) {
          matched++;
          break;
        }
      }
    }
    return new Result(sentences, goldCount, predicted, matched, typeFound, ignored);
  }

  private static Set<String> codes(JsonNode side) {
    Set<String> out = new HashSet<>();
    if (side.isArray()) {
      for (JsonNode a : side) {
        String c = a.path("code").asText("");
        if (!c.isEmpty()) {
          String country = c.length() > 3 ? c.substring(0, 3) : c;
          out.add(LEGACY_COUNTRIES.getOrDefault(country, country));
        }
      }
    }
    return out;
  }

  private static Set<String> side(Actor a) {
    if (a == null || a.country() == null) {
      return Set.of();
    }
    return Set.of(normalise(a));
  }

  /** The gold set's notion of an actor's country: IGO and NGO for international organisations. */
  static String normalise(Actor a) {
    String c = a.country();
    if ("IGO".equals(a.sector()) || c.startsWith("IGO")) {
      return "IGO";
    }
    if ("NGO".equals(a.sector()) || c.startsWith("NGO")) {
      return "NGO";
    }
    return c.length() > 3 ? c.substring(0, 3) : c;
  }
}
