package org.dyad.extract.date;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates in a page's raw HTML, outside its text: the publication time a script's data gives
 * ({@code "published_at": "2019-03-02T06:22:28+01:00"}), and the dates of the links and files a
 * page names ({@code /2016/05/04/}), the most frequent of which is most often the page's own.
 */
final class RawDates {
  private static final Pattern KEYED =
      Pattern.compile("[\"'](?:datePublished|published_?[aA]t|publish_?[dD]ate|date_?[pP]ublished|pubDate|"
          + "first_?[pP]ublished|created_?[aA]t|dateCreated|publication_?[dD]ate)[\"']\\s*:\\s*[\"']"
          + "((?:199|20[0-3])\\d)-(\\d\\d)-(\\d\\d)");
  private static final Pattern ANY = Pattern.compile("(?<![\\d.])((?:199|20[0-3])\\d)[-/](\\d\\d)[-/](\\d\\d)(?![\\d])");
  /** Only this much of a page is scanned; the rest of a huge page adds little. */
  private static final int MAX_CHARS = 2_000_000;

  private RawDates() {}

  /** The first publication date a script's data gives, or null. */
  static LocalDate keyed(String html, LocalDate latest) {
    Matcher m = KEYED.matcher(cut(html));
    while (m.find()) {
      LocalDate d = date(m.group(1), m.group(2), m.group(3));
      if (d != null && (latest == null || !d.isAfter(latest))) {
        return d;
      }
    }
    return null;
  }

  /** The date written most often in the raw page (the latest of equals), or null. */
  static LocalDate mostFrequent(String html, LocalDate latest) {
    Map<LocalDate, Integer> counts = new HashMap<>();
    Matcher m = ANY.matcher(cut(html));
    while (m.find()) {
      LocalDate d = date(m.group(1), m.group(2), m.group(3));
      if (d != null && (latest == null || !d.isAfter(latest))) {
        counts.merge(d, 1, Integer::sum);
      }
    }
    LocalDate best = null;
    int top = 0;
    for (Map.Entry<LocalDate, Integer> e : counts.entrySet()) {
      if (e.getValue() > top || (e.getValue() == top && e.getKey().isAfter(best))) {
        best = e.getKey();
        top = e.getValue();
      }
    }
    return best;
  }

  private static String cut(String html) {
    return html.length() > MAX_CHARS ? html.substring(0, MAX_CHARS) : html;
  }

  private static LocalDate date(String y, String m, String d) {
    try {
      return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }
}
