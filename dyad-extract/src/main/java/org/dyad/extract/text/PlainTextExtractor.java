package org.dyad.extract.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.dyad.extract.date.DateGuess;
import org.dyad.extract.time.Dateline;
import org.dyad.extract.time.TimeExpressions;
import org.dyad.extract.time.TimeMention;
import org.dyad.model.Article;
import org.dyad.model.DatePrecision;
import org.dyad.model.DateSource;
import org.dyad.model.Paragraph;

/**
 * Reads plain-text scrapes. Page chrome is recognised by the shape of its lines: a site header
 * before the headline, a stand-alone masthead date, "Read more:" links, share prompts and the
 * author footer are dropped; short unpunctuated lines become headings.
 */
public final class PlainTextExtractor {
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"'”’)]?$");
  private static final Pattern TERMINAL = Pattern.compile("[.!:;,…][\"'”’)]?$");
  private static final int HEADING_MAX_WORDS = 14;
  private static final int TITLE_MAX_CHARS = 250;
  private static final int FOOTER_ZONE = 3;

  private final ArticleBuilder builder = new ArticleBuilder();
  private final TimeExpressions times = TimeExpressions.standard();

  /** Extracts the article in {@code text}. */
  public Article extract(String origin, String text, LocalDate fetchDate) {
    List<String> lines = paragraphs(text);
    String site = null;
    String title = null;
    LocalDate masthead = null;
    DateGuess credit = null;
    int start = 0;
    // The header: everything before the first line that reads as prose.
    while (start < lines.size() && !isProse(lines.get(start))) {
      String line = lines.get(start);
      String greeting = Boilerplate.siteGreeting(line);
      LocalDate date = standaloneDate(line);
      DateGuess credited = date == null ? datedCredit(line, fetchDate) : null;
      if (greeting != null) {
        site = greeting;
      } else if (date != null) {
        masthead = date;
      } else if (credited != null) {
        credit = credited; // "Reuters, September 4, 2023" under the headline: who and when, not the title
      } else if (!line.startsWith("|") && !Boilerplate.isPrompt(line) && line.length() <= TITLE_MAX_CHARS) {
        title = line;
      }
      start++;
    }
    int end = lines.size();
    for (int i = Math.max(start, lines.size() - FOOTER_ZONE); i < lines.size(); i++) {
      if (Boilerplate.isFooter(lines.get(i))) {
        end = i;
        break;
      }
    }
    List<Block> blocks = new ArrayList<>();
    for (int i = start; i < end; i++) {
      String line = lines.get(i);
      if (Boilerplate.isRelatedLink(line) || Boilerplate.isPrompt(line) || standaloneDate(line) != null) {
        continue;
      }
      blocks.add(new Block(line, isHeading(line) ? Paragraph.Kind.HEADING : Paragraph.Kind.BODY));
    }
    List<String> warnings = new ArrayList<>();
    if (blocks.isEmpty() && title != null) {
      blocks.add(new Block(title, Paragraph.Kind.BODY));
      warnings.add("no body text; the only line was taken as the text");
    }
    DateGuess dateline = blocks.isEmpty() ? null : dateline(blocks.get(0).text(), fetchDate);
    if (dateline == null) {
      dateline = credit;
    }
    return builder.build(
        origin,
        blocks,
        new ArticleBuilder.Metadata(title, null, site, null, null, dateline, masthead, fetchDate),
        warnings);
  }

  /**
   * Splits text into paragraphs: blank lines separate paragraphs; within one, lines are joined
   * (hard-wrapped text), unless no blank line exists at all, where each line is one paragraph.
   */
  static List<String> paragraphs(String text) {
    String norm = text.replace("\r\n", "\n").replace('\r', '\n').replace('\u00a0', ' ');
    boolean blankSeparated = norm.contains("\n\n") || norm.matches("(?s).*\\n[ \\t]+\\n.*");
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (String raw : norm.split("\n", -1)) {
      String line = raw.strip().replaceAll("\\s+", " ");
      if (line.isEmpty() || !blankSeparated) {
        flush(cur, out);
        if (!line.isEmpty()) {
          out.add(line);
        }
        continue;
      }
      if (cur.length() > 0) {
        cur.append(' ');
      }
      cur.append(line);
    }
    flush(cur, out);
    return out;
  }

  private static void flush(StringBuilder cur, List<String> out) {
    if (cur.length() > 0) {
      out.add(cur.toString());
      cur.setLength(0);
    }
  }

  /** A line of running text: long, or a full sentence (six words or more, ending with a full stop). */
  private static boolean isProse(String line) {
    int words = line.split("\\s+").length;
    return words > HEADING_MAX_WORDS * 2 || (words >= 6 && SENTENCE_END.matcher(line).find());
  }

  private static boolean isHeading(String line) {
    return line.split("\\s+").length <= HEADING_MAX_WORDS && !TERMINAL.matcher(line).find();
  }

  /**
   * The date of a dateline that opens the article's first paragraph ("WASHINGTON, March 3, 2021 -
   * President ...", "Kabul, 7 April 2021 (AP):"): a place of capitals or a few words, a full date,
   * then a dash, colon or bracket before the text. It is the publication date as the article itself
   * states it, unless it lies after the page was fetched. Null when the paragraph opens otherwise.
   */
  private DateGuess dateline(String first, LocalDate fetchDate) {
    for (TimeMention m : times.find(first.substring(0, Math.min(first.length(), 200)))) {
      if (Dateline.opens(first, m)) {
        return statedDate(m, fetchDate);
      }
    }
    return null;
  }

  /** The day of a full date the article states of itself; null when it is no real day or lies after the fetch. */
  private static DateGuess statedDate(TimeMention m, LocalDate fetchDate) {
    try {
      LocalDate d = LocalDate.of(m.year(), m.month(), m.day());
      return fetchDate != null && d.isAfter(fetchDate) ? null : new DateGuess(d, DatePrecision.DAY, DateSource.TEXT);
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }


  /** Words a credit line may hold beside its date and names. */
  private static final Pattern CREDIT_FILLER =
      Pattern.compile("(?i)by|updated|published|posted|on|at|am|pm|gmt|utc|monday|tuesday|wednesday|thursday|friday|saturday|sunday");

  /**
   * The date of a credit line of the header: a full date and up to four capitalised words of an
   * agency, a writer or a place ("Reuters, September 4, 2023", "By Jane Doe | 3 March 2021"), as
   * the article states it; null for any other line, or a date after the fetch.
   */
  private DateGuess datedCredit(String line, LocalDate fetchDate) {
    if (line.length() > 80) {
      return null;
    }
    for (TimeMention m : times.find(line)) {
      if (m.kind() != TimeMention.Kind.FULL_DATE) {
        continue;
      }
      String rest = line.substring(0, m.begin()) + " " + line.substring(m.end());
      List<String> names = new ArrayList<>();
      for (String w : rest.split("[\\s,|/:;()•·–—-]+")) {
        if (!w.isEmpty() && !CREDIT_FILLER.matcher(w).matches() && !w.matches("[\\d.]+")) {
          names.add(w);
        }
      }
      if (names.isEmpty() || names.size() > 4 || !names.stream().allMatch(w -> Character.isUpperCase(w.codePointAt(0)))) {
        return null;
      }
      return statedDate(m, fetchDate);
    }
    return null;
  }

  /** The date of a line that is nothing but a date (a masthead or dateline), else null. */
  private LocalDate standaloneDate(String line) {
    if (line.length() > 60) {
      return null;
    }
    for (TimeMention m : times.find(line)) {
      if (m.kind() == TimeMention.Kind.FULL_DATE) {
        String rest =
            (line.substring(0, m.begin()) + line.substring(m.end()))
                .replaceAll("(?i)monday|tuesday|wednesday|thursday|friday|saturday|sunday|updated|published|on", "")
                .replaceAll("[\\W\\d_]+", "");
        if (rest.isEmpty()) {
          try {
            return LocalDate.of(m.year(), m.month(), m.day());
          } catch (java.time.DateTimeException e) {
            return null;
          }
        }
      }
    }
    return null;
  }
}
