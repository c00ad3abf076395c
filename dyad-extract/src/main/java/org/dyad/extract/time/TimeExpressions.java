package org.dyad.extract.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.model.DatePrecision;
import org.dyad.model.io.TsvReader;

/**
 * Finds English time expressions in text and resolves them against a reference date.
 *
 * <p>Recognition is by regular expression over the raw text, so the extract stage can use it
 * before any parsing; the coder uses the same recogniser on sentences. A bare month needs a
 * preposition ("in March") and a bare year too ("in 1979"), so "May" the verb and numbers like
 * "13-member" are not taken for dates.
 */
public final class TimeExpressions {
  private static final String MONTH =
      "(January|February|March|April|May|June|July|August|September|October|November|December"
          + "|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
  private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
  private static final String YEAR = "((?:1[5-9]|20)\\d\\d)";
  private static final String WEEKDAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
  private static final String NUMBER =
      "(\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred)";

  private static final Pattern ISO = Pattern.compile("\\b" + YEAR + "-(\\d{2})-(\\d{2})\\b");
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("\\b" + DAY + "\\s+(?:of\\s+)?" + MONTH + ",?\\s+" + YEAR + "\\b");
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile("\\b" + MONTH + "\\s+" + DAY + ",?\\s+" + YEAR + "\\b");
  private static final Pattern MONTH_YEAR =
      Pattern.compile("\\b" + MONTH + ",?\\s+(?:of\\s+)?" + YEAR + "\\b");
  private static final Pattern MONTH_DAY = Pattern.compile("\\b" + MONTH + "\\s+" + DAY + "\\b(?!\\s*[,:]?\\s*\\d)");
  private static final Pattern DAY_MONTH = Pattern.compile("\\b" + DAY + "\\s+(?:of\\s+)?" + MONTH + "\\b");
  private static final Pattern BARE_MONTH =
      Pattern.compile(
          "\\b(?i:in|since|until|till|by|during|early|late|mid-|mid|last|this|next|of|from|before|after)\\s+"
              + "(?:early\\s+|late\\s+|mid-)?"
              + MONTH
              + "\\b");
  private static final Pattern BARE_YEAR =
      Pattern.compile(
          "\\b(?i:in|since|until|till|by|during|of|from|before|after|early|late|mid-|around|circa)\\s+"
              + "(?:early\\s+|late\\s+|the\\s+)?"
              + YEAR
              + "\\b(?!-)");
  private static final Pattern DECADE = Pattern.compile("\\b(?:the\\s+)?((?:1[5-9]|20)\\d0)s\\b");
  private static final Pattern WEEKDAY_EXPR =
      Pattern.compile("\\b(?:(last|this|next|on|past)\\s+)?" + WEEKDAY + "\\b");
  private static final Pattern RELATIVE_DAY =
      Pattern.compile("\\b(yesterday|today|tomorrow|tonight|" + NUMBER + "\\s+days?\\s+ago)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern RELATIVE_UNIT =
      Pattern.compile(
          "\\b(?:(last|next|this|past|coming|earlier\\s+this|later\\s+this)\\s+(week|month|year)"
              + "|" + NUMBER + "\\s+(weeks|months|years)\\s+ago)\\b",
          Pattern.CASE_INSENSITIVE);

  private static final Map<String, Integer> NUMBER_WORDS =
      Map.ofEntries(
          Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2),
          Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
          Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
          Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("fifteen", 15), Map.entry("twenty", 20),
          Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60),
          Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90), Map.entry("a hundred", 100));

  private final List<Era> eras;

  private record Era(Pattern pattern, int from, int to) {}

  private TimeExpressions(List<Era> eras) {
    this.eras = eras;
  }

  private static final TimeExpressions STANDARD = load();

  /** The recogniser with the bundled list of historical eras. */
  public static TimeExpressions standard() {
    return STANDARD;
  }

  private static TimeExpressions load() {
    List<Era> eras = new ArrayList<>();
    for (TsvReader.Row row : TsvReader.readResource("dyad/extract/eras.tsv")) {
      String phrase = row.get("phrase");
      Pattern p =
          Pattern.compile(
              "\\b" + Pattern.quote(phrase).replace(" ", "\\E[\\s-]+\\Q") + "\\b",
              Pattern.CASE_INSENSITIVE);
      eras.add(new Era(p, Integer.parseInt(row.get("from")), Integer.parseInt(row.get("to"))));
    }
    return new TimeExpressions(eras);
  }

  /** Every time expression in {@code text}, in order, without overlaps (longest first). */
  public List<TimeMention> find(String text) {
    List<TimeMention> found = new ArrayList<>();
    scan(ISO, text, found, m -> full(m, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
    scan(DAY_MONTH_YEAR, text, found, m -> full(m, Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1))));
    scan(MONTH_DAY_YEAR, text, found, m -> full(m, Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2))));
    scan(MONTH_YEAR, text, found, m -> mention(m, TimeMention.Kind.MONTH_YEAR, Integer.parseInt(m.group(2)), month(m.group(1)), null));
    scan(MONTH_DAY, text, found, m -> monthDay(m, month(m.group(1)), Integer.parseInt(m.group(2))));
    scan(DAY_MONTH, text, found, m -> monthDay(m, month(m.group(2)), Integer.parseInt(m.group(1))));
    scan(BARE_MONTH, text, found, m -> mention(m, TimeMention.Kind.MONTH, null, month(m.group(1)), null));
    scan(BARE_YEAR, text, found, m -> mention(m, TimeMention.Kind.YEAR, Integer.parseInt(m.group(1)), null, null));
    scan(DECADE, text, found, m -> {
      int from = Integer.parseInt(m.group(1));
      return new TimeMention(m.start(), m.end(), TimeMention.Kind.YEAR, from, null, null, null, 0, from + 9);
    });
    scan(WEEKDAY_EXPR, text, found, m -> weekday(m));
    scan(RELATIVE_DAY, text, found, m -> relativeDay(m));
    scan(RELATIVE_UNIT, text, found, m -> relativeUnit(m));
    for (Era era : eras) {
      scan(era.pattern(), text, found,
          m -> new TimeMention(m.start(), m.end(), TimeMention.Kind.ERA, era.from(), null, null, null, 0, era.to()));
    }
    found.sort(Comparator.comparingInt(TimeMention::begin));
    return found;
  }

  private interface Maker {
    TimeMention make(Matcher m);
  }

  private static void scan(Pattern p, String text, List<TimeMention> found, Maker maker) {
    Matcher m = p.matcher(text);
    while (m.find()) {
      int b = m.start();
      int e = m.end();
      boolean overlaps = found.stream().anyMatch(t -> t.begin() < e && b < t.end());
      if (overlaps) {
        continue;
      }
      TimeMention t = maker.make(m);
      if (t != null) {
        found.add(t);
      }
    }
  }

  private static TimeMention full(Matcher m, int y, Integer mo, int d) {
    if (mo == null || mo < 1 || mo > 12 || d < 1 || d > 31) {
      return null;
    }
    return new TimeMention(m.start(), m.end(), TimeMention.Kind.FULL_DATE, y, mo, d, null, 0, null);
  }

  private static TimeMention monthDay(Matcher m, Integer mo, int d) {
    if (mo == null || d < 1 || d > 31) {
      return null;
    }
    return new TimeMention(m.start(), m.end(), TimeMention.Kind.MONTH_DAY, null, mo, d, null, 0, null);
  }

  private static TimeMention mention(Matcher m, TimeMention.Kind kind, Integer y, Integer mo, Integer d) {
    if (kind != TimeMention.Kind.YEAR && mo == null) {
      return null;
    }
    return new TimeMention(m.start(), m.end(), kind, y, mo, d, null, 0, null);
  }

  private static TimeMention weekday(Matcher m) {
    String mod = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
    DayOfWeek dow = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
    int shift = switch (mod) {
      case "last", "past" -> -1;
      case "next" -> 1;
      default -> 0;
    };
    return new TimeMention(m.start(), m.end(), TimeMention.Kind.WEEKDAY, null, null, null, dow, shift, null);
  }

  private static TimeMention relativeDay(Matcher m) {
    String w = m.group(1).toLowerCase(Locale.ROOT);
    int shift = switch (w) {
      case "yesterday" -> -1;
      case "tomorrow" -> 1;
      case "today", "tonight" -> 0;
      default -> -number(m.group(2));
    };
    return new TimeMention(m.start(), m.end(), TimeMention.Kind.RELATIVE_DAY, null, null, null, null, shift, null);
  }

  private static TimeMention relativeUnit(Matcher m) {
    String unit;
    int shift;
    if (m.group(2) != null) {
      unit = m.group(2).toLowerCase(Locale.ROOT);
      String mod = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
      shift = switch (mod) {
        case "last", "past" -> -1;
        case "next", "coming" -> 1;
        default -> 0;
      };
    } else {
      unit = m.group(4).toLowerCase(Locale.ROOT);
      shift = -number(m.group(3));
    }
    TimeMention.Kind kind =
        unit.startsWith("week")
            ? TimeMention.Kind.RELATIVE_WEEK
            : unit.startsWith("month") ? TimeMention.Kind.RELATIVE_MONTH : TimeMention.Kind.RELATIVE_YEAR;
    return new TimeMention(m.start(), m.end(), kind, null, null, null, null, shift, null);
  }

  private static int number(String s) {
    String w = s.toLowerCase(Locale.ROOT);
    Integer n = NUMBER_WORDS.get(w);
    return n != null ? n : Integer.parseInt(w);
  }

  /** The month number of an English month name or abbreviation, or null. */
  public static Integer month(String name) {
    String n = name.toLowerCase(Locale.ROOT).replace(".", "");
    String[] months = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    for (int i = 0; i < months.length; i++) {
      if (n.startsWith(months[i])) {
        return i + 1;
      }
    }
    return null;
  }

  /**
   * Resolves {@code m} against {@code reference}, the date the text was written.
   *
   * @param future whether the clause speaks of the future, which decides "on Wednesday" and
   *     "April 16" without a year
   * @return the date, or null when the expression gives none (a day that does not exist)
   */
  public static ResolvedTime resolve(TimeMention m, LocalDate reference, boolean future) {
    try {
      return switch (m.kind()) {
        case FULL_DATE -> new ResolvedTime(LocalDate.of(m.year(), m.month(), m.day()), DatePrecision.DAY, m);
        case MONTH_YEAR -> new ResolvedTime(LocalDate.of(m.year(), m.month(), 1), DatePrecision.MONTH, m);
        case YEAR, ERA -> new ResolvedTime(LocalDate.of(m.year(), 1, 1), DatePrecision.YEAR, m);
        case MONTH_DAY -> monthDay(m, reference, future);
        case MONTH -> month(m, reference, future);
        case WEEKDAY -> weekday(m, reference, future);
        case RELATIVE_DAY -> new ResolvedTime(reference.plusDays(m.shift()), DatePrecision.DAY, m);
        case RELATIVE_WEEK -> new ResolvedTime(reference.plusWeeks(m.shift()), DatePrecision.MONTH, m);
        case RELATIVE_MONTH ->
            new ResolvedTime(reference.plusMonths(m.shift()).withDayOfMonth(1), DatePrecision.MONTH, m);
        case RELATIVE_YEAR ->
            new ResolvedTime(reference.plusYears(m.shift()).withDayOfYear(1), DatePrecision.YEAR, m);
      };
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  private static ResolvedTime monthDay(TimeMention m, LocalDate ref, boolean future) {
    LocalDate d = LocalDate.of(ref.getYear(), m.month(), m.day());
    if (future && d.isBefore(ref.minusDays(7))) {
      d = d.plusYears(1);
    } else if (!future && d.isAfter(ref.plusDays(7))) {
      d = d.minusYears(1);
    }
    return new ResolvedTime(d, DatePrecision.DAY, m);
  }

  private static ResolvedTime month(TimeMention m, LocalDate ref, boolean future) {
    LocalDate d = LocalDate.of(ref.getYear(), m.month(), 1);
    if (future && m.month() < ref.getMonthValue()) {
      d = d.plusYears(1);
    } else if (!future && m.month() > ref.getMonthValue()) {
      d = d.minusYears(1);
    }
    return new ResolvedTime(d, DatePrecision.MONTH, m);
  }

  private static ResolvedTime weekday(TimeMention m, LocalDate ref, boolean future) {
    LocalDate d;
    if (m.shift() > 0 || (m.shift() == 0 && future)) {
      d = ref.with(TemporalAdjusters.next(m.weekday()));
    } else if (m.shift() < 0) {
      d = ref.with(TemporalAdjusters.previous(m.weekday()));
    } else {
      d = ref.with(TemporalAdjusters.previousOrSame(m.weekday()));
    }
    return new ResolvedTime(d, DatePrecision.DAY, m);
  }
}
