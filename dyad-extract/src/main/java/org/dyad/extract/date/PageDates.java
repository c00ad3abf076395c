package org.dyad.extract.date;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.dyad.extract.html.Metadata;
import org.dyad.extract.html.WordList;
import org.dyad.model.DatePrecision;
import org.dyad.model.DateSource;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the publication date an HTML page states, most trusted source first: JSON-LD, the meta
 * elements of {@code dyad/extract/date-meta.txt}, {@code time} and {@code datePublished}
 * elements, a date in the canonical URL, a dated byline, the last-modified metadata, and at last
 * the first date written in the page. Never the fetch date or today's date.
 */
public final class PageDates {
  private static final List<String> PUBLISHED = lowerCase(WordList.lines("/dyad/extract/date-meta.txt"));
  private static final List<String> MODIFIED = lowerCase(WordList.lines("/dyad/extract/date-meta-modified.txt"));
  private static final Pattern SPACE = Pattern.compile("\\s+");
  private static final Pattern PART = Pattern.compile("[-_]");
  private static final Set<String> DATE_CLASSES = Set.copyOf(WordList.lines("/dyad/extract/date-classes.txt"));
  private static final int MAX_BYLINE_CHARS = 200;

  private PageDates() {}

  /**
   * The page's date, or {@link DateGuess#NONE}.
   *
   * @param url the page's canonical URL, or null
   */
  public static DateGuess of(Document doc, String url) {
    boolean monthFirst = doc.select("html").attr("lang").toLowerCase(Locale.ROOT).startsWith("en-us");
    LocalDate d = parse(Metadata.jsonLd(doc, "datePublished"), monthFirst);
    if (d == null) {
      d = parse(Metadata.jsonLd(doc, "dateCreated"), monthFirst);
    }
    if (d != null) {
      return day(d, DateSource.JSONLD);
    }
    Map<String, String> metas = Metadata.metas(doc);
    for (String name : PUBLISHED) {
      if ((d = parse(metas.get(name), monthFirst)) != null) {
        return day(d, DateSource.META);
      }
    }
    for (Element t : doc.select("[itemprop=datePublished], time[pubdate], article time, header time, time, abbr.published")) {
      String v = t.hasAttr("datetime") ? t.attr("datetime") : t.hasAttr("content") ? t.attr("content") : t.attr("title");
      if ((d = parse(v, monthFirst)) != null || (d = DateText.first(t.text(), monthFirst)) != null) {
        return day(d, DateSource.TIME);
      }
    }
    if ((d = DateText.inUrl(url)) != null) {
      return day(d, DateSource.URL);
    }
    for (Element e : doc.body() == null ? List.<Element>of() : doc.body().getAllElements()) {
      if (isDateline(e) && (d = DateText.first(e.text(), monthFirst)) != null) {
        return day(d, DateSource.TEXT);
      }
    }
    for (String name : MODIFIED) {
      if ((d = parse(metas.get(name), monthFirst)) != null) {
        return day(d, DateSource.META);
      }
    }
    if (doc.body() != null && (d = DateText.first(doc.body().text(), monthFirst)) != null) {
      return day(d, DateSource.TEXT);
    }
    return DateGuess.NONE;
  }

  private static boolean isDateline(Element e) {
    String names = e.className() + " " + e.id();
    if (names.isBlank()) {
      return false;
    }
    for (String n : SPACE.split(names.toLowerCase(Locale.ROOT))) {
      if (DATE_CLASSES.contains(n) || PART.splitAsStream(n).anyMatch(DATE_CLASSES::contains)) {
        return e.text().length() <= MAX_BYLINE_CHARS;
      }
    }
    return false;
  }

  /** A date from an attribute value: ISO date-time, or any form {@link DateText} reads. */
  static LocalDate parse(String s, boolean monthFirst) {
    if (s == null || s.isBlank()) {
      return null;
    }
    String v = s.strip();
    try {
      return OffsetDateTime.parse(v).toLocalDate();
    } catch (DateTimeParseException e) {
      // other forms follow
    }
    LocalDate d = DateText.first(v, monthFirst);
    return d != null ? d : DateText.inUrl(v);
  }

  private static List<String> lowerCase(List<String> names) {
    return names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
  }

  private static DateGuess day(LocalDate d, DateSource source) {
    return new DateGuess(d, DatePrecision.DAY, source);
  }
}
