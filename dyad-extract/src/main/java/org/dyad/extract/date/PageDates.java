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
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

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
  private static final Evaluator TIMES =
      QueryParser.parse("[itemprop=datePublished], time[pubdate], article time, header time, time, abbr.published");

  private PageDates() {}

  /**
   * The page's date, or {@link DateGuess#NONE}.
   *
   * @param url the page's canonical URL, or null
   */
  public static DateGuess of(Document doc, Metadata meta, String url) {
    return of(doc, meta, url, null, null);
  }

  /**
   * The page's date, or {@link DateGuess#NONE}. A date in the page's URL is trusted most, as
   * publishers file their pages by it; a time written in UTC is read on the publisher's local day
   * when the page also gives the same instant with its local offset.
   *
   * @param url the page's canonical URL, or null
   * @param latest no date after this one is taken (the day the page was fetched), or null
   * @param html the page's source, searched last for dates in its scripts and links, or null
   */
  public static DateGuess of(Document doc, Metadata meta, String url, LocalDate latest, String html) {
    DateGuess page = fromPage(doc, meta, latest, html);
    LocalDate inUrl = DateText.inUrl(url);
    if (inUrl != null && plausible(inUrl, latest) && !inUrl.equals(page.date())) {
      return day(inUrl, DateSource.URL);
    }
    return page;
  }

  private static DateGuess fromPage(Document doc, Metadata meta, LocalDate latest, String html) {
    boolean monthFirst = doc.child(0).attr("lang").toLowerCase(Locale.ROOT).startsWith("en-us");
    LocalDate d;
    List<OffsetDateTime> local = meta.localTimes();
    Map<String, String> metas = meta.metas();
    for (String name : PUBLISHED) {
      if ((d = stamp(metas.get(name), monthFirst, local, latest)) != null) {
        return day(d, DateSource.META);
      }
    }
    d = stamp(meta.jsonLd("datePublished"), monthFirst, local, latest);
    if (d == null) {
      d = stamp(meta.jsonLd("dateCreated"), monthFirst, local, latest);
    }
    if (d != null) {
      return day(d, DateSource.JSONLD);
    }
    for (Element t : doc.select(TIMES)) {
      String v = t.hasAttr("datetime") ? t.attr("datetime") : t.hasAttr("content") ? t.attr("content") : t.attr("title");
      if (((d = parse(v, monthFirst)) != null || (d = DateText.first(t.text(), monthFirst)) != null)
          && plausible(d, latest)) {
        return day(d, DateSource.TIME);
      }
    }
    for (Element e : doc.body() == null ? List.<Element>of() : doc.body().getAllElements()) {
      if (isDateline(e) && (d = DateText.first(e.text(), monthFirst)) != null && plausible(d, latest)) {
        return day(d, DateSource.TEXT);
      }
    }
    if (html != null && (d = RawDates.keyed(html, latest)) != null) {
      return day(d, DateSource.META);
    }
    for (String name : MODIFIED) {
      if ((d = stamp(metas.get(name), monthFirst, local, latest)) != null) {
        return day(d, DateSource.META);
      }
    }
    if (doc.body() != null && (d = DateText.first(doc.body().text(), monthFirst)) != null && plausible(d, latest)) {
      return day(d, DateSource.TEXT);
    }
    if (html != null && (d = RawDates.mostFrequent(html, latest)) != null) {
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

  private static boolean plausible(LocalDate d, LocalDate latest) {
    return latest == null || !d.isAfter(latest);
  }

  /** A date from a metadata value, on the publisher's local day when the page gives it. */
  private static LocalDate stamp(String s, boolean monthFirst, List<OffsetDateTime> local, LocalDate latest) {
    if (s == null || s.isBlank()) {
      return null;
    }
    LocalDate d = null;
    try {
      OffsetDateTime t = OffsetDateTime.parse(s.strip());
      d = t.toLocalDate();
      if (t.getOffset().getTotalSeconds() == 0) {
        for (OffsetDateTime l : local) {
          if (l.toInstant().equals(t.toInstant())) {
            d = l.toLocalDate();
            break;
          }
        }
      }
    } catch (DateTimeParseException e) {
      d = parse(s, monthFirst);
    }
    return d != null && plausible(d, latest) ? d : null;
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
