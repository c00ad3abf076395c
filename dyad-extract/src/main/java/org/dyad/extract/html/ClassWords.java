package org.dyad.extract.html;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * A set of class and id words, matched against an element's classes and id: whole, or also as one
 * of the parts a class splits into at '-' and '_'.
 */
final class ClassWords {
  /** Page chrome: sharing, comments, navigation, advertising. */
  static final ClassWords CHROME = new ClassWords("/dyad/extract/html-chrome.txt", true);
  /**
   * Containers of article text, matched whole only: "comment-content" is a comment's text, not the
   * article's.
   */
  static final ClassWords CONTENT = new ClassWords("/dyad/extract/html-content.txt", false);

  private static final Pattern SPACE = Pattern.compile("\\s+");
  private static final Pattern PART = Pattern.compile("[-_]");

  private final Set<String> words;
  private final boolean parts;

  private ClassWords(String resource, boolean parts) {
    this.words = Set.copyOf(WordList.lines(resource));
    this.parts = parts;
  }

  /** Whether one of {@code e}'s classes or its id holds one of the words. */
  boolean matches(Element e) {
    String names = e.className();
    String id = e.id();
    if (names.isEmpty() && id.isEmpty()) {
      return false;
    }
    for (String name : SPACE.split((names + " " + id).toLowerCase(Locale.ROOT))) {
      if (name.isEmpty()) {
        continue;
      }
      if (words.contains(name)) {
        return true;
      }
      if (!parts) {
        continue;
      }
      for (String part : PART.split(name)) {
        if (words.contains(part)) {
          return true;
        }
      }
    }
    return false;
  }
}
