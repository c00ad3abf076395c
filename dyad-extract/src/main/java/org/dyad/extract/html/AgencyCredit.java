package org.dyad.extract.html;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Finds the credit of a news agency written in an article's text, which then stands for its
 * author: in the dateline ("Hamburg (dpa/lno) – ..."), in parentheses closing a paragraph ("...
 * (FR mit dpa)"), as the source line ("Quelle: epd") or as a paragraph of its own ("(AFP)"). A
 * credit is a few short words of which one names an agency (see {@code author-agencies.txt}) and
 * the rest are connectives, initials or acronyms: "(AP Photo/Jane Doe)" is a picture's credit, not
 * the report's.
 */
final class AgencyCredit {
  private static final Set<String> AGENCIES = Set.copyOf(WordList.lines("/dyad/extract/author-agencies.txt"));
  private static final Set<String> CONNECTIVES = Set.of("mit", "und", "and", "with", "avec", "con", "et");
  private static final Pattern DATELINE = Pattern.compile("^\\p{Lu}[\\p{L}./ -]{1,40}?\\s\\(([^()]{2,40})\\)\\s*[-–—:]");
  private static final Pattern CLOSING = Pattern.compile("\\(([^()]{2,40})\\)\\s*$");
  private static final Pattern SOURCE = Pattern.compile("^(?:Quelle|Source|Fuente|Fonte)\\s*:\\s*([^:]{2,40})$");
  private static final Pattern TOKEN = Pattern.compile("[^\\p{L}\\d]+");
  private static final Pattern SHORT_WORD = Pattern.compile("\\p{Ll}{1,4}|\\p{Lu}{1,5}");
  private static final int MAX_WORDS = 6;
  private static final Pattern STANDALONE = Pattern.compile("^\\(|\\)$");
  private static final int MAX_STANDALONE = 30;
  /** Only the first this many paragraphs of a page are read, which holds any article's. */
  private static final int MAX_PARAGRAPHS = 400;

  private AgencyCredit() {}

  /** The first agency credit in the article's paragraphs, as written, or null. */
  static String of(Element body) {
    int seen = 0;
    for (Element p : body.getElementsByTag("p")) {
      if (++seen > MAX_PARAGRAPHS) {
        break;
      }
      String t = p.text().strip();
      if (t.length() < 2) {
        continue;
      }
      String c = credit(t);
      if (c != null && !PageRegions.outsideArticle(p)) {
        return c;
      }
    }
    return null;
  }

  /** The agency credit in the paragraph {@code text}, or null. */
  static String credit(String text) {
    String alone = STANDALONE.matcher(text).replaceAll("").strip();
    if (alone.length() <= MAX_STANDALONE && isCredit(alone)) {
      // a paragraph of the credit alone: "(AFP)", "dpa"
      return alone;
    }
    for (Pattern where : new Pattern[] {DATELINE, CLOSING, SOURCE}) {
      Matcher m = where.matcher(text);
      if (m.find() && isCredit(m.group(1).strip())) {
        return m.group(1).strip();
      }
    }
    return null;
  }

  /** Whether {@code name} is a news agency's ("dpa", "AFP"). */
  static boolean isAgency(String name) {
    return AGENCIES.contains(name.strip().toLowerCase(Locale.ROOT));
  }

  private static boolean isCredit(String c) {
    String[] words = TOKEN.split(c);
    if (words.length == 0 || words.length > MAX_WORDS) {
      return false;
    }
    boolean agency = false;
    for (String w : words) {
      String l = w.toLowerCase(Locale.ROOT);
      if (AGENCIES.contains(l)) {
        agency = true;
      } else if (!w.isEmpty() && !CONNECTIVES.contains(l) && !SHORT_WORD.matcher(w).matches()) {
        return false;
      }
    }
    return agency;
  }
}
