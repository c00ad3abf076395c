package org.dyad.coder.pattern;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.model.io.TsvReader;
import org.dyad.model.ontology.CameoCodebook;

/**
 * The event patterns of {@code dyad/coder/patterns.tsv}, indexed by trigger lemma. A required word
 * written {@code +@class} stands for every word of that class in {@code dyad/coder/word-classes.tsv}
 * ("send +@weapon" matches "sent tanks", "sent howitzers", ...).
 */
public final class PatternBook {
  private static volatile PatternBook standard;

  private final List<EventPattern> all;
  private final Map<String, List<EventPattern>> byLemma = new HashMap<>();

  private PatternBook(List<EventPattern> all, List<EventPattern> expanded) {
    this.all = List.copyOf(all);
    for (EventPattern p : expanded) {
      byLemma.computeIfAbsent(p.lemma(), k -> new ArrayList<>()).add(p);
    }
    byLemma.values().forEach(l -> l.sort((a, b) -> Integer.compare(b.specificity(), a.specificity())));
  }

  /** The bundled patterns, read and validated once. */
  public static PatternBook standard() {
    PatternBook b = standard;
    if (b == null) {
      synchronized (PatternBook.class) {
        if (standard == null) {
          standard = load(TsvReader.readResource("dyad/coder/patterns.tsv"), CameoCodebook.standard(),
              wordClasses(TsvReader.readResource("dyad/coder/word-classes.tsv")));
        }
        b = standard;
      }
    }
    return b;
  }

  /** The word classes of {@code word-classes.tsv}: class name to its words. */
  static Map<String, List<String>> wordClasses(List<TsvReader.Row> rows) {
    Map<String, List<String>> out = new HashMap<>();
    for (TsvReader.Row r : rows) {
      out.computeIfAbsent(r.get("class"), k -> new ArrayList<>()).add(r.get("word").toLowerCase(Locale.ROOT));
    }
    return out;
  }

  static PatternBook load(List<TsvReader.Row> rows, CameoCodebook codebook, Map<String, List<String>> classes) {
    List<EventPattern> out = new ArrayList<>();
    List<EventPattern> expanded = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (TsvReader.Row r : rows) {
      String id = r.get("id");
      if (!ids.add(id)) {
        throw new IllegalStateException(r.where() + ": duplicate pattern id " + id);
      }
      String cameo = r.get("cameo");
      if (!codebook.contains(cameo)) {
        throw new IllegalStateException(r.where() + ": pattern " + id + " has unknown CAMEO code '" + cameo + "'");
      }
      EventPattern.Pos pos;
      try {
        pos = EventPattern.Pos.valueOf(r.get("pos"));
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(r.where() + ": pattern " + id + " has pos '" + r.get("pos") + "', not V, N or A", e);
      }
      String[] words = r.get("trigger").toLowerCase(Locale.ROOT).split("\\s+");
      List<String> particles = new ArrayList<>();
      List<String> objects = new ArrayList<>();
      for (int i = 1; i < words.length; i++) {
        if (words[i].startsWith("+")) {
          objects.add(words[i].substring(1));
        } else {
          particles.add(words[i]);
        }
      }
      List<String> targets = List.of(r.get("target").toLowerCase(Locale.ROOT).split("\\|"));
      List<List<String>> variants = List.of(objects);
      for (String o : objects) {
        if (o.startsWith("@")) {
          List<String> members = classes.get(o.substring(1));
          if (members == null) {
            throw new IllegalStateException(r.where() + ": pattern " + id + " names unknown word class '" + o + "'");
          }
          List<List<String>> next = new ArrayList<>();
          for (List<String> v : variants) {
            for (String word : members) {
              List<String> one = new ArrayList<>(v);
              one.set(objects.indexOf(o), word);
              next.add(one);
            }
          }
          variants = next;
        }
      }
      for (List<String> v : variants) {
        expanded.add(new EventPattern(id, cameo, pos, words[0], particles, v, targets,
            r.get("example"), r.get("expect"), r.optional("counter")));
      }
      out.add(expanded.get(expanded.size() - variants.size()));
    }
    return new PatternBook(out, expanded);
  }

  /** The patterns triggered by {@code lemma}, most specific first. */
  public List<EventPattern> forLemma(String lemma) {
    return byLemma.getOrDefault(lemma, Collections.emptyList());
  }

  /** Every row of the patterns file, in file order (a row with a word class as its first variant). */
  public List<EventPattern> all() {
    return all;
  }
}
