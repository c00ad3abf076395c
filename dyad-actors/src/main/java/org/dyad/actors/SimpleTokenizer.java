package org.dyad.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits short texts (actor names, knowledge-file phrases) into words the way the NLP stage
 * tokenises: hyphens and possessive 's apart, abbreviations with dots kept whole. No parser runs,
 * so tags are guessed from capitalisation and lemmas by plain English plural rules.
 */
public final class SimpleTokenizer {
  private static final Pattern WORD =
      Pattern.compile("(?:[A-Za-z]\\.){2,}|'s\\b|’s\\b|[\\p{L}\\p{M}\\p{N}]+(?:['’](?!s\\b)[\\p{L}]+)?|[^\\s\\p{L}\\p{N}]");

  private static final Pattern HYPHEN = Pattern.compile("[-‐]");

  /** Plurals the regular rules get wrong. */
  private static final Map<String, String> IRREGULAR = Map.of(
      "men", "man", "thieves", "thief", "wives", "wife", "knives", "knife", "lives", "life", "children", "child",
      "schoolchildren", "schoolchild");

  private SimpleTokenizer() {}

  /** The words of {@code text}. */
  public static List<Word> words(String text) {
    List<Word> out = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String w = m.group();
      if (w.equals("-") || w.equals("‐")) {
        continue;
      }
      String tag = w.equals("'s") || w.equals("’s") ? "POS" : Character.isUpperCase(w.codePointAt(0)) ? "NNP" : "NN";
      out.add(new Word(w, tag.equals("NNP") ? w : singular(w.toLowerCase(Locale.ROOT)), tag, m.start(), m.end()));
    }
    return out;
  }

  /**
   * The words with each hyphenated word cut into its parts, as the knowledge files' phrases are
   * ("Vice-President" to "Vice" "President", "anti-government" to "anti" "government"): a tagger
   * keeps words with common prefixes whole. Each part keeps the word's tag; the last keeps the last
   * part of its lemma.
   */
  public static List<Word> splitHyphens(List<Word> words) {
    List<Word> out = null;
    for (int k = 0; k < words.size(); k++) {
      Word w = words.get(k);
      boolean hyphenated = w.text().length() > 2 && (w.text().indexOf('-') > 0 || w.text().indexOf('‐') > 0);
      String[] parts = hyphenated ? HYPHEN.split(w.text(), -1) : new String[] {w.text()};
      boolean split = parts.length > 1 && java.util.Arrays.stream(parts).noneMatch(String::isEmpty);
      if (!split) {
        if (out != null) {
          out.add(w);
        }
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(words.subList(0, k));
      }
      String[] lemmas = HYPHEN.split(w.lemma(), -1);
      int at = w.begin();
      for (int j = 0; j < parts.length; j++) {
        String part = parts[j];
        String lemma = j == parts.length - 1 && lemmas.length == parts.length ? lemmas[j]
            : w.isProperNoun() ? part : part.toLowerCase(Locale.ROOT);
        int end = Math.min(at + part.length(), w.end());
        out.add(new Word(part, lemma, w.tag(), at, end));
        at = end + 1;
      }
    }
    return out == null ? words : out;
  }

  /** The singular of a lowercase English noun by the regular rules ("troops" to "troop"). */
  public static String singular(String w) {
    String irregular = IRREGULAR.get(w);
    if (irregular != null) {
      return irregular;
    }
    if (w.length() < 4 || w.endsWith("ss") || w.endsWith("us") || w.endsWith("is")) {
      return w;
    }
    if (w.endsWith("men")) {
      return w.substring(0, w.length() - 3) + "man";
    }
    if (w.endsWith("ies")) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.endsWith("ches") || w.endsWith("shes") || w.endsWith("xes") || w.endsWith("sses")) {
      return w.substring(0, w.length() - 2);
    }
    if (w.endsWith("s")) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }
}
