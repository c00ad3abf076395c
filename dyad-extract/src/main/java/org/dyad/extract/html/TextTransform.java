package org.dyad.extract.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;

/**
 * The CSS {@code text-transform} that a page's own style sheets ({@code <style>} blocks and
 * {@code style} attributes) give its elements, as a desktop browser applies it: the most specific
 * rule wins, then the later one, an {@code !important} one before all; an element without a rule
 * inherits its parent's. Rules for print or a narrow screen, and those for a state or a part of an
 * element ({@code :hover}, {@code ::first-letter}), do not apply. Linked style sheets are not read.
 */
final class TextTransform {
  /** A value of {@code text-transform}. */
  enum Case {
    NONE, UPPERCASE, LOWERCASE, CAPITALIZE;

    /** {@code text} as this case shows it. */
    String apply(String text) {
      return switch (this) {
        case NONE -> text;
        case UPPERCASE -> text.toUpperCase(Locale.ROOT);
        case LOWERCASE -> text.toLowerCase(Locale.ROOT);
        case CAPITALIZE -> capitalize(text);
      };
    }
  }

  private record Rule(Evaluator selector, int specificity, int order, boolean important, String value) {}

  private static final String PROPERTY = "text-transform";
  /** The width of the desktop screen a page is taken to be read on, in CSS pixels. */
  private static final int SCREEN_WIDTH = 1280;
  private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
  private static final Pattern DECLARATION =
      Pattern.compile("(?i)(?:^|;)\\s*text-transform\\s*:\\s*([a-z-]+)\\s*(!\\s*important)?");
  /** Selectors for a state or a part of an element, which the text of the element itself does not show. */
  private static final Pattern NOT_THE_ELEMENT = Pattern.compile(
      "(?i)::|:(?:hover|focus|focus-within|focus-visible|active|visited|link|target|before|after|first-letter"
          + "|first-line|selection|placeholder|checked|disabled|enabled|invalid|valid|empty|defined|-[a-z-]+)");
  private static final Pattern WIDTH = Pattern.compile("(?i)(min|max)-width\\s*:\\s*([\\d.]+)\\s*(px|em|rem)?");
  private static final Pattern IDS = Pattern.compile("#[\\w-]+");
  private static final Pattern CLASSES = Pattern.compile("\\.[\\w-]+|\\[|:(?!not\\()[\\w-]+");
  private static final Pattern TYPES = Pattern.compile("(?:^|[\\s>+~(])[a-zA-Z][\\w-]*");
  private static final int MAX_RULES = 2_000;

  private final List<Rule> rules;
  private final Map<Element, Case> computed = new HashMap<>();

  private TextTransform(List<Rule> rules) {
    this.rules = rules;
  }

  /** The rules of {@code doc}'s own style sheets that set {@code text-transform}. */
  static TextTransform of(Document doc) {
    List<Rule> rules = new ArrayList<>();
    for (Element style : doc.getElementsByTag("style")) {
      String css = style.data();
      if (css.contains(PROPERTY) && mediaApplies(style.attr("media"))) {
        readBlock(COMMENT.matcher(css).replaceAll(" "), rules);
      }
    }
    return new TextTransform(rules);
  }

  /** The case the text of {@code e} is shown in. */
  Case of(Element e) {
    Case known = computed.get(e);
    if (known != null) {
      return known;
    }
    String value = declared(e);
    Case c;
    if (value == null || value.equals("inherit") || value.equals("unset")) {
      c = e.parent() == null ? Case.NONE : of(e.parent());
    } else {
      c = switch (value) {
        case "uppercase" -> Case.UPPERCASE;
        case "lowercase" -> Case.LOWERCASE;
        case "capitalize" -> Case.CAPITALIZE;
        default -> Case.NONE;
      };
    }
    computed.put(e, c);
    return c;
  }

  /** The value the cascade gives {@code e} itself, or null when no rule sets it. */
  private String declared(Element e) {
    Matcher inline = DECLARATION.matcher(e.attr("style"));
    String inlineValue = null;
    if (inline.find()) {
      inlineValue = inline.group(1).toLowerCase(Locale.ROOT);
      if (inline.group(2) != null) {
        return inlineValue;
      }
    }
    Rule best = null;
    for (Rule r : rules) {
      if ((inlineValue == null || r.important()) && (best == null || outranks(r, best)) && e.is(r.selector())) {
        best = r;
      }
    }
    return best != null ? best.value() : inlineValue;
  }

  private static boolean outranks(Rule r, Rule other) {
    if (r.important() != other.important()) {
      return r.important();
    }
    return r.specificity() != other.specificity() ? r.specificity() > other.specificity() : r.order() > other.order();
  }

