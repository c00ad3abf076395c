package org.dyad.extract.html;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * A set of class and id words, matched against an element's classes and id: whole, or also as one
 * of the parts a class splits into at '-' and '_'.
 */
final class ClassWords {
  /** Page chrome: sharing, comments, navigation, advertising. */
  static final ClassWords CHROME = new ClassWords("/dyad/extract/html-chrome.txt", true, false);
  /** Boxes leading to other pages (teasers, promotions): chrome only when they hold a link. */
  static final ClassWords LINK_BOX = new ClassWords("/dyad/extract/html-link-boxes.txt", true, false);
  /** An article's lead, standfirst or summary. */
  static final ClassWords LEAD = new ClassWords("/dyad/extract/html-lead.txt", true, true);
  /**
   * Containers of article text, matched whole only: "comment-content" is a comment's text, not the
   * article's.
   */
  static final ClassWords CONTENT = new ClassWords("/dyad/extract/html-content.txt", false, false);

  /** Words before a chrome word that make it name what a box holds or lacks ("has-sidebar"). */
  private static final Set<String> HOLDS = Set.of("has", "with", "without", "no", "show", "hide");

  private final Set<String> words;
  private final boolean parts;
  /** Whether a BEM modifier's words count too ("field--summary" is a summary). */
  private final boolean modifiers;

  private ClassWords(String resource, boolean parts, boolean modifiers) {
    this.words = Set.copyOf(WordList.lines(resource));
    this.parts = parts;
    this.modifiers = modifiers;
  }

  /** Whether one of {@code e}'s classes or its id holds one of the words. */
  boolean matches(Element e) {
    String names = e.className();
    String id = e.id();
    if (names.isEmpty() && id.isEmpty()) {
      return false;
    }
    return matchesAny(names) || matchesAny(id);
  }

  // Splits by hand: this runs for every element of every page, and regular expressions cost more.
  private boolean matchesAny(String names) {
    int n = names.length();
    int start = -1;
    for (int i = 0; i <= n; i++) {
      boolean space = i == n || Character.isWhitespace(names.charAt(i));
      if (!space && start < 0) {
        start = i;
      } else if (space && start >= 0) {
        if (matchesName(names.substring(start, i).toLowerCase(Locale.ROOT))) {
          return true;
        }
        start = -1;
      }
    }
    return false;
  }

  private boolean matchesName(String name) {
    if (words.contains(name)) {
      return true;
    }
    if (!parts) {
      return false;
    }
    // a BEM modifier ("section--has-ads") tells the element's state or what it holds, not its kind
    int modifier = modifiers ? -1 : name.indexOf("--");
    int end = modifier > 0 ? modifier : name.length();
    int from = 0;
    String previous = "";
    for (int i = 0; i <= end; i++) {
      if (i == end || name.charAt(i) == '-' || name.charAt(i) == '_') {
        if (i > from) {
          String part = name.substring(from, i);
          // "has-sidebar", "with-ads", "no-comments": what the element holds or lacks, not what it is
          if (i - from < name.length() && words.contains(part) && !HOLDS.contains(previous)) {
            return true;
          }
          previous = part;
        }
        from = i + 1;
      }
    }
    return false;
  }
}
