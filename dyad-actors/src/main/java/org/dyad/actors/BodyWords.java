package org.dyad.actors;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.model.io.TsvReader;

/**
 * The words of body-words.tsv: head nouns that make an unknown proper name a body ("the Lake Basin
 * Water Forum", "the Border Monitoring Committee"), and words that make such a body international
 * ("World", "Joint"). Immutable.
 */
final class BodyWords {
  /** The bundled word list. */
  static final String RESOURCE = "dyad/actors/body-words.tsv";
  /** Words that may stand inside a body's name without being part of it as names: "of", "for", "on". */
  private static final Set<String> LINKS = Set.of("of", "for", "on", "and", "the", "to", "&", "(", ")");

  private final Set<String> heads;
  private final Set<String> international;
  private final List<String> examples;

  private BodyWords(Set<String> heads, Set<String> international, List<String> examples) {
    this.heads = heads;
    this.international = international;
    this.examples = examples;
  }

  /** The bundled words; a bad row fails with its file, line and reason. */
  static BodyWords standard() {
    Set<String> heads = new HashSet<>();
    Set<String> international = new HashSet<>();
    List<String> examples = new java.util.ArrayList<>();
    for (TsvReader.Row r : TsvReader.readResource(RESOURCE)) {
      String w = r.get("word").toLowerCase(Locale.ROOT);
      switch (r.get("kind")) {
        case "body" -> heads.add(w);
        case "international" -> international.add(w);
        default -> throw new IllegalStateException(r.where() + ": kind '" + r.get("kind") + "' is not body or international");
      }
      examples.add(r.get("example"));
    }
    return new BodyWords(Set.copyOf(heads), Set.copyOf(international), List.copyOf(examples));
  }

  /** The file's example names, each of which must resolve to an unknown body. */
  List<String> examples() {
    return examples;
  }

  /**
   * True when the words after the leading determiners are a proper name of two or more capitalised
   * words, one of them a body word, with only linking words and an acronym in brackets besides
   * ("the Border Monitoring Committee (BMC)", "Commission for Water Rights").
   */
  boolean namesBody(List<Word> words, int from) {
    int capitalised = 0;
    boolean head = false;
    for (int k = from; k < words.size(); k++) {
      String w = words.get(k).text();
      if (LINKS.contains(w.toLowerCase(Locale.ROOT))) {
        continue;
      }
      if (!Character.isUpperCase(w.codePointAt(0))) {
        return false;
      }
      capitalised++;
      head |= heads.contains(w.toLowerCase(Locale.ROOT));
    }
    return head && capitalised >= 2;
  }

  /** True when {@code word} is a body word ("Forum", "committee"). */
  boolean isHead(String word) {
    return heads.contains(word.toLowerCase(Locale.ROOT));
  }

  /** True when a word of the name says the body is not one country's ("World", "Joint"). */
  boolean international(List<Word> words) {
    return words.stream().anyMatch(w -> international.contains(w.text().toLowerCase(Locale.ROOT)));
  }
}