  /** Reads the rules of a style sheet or of a block of one ({@code @media screen { ... }}). */
  private static void readBlock(String css, List<Rule> rules) {
    int i = 0;
    int n = css.length();
    while (i < n && rules.size() < MAX_RULES) {
      int open = css.indexOf('{', i);
      if (open < 0) {
        return;
      }
      String prelude = css.substring(i, open).strip();
      int semi = prelude.lastIndexOf(';');
      if (semi >= 0 && prelude.startsWith("@")) {
        // "@import ...; @charset ...;" before the block
        prelude = prelude.substring(semi + 1).strip();
      }
      int close = matchingBrace(css, open);
      String body = css.substring(open + 1, close < 0 ? n : close);
      if (prelude.startsWith("@")) {
        String at = prelude.toLowerCase(Locale.ROOT);
        if ((at.startsWith("@media") && mediaApplies(at.substring(6))) || at.startsWith("@supports") || at.startsWith("@layer")) {
          readBlock(body, rules);
        }
      } else if (body.contains(PROPERTY)) {
        Matcher d = DECLARATION.matcher(body);
        String value = null;
        boolean important = false;
        while (d.find()) {
          value = d.group(1).toLowerCase(Locale.ROOT);
          important = d.group(2) != null;
        }
        if (value != null) {
          addRules(prelude, value, important, rules);
        }
      }
      if (close < 0) {
        return;
      }
      i = close + 1;
    }
  }

  private static void addRules(String selectors, String value, boolean important, List<Rule> rules) {
    for (String s : splitSelectors(selectors)) {
      if (s.isEmpty() || NOT_THE_ELEMENT.matcher(s).find()) {
        continue;
      }
      try {
        rules.add(new Rule(QueryParser.parse(s), specificity(s), rules.size(), important, value));
      } catch (Selector.SelectorParseException | IllegalArgumentException e) {
        // a selector jsoup does not know is left out, as a browser leaves out one it does not know
      }
    }
  }

  private static List<String> splitSelectors(String selectors) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    int from = 0;
    for (int i = 0; i < selectors.length(); i++) {
      char c = selectors.charAt(i);
      if (c == '(' || c == '[') {
        depth++;
      } else if ((c == ')' || c == ']') && depth > 0) {
        depth--;
      } else if (c == ',' && depth == 0) {
        out.add(selectors.substring(from, i).strip());
        from = i + 1;
      }
    }
    out.add(selectors.substring(from).strip());
    return out;
  }

  /** CSS specificity as one number: ids, then classes, attributes and pseudo-classes, then types. */
  private static int specificity(String selector) {
    return count(IDS, selector) * 10_000 + count(CLASSES, selector) * 100 + count(TYPES, selector);
  }

  private static int count(Pattern p, String s) {
    Matcher m = p.matcher(s);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  private static int matchingBrace(String css, int open) {
    int depth = 0;
    for (int i = open; i < css.length(); i++) {
      char c = css.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  /** Whether a media query list applies to a desktop screen: not print, and no width it is outside of. */
  static boolean mediaApplies(String query) {
    String q = query.strip().toLowerCase(Locale.ROOT);
    if (q.isEmpty()) {
      return true;
    }
    for (String one : q.split(",")) {
      if (oneMediaApplies(one.strip())) {
        return true;
      }
    }
    return false;
  }

  private static boolean oneMediaApplies(String q) {
    if (q.startsWith("not ") || q.contains("print") || q.contains("speech") || q.contains("orientation: portrait")
        || q.contains("orientation:portrait")) {
      return false;
    }
    Matcher w = WIDTH.matcher(q);
    while (w.find()) {
      double px = Double.parseDouble(w.group(2)) * (w.group(3) == null || w.group(3).equals("px") ? 1 : 16);
      if (w.group(1).equals("min") ? px > SCREEN_WIDTH : px < SCREEN_WIDTH) {
        return false;
      }
    }
    return !q.contains("height") && !q.contains("hover: none") && !q.contains("pointer: coarse");
  }

  /** Each word's first letter in capitals, as {@code text-transform: capitalize} shows it. */
  private static String capitalize(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    boolean start = true;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (start && Character.isLetter(cp)) {
        sb.appendCodePoint(Character.toTitleCase(cp));
        start = false;
      } else {
        sb.appendCodePoint(cp);
        if (Character.isWhitespace(cp)) {
          start = true;
        } else if (Character.isLetterOrDigit(cp)) {
          start = false;
        }
      }
      i += Character.charCount(cp);
    }
    return sb.toString();
  }
}
