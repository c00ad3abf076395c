package org.dyad.extract.html;

import java.util.Iterator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the holder of a page's copyright in a short line of its own: "© 2021 Jane Doe", "Copyright
 * (c) 2012- Jane Doe. All rights reserved.", "(c) Jane Doe • Alle Rechte vorbehalten", "2006-2008 by
 * Jane Doe", or the name a Creative Commons licence notice credits. On a personal site that is the
 * author of its posts; whether the holder is a person rather than the site's publisher is for the
 * caller to judge. A line needs the years or the rights reserved: "© Jane Doe" alone is a
 * picture's credit.
 */
final class CopyrightHolder {
  private static final String NAME =
      "\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:(?:von|van|de|der|den|du|da|del|di|la|le)\\s+){0,2}\\p{Lu}[\\p{L}.'’-]*){1,3}";
  private static final String YEARS = "\\d{4}(?:\\s*[-–]\\s*(?:\\d{4})?)?";
  private static final String RIGHTS = "[Aa]ll [Rr]ights|[Aa]lle [Rr]echte|[Ww]eitere [Rr]echte|[Tt]ous droits|[Tt]odos los derechos";
  /**
   * The sign, the years and the holder, then the end, a stop, a separator or the rights reserved.
   * Groups 1 and 2 hold the years, 3 the name, 4 and 5 the rights.
   */
  private static final Pattern LINE =
      Pattern.compile("(?:^|\\s)(?:(?:©|\\([cC]\\)|[Cc]opyright|COPYRIGHT)(?:\\s*(?:©|\\([cC]\\)))?\\s*(?:(" + YEARS + ")\\s*)?(?:by\\s+)?"
          + "|(" + YEARS + ")\\s+by\\s+)(" + NAME + ")\\s*(?:$|[.,•|·]\\s*(" + RIGHTS + ")?|\\s[-–]\\s|\\s(" + RIGHTS + "))");
  /** A final stop after a name's last word, not an initial's ("Jane Doe." but "Jane Doe Jr."). */
  private static final Pattern STOP = Pattern.compile("(?<=\\p{Ll}{2})\\.$");
  private static final Pattern NAME_ONLY = Pattern.compile(NAME);
  private static final int MAX_LINE = 160;

  private CopyrightHolder() {}

  /** The holder's name as the first copyright line or licence notice of the page writes it, or null. */
  static String of(Element body) {
    for (Iterator<Node> it = body.nodeStream().iterator(); it.hasNext(); ) {
      Node n = it.next();
      if (n instanceof Element a && a.normalName().equals("a")
          && (a.attr("rel").equals("cc:attributionURL") || a.attr("property").equals("cc:attributionName"))) {
        // a Creative Commons licence notice: "<work> by <a rel=cc:attributionURL>Jane Doe</a> is licensed under ..."
        String name = a.text().strip();
        if (NAME_ONLY.matcher(name).matches()) {
          return name;
        }
      } else if (n instanceof TextNode t && mayHold(t.getWholeText()) && t.parent() != null) {
        String line = lineOf(t.parent());
        Matcher m = LINE.matcher(line);
        // the years or the rights reserved tell a site's copyright from a picture's credit ("© Jane Doe")
        if (line.length() <= MAX_LINE && m.find()
            && (m.group(1) != null || m.group(2) != null || m.group(4) != null || m.group(5) != null)) {
          return STOP.matcher(m.group(3)).replaceFirst("");
        }
      }
    }
    return null;
  }

  private static boolean mayHold(String own) {
    return own.indexOf('©') >= 0 || own.contains("(c)") || own.contains("(C)") || own.contains("opyright")
        || own.contains("COPYRIGHT") || own.contains(" by ");
  }

  /** The text of {@code e} up to its first line break: a footer's lines are often set apart so. */
  private static String lineOf(Element e) {
    StringBuilder sb = new StringBuilder();
    for (Node n : e.childNodes()) {
      if (n instanceof Element el && el.normalName().equals("br")) {
        if (!sb.toString().isBlank()) {
          break;
        }
      } else if (n instanceof TextNode t) {
        sb.append(t.text());
      } else if (n instanceof Element el) {
        sb.append(el.text());
      }
      if (sb.length() > MAX_LINE) {
        break;
      }
    }
    return sb.toString().replace('\u00a0', ' ').strip();
  }
}
