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
import java.util.function.Consumer;
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

  /**
   * One PLOVER event, gold or predicted: its type, source and target countries, and whether its
   * actors are compound or reciprocal (then only the participants count, unordered).
   *
   * @param trigger the predicted event's trigger word, or null for gold
   */
  public record Coded(String type, Set<String> sources, Set<String> targets, boolean compound, String trigger) {
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

    boolean sameSources(Coded gold) {
      return gold.compound || compound ? participants().equals(gold.participants()) : sources.equals(gold.sources);
    }

    @Override
    public String toString() {
      return type + " " + sources + (compound ? "<>" : ">") + targets + (trigger == null ? "" : " \"" + trigger + "\"");
    }
  }

  /** Why a gold event was not matched. */
  public enum Miss {
    /** no event at all in the sentence. */
    NO_PREDICTION,
    /** events, none of the gold's type. */
    WRONG_TYPE,
    /** the gold's type, other source countries. */
    WRONG_SOURCE,
    /** the gold's type and sources, other target countries. */
    WRONG_TARGET
  }

  /**
   * How one gold sentence was scored.
   *
   * @param miss why its gold event was not matched, or null when it was
   * @param extra the predicted events that matched nothing
   * @param events Dyad's events for the sentence, including those not scored (negated, not PLOVER-coded)
   */
  public record SentenceScore(String id, String text, Coded gold, List<Coded> predicted, Miss miss, int extra, List<Event> events) {}

  private PloverEvaluation() {}

  /** Scores {@code coder} on the gold file. */
  public static Result run(Path gold, SentenceCoder coder) throws IOException {
    return run(gold, coder, s -> {});
  }

  /** Scores {@code coder} on the gold file, handing each sentence's score to {@code perSentence}. */
  public static Result run(Path gold, SentenceCoder coder, Consumer<SentenceScore> perSentence) throws IOException {
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
      Coded g = new Coded(type, codes(r.path("source")), codes(r.path("target")), compound, null);
      goldCount++;
      LocalDate date = r.hasNonNull("date") ? LocalDate.parse(r.get("date").asText()) : null;
      List<Event> events = coder.code(r.path("id").asText(), r.path("text").asText(), date);
      List<Coded> preds = acts(events);
      ignored += (int) events.stream().filter(e -> !scored(e)).count();
      predicted += preds.size();
      boolean typed = preds.stream().anyMatch(p -> p.type.equals(g.type));
      if (typed) {
        typeFound++;
      }
      Miss miss = null;
      if (preds.stream().anyMatch(p -> p.matches(g))) {
        matched++; // one gold event per sentence: one-to-one greedy matching pairs it with the first match
      } else if (preds.isEmpty()) {
        miss = Miss.NO_PREDICTION;
      } else if (!typed) {
        miss = Miss.WRONG_TYPE;
      } else if (preds.stream().noneMatch(p -> p.type.equals(g.type) && p.sameSources(g))) {
        miss = Miss.WRONG_SOURCE;
      } else {
        miss = Miss.WRONG_TARGET;
      }
      perSentence.accept(new SentenceScore(r.path("id").asText(), r.path("text").asText(), g, preds, miss,
          preds.size() - (miss == null ? 1 : 0), events));
    }
    return new Result(sentences, goldCount, predicted, matched, typeFound, ignored);
  }

  private static boolean scored(Event e) {
    return e.ploverType() != null && e.status() != EventStatus.NEGATED;
  }

  /**
   * Dyad writes one event per source-target pair; PLOVER one per act, with lists of actors. The
   * pairs one trigger codes for one type are therefore one event with all their sources and all
   * their targets; when it holds a pair both ways ("X and Y met") its actors are reciprocal.
   */
  static List<Coded> acts(List<Event> events) {
    Map<String, List<Event>> byAct = new LinkedHashMap<>();
    for (Event e : events) {
      if (scored(e)) {
        byAct.computeIfAbsent(e.ploverType() + "|" + e.sentenceIndex() + "|" + e.evidence().trigger().begin(),
            k -> new ArrayList<>()).add(e);
      }
    }
    List<Coded> out = new ArrayList<>();
    for (List<Event> act : byAct.values()) {
      Set<String> sources = new TreeSet<>();
      Set<String> targets = new TreeSet<>();
      Set<String> pairs = new HashSet<>();
      boolean reciprocal = false;
      for (Event e : act) {
        sources.addAll(side(e.source()));
        targets.addAll(side(e.target()));
        String s = String.join(",", side(e.source()));
        String t = String.join(",", side(e.target()));
        pairs.add(s + ">" + t);
        reciprocal |= !s.equals(t) && pairs.contains(t + ">" + s);
      }
      Event first = act.get(0);
      String trigger = first.sentence().substring(
          Math.max(0, first.evidence().trigger().begin() - first.evidence().sentence().begin()),
          Math.min(first.sentence().length(), first.evidence().trigger().end() - first.evidence().sentence().begin()));
      Coded c = new Coded(first.ploverType(), sources, targets, reciprocal, trigger);
      boolean repeated = out.stream().anyMatch(q -> q.type.equals(c.type) && q.compound == c.compound
          && (q.sources.equals(c.sources) && q.targets.equals(c.targets)
              || q.sources.equals(c.targets) && q.targets.equals(c.sources)));
      if (!repeated) {
        out.add(c); // another trigger for the same act between the same actors is the same event
      }
    }
    return out;
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
