package org.dyad.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the author's name signed under an article: a paragraph right after its last long one that
 * holds nothing but a person's name, set apart in italics, bold or flush right ("<p><em>Jane
 * Doe</em></p>"), a name after a closing formula ("Euer Max", "Cheers, Jane"; see {@code
 * author-sign-offs.txt}), a first name or a name above the date ("Benni<br>10. September 2017"),
 * or a name above the signer's office ("Erika Muster<br>Vorsitzende"); footnotes after the signature are passed over. A name in the running text is no
 * signature.
 */
final class ClosingSignature {
  private static final Pattern NAME =
      Pattern.compile("\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:(?:von|van|de|der|den|du|da|del|di|la|le)\\s+){0,2}\\p{Lu}[\\p{L}.'’-]*){1,3}");
  /** A footnote under the article, which may follow the signature: "(1) ...", "[2] ...", "* ...". */
  private static final Pattern FOOTNOTE = Pattern.compile("^\\s*(?:\\(\\d{1,2}\\)|\\[\\d{1,2}]|\\d{1,2}\\)|\\*)");
  private static final Pattern RIGHT = Pattern.compile("(?i)text-align\\s*:\\s*right");
  /** A paragraph of the article's text, not a caption or a line of chrome. */
  private static final int LONG = 150;
  /** How many short paragraphs after the last long one are looked at. */
  private static final int AFTER = 3;
  private static final int MAX_PARAGRAPHS = 400;
  /** Headings of page chrome, which are capitalised words too ("Related Posts", "Ähnliche Beiträge"). */
  private static final List<String> CHROME = WordList.lines("/dyad/extract/boilerplate-lines.txt");

  /** A signature's name: a person's, a first name or an account's ("Jane", "JaneDoe", "jdoe"). */
  private static final String SIGNED_NAME = "\\p{Lu}[\\p{L}\\d._-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,2}";
  /** The formula, the name and perhaps a stop: "Liebe Grüße, Erika!". */
  private static final Pattern SIGN_OFF =
      Pattern.compile("(?iu)^(?:" + String.join("|", WordList.lines("/dyad/extract/author-sign-offs.txt").stream().map(Pattern::quote).toList())
          + ")[,!]?\\s+(?-i)(" + SIGNED_NAME + ")[.!]?$");
  private static final Pattern SIGNED_ALONE = Pattern.compile(SIGNED_NAME);
  /** A date on the line under a signature: "10. September 2017", "10.09.2017", "September 10, 2017", "2017-09-10". */
  private static final Pattern DATE =
      Pattern.compile("^(?:\\d{1,2}\\.\\s*(?:\\p{L}+|\\d{1,2}\\.)\\s*\\d{2,4}|\\p{L}+\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+\\p{L}+\\s+\\d{4}|\\d{4}-\\d\\d-\\d\\d)$");

  /** A signer's office on the line under the name: a few words, no figures, no sentence. */
  private static final Pattern ROLE = Pattern.compile("\\p{Lu}[\\p{L}-]*(?:\\s+[\\p{L}-]+){0,5}");

  private ClosingSignature() {}

  /** The signed name, or null. */
  static String of(Element body) {
    List<Element> ps = new ArrayList<>();
    for (Element p : body.getElementsByTag("p")) {
      if (ps.size() >= MAX_PARAGRAPHS) {
        break;
      }
      ps.add(p);
    }
    int last = -1;
    for (int i = ps.size() - 1; i >= 0; i--) {
      String t = ps.get(i).text();
      if (t.length() >= LONG && !FOOTNOTE.matcher(t).find() && !PageRegions.outsideArticle(ps.get(i))) {
        last = i;
        break;
      }
    }
    if (last < 0) {
      return null;
    }
    for (int i = last + 1; i < ps.size() && i <= last + AFTER; i++) {
      Element p = ps.get(i);
      String t = p.text().strip();
      if (NAME.matcher(t).matches() && setApart(p, t) && !isChrome(t)) {
        return t;
      }
      Matcher m = SIGN_OFF.matcher(t);
      if (m.matches()) {
        return m.group(1);
      }
      List<String> lines = lines(p);
      if (lines.size() == 2 && SIGNED_ALONE.matcher(lines.get(0)).matches() && DATE.matcher(lines.get(1)).matches() && !isChrome(lines.get(0))) {
        return lines.get(0);
      }
      if (lines.size() == 2 && NAME.matcher(lines.get(0)).matches() && ROLE.matcher(lines.get(1)).matches() && !isChrome(lines.get(0))) {
        // "Erika Muster<br>Vorsitzende des Vereins": the name above the signer's office
        return lines.get(0);
      }
    }
    return null;
  }

  /** The non-blank lines of {@code p}'s text, as its line breaks set them apart. */
  private static List<String> lines(Element p) {
    List<String> out = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (Node n : p.childNodes()) {
      if (n instanceof Element el && el.normalName().equals("br")) {
        out.add(line.toString().strip());
        line.setLength(0);
      } else if (n instanceof TextNode tn) {
        line.append(tn.text());
      } else if (n instanceof Element el) {
        line.append(el.text());
      }
    }
    out.add(line.toString().strip());
    out.removeIf(String::isEmpty);
    return out;
  }

  private static boolean isChrome(String t) {
    String l = t.toLowerCase(Locale.ROOT);
    return CHROME.stream().anyMatch(l::startsWith);
  }

  private static boolean setApart(Element p, String name) {
    if (p.attr("align").equalsIgnoreCase("right") || RIGHT.matcher(p.attr("style")).find()) {
      return true;
    }
    for (Element e : p.getAllElements()) {
      String tag = e.normalName();
      if ((tag.equals("em") || tag.equals("i") || tag.equals("b") || tag.equals("strong")) && e.text().strip().equals(name)) {
        return true;
      }
    }
    return false;
  }
}
