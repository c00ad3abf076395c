package org.dyad.extract.date;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.extract.html.WordList;

/**
 * Reads calendar dates as pages write them: ISO and numeric forms, day-month-year and
 * month-day-year with month names in the languages of {@code dyad/extract/months.tsv}, and the
 * CJK year-month-day form. Only years from 1990 to 2039 are read, which keeps version numbers
 * and prices out.
 */
public final class DateText {
  private static final Map<String, Integer> MONTHS = months();
  private static final String YEAR = "((?:199|20[0-3])\\d)";
  // Any word, looked up in MONTHS afterwards: an alternation of all month names is much slower.
  private static final String MONTH_NAME = "(?<!\\p{L})(\\p{L}{3,12})(?!\\p{L})";
  private static final Pattern ISO = Pattern.compile("(?<!\\d)" + YEAR + "([-/.])(\\d{1,2})\\2(\\d{1,2})(?!\\d)");
  private static final Pattern NUMERIC =
      Pattern.compile("(?<![\\d.])(\\d{1,2})([./-])\\s?(\\d{1,2})\\2\\s?" + YEAR + "(?!\\d)");
  private static final Pattern DAY_MONTH =
      Pattern.compile(
          "(?<!\\d)(\\d{1,2})(?:\\.|st|nd|rd|th|er|º)?\\s*(?:de\\s+|of\\s+)?" + MONTH_NAME
              + "\\.?,?\\s*(?:de\\s+)?" + YEAR + "(?!\\d)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern MONTH_DAY =
      Pattern.compile(
          MONTH_NAME + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+" + YEAR + "(?!\\d)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** "31.10.23": day, month and a two-digit year, read only where a date is expected. */
  private static final Pattern SHORT_YEAR =
      Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{2})(?![\\d]|\\.\\d)");
  /** Two-digit years up to this one are of this century, later ones of the last. */
  private static final int LAST_SHORT_YEAR = 39;
  private static final Pattern CJK = Pattern.compile(YEAR + "\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
  /** "/29-10-2021", a day-first date as a whole part of a URL's path. */
  private static final Pattern URL_DAY_FIRST =
      Pattern.compile("/(0[1-9]|[12]\\d|3[01])[-_.](0[1-9]|1[0-2])[-_.]" + YEAR + "(?=[/.?#]|$)");
  private static final Pattern SLUG_AFTER = Pattern.compile("[-\\p{L}]");
  private static final Pattern COMPACT =
      Pattern.compile("(?<!\\d)" + YEAR + "(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?!\\d)");

  private DateText() {}

  /**
   * The first date written in {@code text}, or null.
   *
   * @param monthFirst whether an ambiguous "04/05/2020" is read month first (American pages)
   */
  public static LocalDate first(String text, boolean monthFirst) {
    if (text == null || text.isEmpty()) {
      return null;
    }
    List<Found> found = new ArrayList<>();
    Matcher m = ISO.matcher(text);
    if (m.find()) {
      add(found, m.start(), m.group(1), m.group(3), m.group(4));
    }
    m = NUMERIC.matcher(text);
    while (m.find()) {
      String a = m.group(1);
      String b = m.group(3);
      boolean mdy = !m.group(2).equals(".") && monthFirst;
      String y = m.group(4);
      if (add(found, m.start(), y, mdy ? a : b, mdy ? b : a) || add(found, m.start(), y, mdy ? b : a, mdy ? a : b)) {
        break;
      }
    }
    m = DAY_MONTH.matcher(text);
    while (m.find()) {
      if (add(found, m.start(), m.group(3), month(m.group(2)), m.group(1))) {
        break;
      }
    }
    m = MONTH_DAY.matcher(text);
    while (m.find()) {
      if (add(found, m.start(), m.group(3), month(m.group(1)), m.group(2))) {
        break;
      }
    }
    m = CJK.matcher(text);
    if (m.find()) {
      add(found, m.start(), m.group(1), m.group(2), m.group(3));
    }
    return found.stream().min(Comparator.comparingInt(Found::at)).map(Found::date).orElse(null);
  }

  /**
   * The first date written in {@code text}, a date with a two-digit year ("31.10.23") too, for text
   * where a date is expected (a dateline, a {@code time} element), or null.
   */
  public static LocalDate firstInDateline(String text, boolean monthFirst) {
    LocalDate d = first(text, monthFirst);
    if (d != null || text == null) {
      return d;
    }
    Matcher m = SHORT_YEAR.matcher(text);
    while (m.find()) {
      int yy = Integer.parseInt(m.group(3));
      List<Found> found = new ArrayList<>();
      String year = Integer.toString(yy <= LAST_SHORT_YEAR ? 2000 + yy : 1900 + yy);
      if (yy > LAST_SHORT_YEAR && yy < 90) {
        continue;
      }
      if (add(found, m.start(), year, m.group(2), m.group(1))) {
        return found.get(0).date();
      }
    }
    return null;
  }

  /**
   * A date in a URL: {@code /2020/06/07/}, {@code 2020-06-07}, {@code /20200607} or a path part
   * {@code /07-06-2020}, or null.
   */
  public static LocalDate inUrl(String url) {
    if (url == null) {
      return null;
    }
    List<Found> found = new ArrayList<>();
    Matcher m = ISO.matcher(url);
    // "/2023/10/3-questions": a path's day is a whole part, not the start of the slug after it
    if (m.find() && !(m.group(2).equals("/") && SLUG_AFTER.matcher(url).region(m.end(), url.length()).lookingAt())) {
      add(found, m.start(), m.group(1), m.group(3), m.group(4));
    }
    if (found.isEmpty()) {
      m = COMPACT.matcher(url);
      if (m.find()) {
        add(found, m.start(), m.group(1), m.group(2), m.group(3));
      }
    }
    if (found.isEmpty()) {
      m = URL_DAY_FIRST.matcher(url);
      if (m.find()) {
        add(found, m.start(), m.group(3), m.group(2), m.group(1));
      }
    }
    return found.isEmpty() ? null : found.get(0).date();
  }

  private record Found(int at, LocalDate date) {}

  private static boolean add(List<Found> found, int at, String y, String mo, String d) {
    if (mo == null) {
      return false;
    }
    try {
      found.add(new Found(at, LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d))));
      return true;
    } catch (DateTimeException | NumberFormatException e) {
      return false;
    }
  }

  private static String month(String name) {
    Integer n = MONTHS.get(name.toLowerCase(Locale.ROOT));
    return n == null ? null : n.toString();
  }

  private static Map<String, Integer> months() {
    Map<String, Integer> m = new HashMap<>();
    for (String line : WordList.lines("/dyad/extract/months.tsv")) {
      String[] f = line.split("\t");
      for (int i = 1; i < f.length; i++) {
        m.put(f[i].strip(), Integer.parseInt(f[0].strip()));
      }
    }
    return Map.copyOf(m);
  }
}
