package org.dyad.extract.date;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dyad.extract.html.Metadata;
import org.dyad.extract.html.PageRegions;
import org.dyad.extract.html.WordList;
import org.dyad.model.DatePrecision;
import org.dyad.model.DateSource;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Finds the publication date an HTML page states, most trusted source first: the meta elements of
 * {@code dyad/extract/date-meta.txt}, JSON-LD, {@code time} and {@code datePublished} elements
 * (not those of comments, asides, quotes or, while others remain, teaser links), a date in the
 * canonical URL, a date labelled as the publication's in the text, a dateline, dates in the page's
 * scripts, the last-modified metadata, and at last the first date written in the article, then in
 * the page. Never the fetch date or today's date.
 */
public final class PageDates {
  private static final List<String> PUBLISHED = lowerCase(WordList.lines("/dyad/extract/date-meta.txt"));
  private static final List<String> MODIFIED = lowerCase(WordList.lines("/dyad/extract/date-meta-modified.txt"));
  private static final Pattern SPACE = Pattern.compile("\\s+");
  private static final Pattern PART = Pattern.compile("[-_]");
  private static final Set<String> DATE_CLASSES = Set.copyOf(WordList.lines("/dyad/extract/date-classes.txt"));
  private static final int MAX_BYLINE_CHARS = 200;
  /** Words that label the publication date in a page's text, as "Veröffentlicht am: 3. Mai 2021". */
  private static final Pattern PUBLISHED_LABEL =
      Pattern.compile("(?iu)(?<!\\p{L})(?:veröffentlicht|erschienen|publiziert|published|publié|publicado|"
          + "pubblicato|gepubliceerd)(?:\\s+(?:am|on|le|el|il|op))?\\s*:?\\s*");
  /**
   * Words that label some date of the page in its text, as "Stand: 9.10.2017" or "Datum: 3.2.2022":
   * searched only when nothing else gives a date.
   */
  private static final Pattern DATE_LABEL =
      Pattern.compile("(?iu)(?<!\\p{L})(?:erstellt|posted|stand|datum|date|fecha|data)(?:\\s+(?:am|on|le|el|il|op|vom))?\\s*:?\\s*");
  /** A labelled date starts right after its label, a weekday at most before it. */
  private static final Pattern DATE_START = Pattern.compile("(?iu)(?:\\p{L}{2,12}\\.?,?\\s+)?\\d");
  private static final int LABELLED_DATE_CHARS = 40;
  private static final Evaluator QUOTE = QueryParser.parse("blockquote");
  private static final Set<String> CHROME_TAGS = Set.of("nav", "header", "footer", "aside", "script", "style", "form");
  private static final Evaluator LINK = QueryParser.parse("a[href]");
  /** Elements that give a date, most trusted first: the page's order decides only among equals. */
  private static final List<Evaluator> TIMES =
      Stream.of("[itemprop=datePublished]", "time[pubdate], time.published, time.entry-date, abbr.published",
              "article time, header time", "time")
          .map(QueryParser::parse)
          .toList();

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
    // a time inside a link is most often a teaser's, of the article linked to: taken only when no
    // other is found, unless the link is the page's own permalink
    List<List<Element>> times = TIMES.stream().map(doc::select).map(List::<Element>copyOf).toList();
    for (boolean linked : new boolean[] {false, true}) {
      for (List<Element> kind : times) {
        for (Element t : kind) {
          // the times of comments, teasers and quoted posts are not the article's
          if (t.closest(QUOTE) != null || PageRegions.outsideArticle(t) || (!linked && inTeaserLink(t))) {
            continue;
          }
          if ((d = timeOf(t, monthFirst)) != null && plausible(d, latest)) {
            return day(d, DateSource.TIME);
          }
        }
      }
    }
    String text = doc.body() == null ? "" : doc.body().text();
    if ((d = labelled(text, PUBLISHED_LABEL, monthFirst, latest)) != null) {
      return day(d, DateSource.TEXT);
    }
    for (Element e : doc.body() == null ? List.<Element>of() : doc.body().getAllElements()) {
      if (isDateline(e) && (d = datelineDate(e, monthFirst)) != null && plausible(d, latest)
          && !PageRegions.outsideArticle(e)) {
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
    if ((d = labelled(text, DATE_LABEL, monthFirst, latest)) != null) {
      return day(d, DateSource.TEXT);
    }
    if ((d = DateText.first(articleText(doc.body()), monthFirst)) != null && plausible(d, latest)) {
      return day(d, DateSource.TEXT);
    }
    if ((d = DateText.first(text, monthFirst)) != null && plausible(d, latest)) {
      return day(d, DateSource.TEXT);
    }
    if (html != null && (d = RawDates.mostFrequent(html, latest)) != null) {
      return day(d, DateSource.TEXT);
    }
    return DateGuess.NONE;
  }

  /** The text of {@code body} without its navigation, page header and footer, asides and comments. */
  private static String articleText(Element body) {
    if (body == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
              sb.append(t.text()).append(' ');
            } else if (node instanceof Element e && e != body
                && (CHROME_TAGS.contains(e.normalName()) || PageRegions.outsideArticle(e))) {
              return FilterResult.SKIP_ENTIRELY;
            }
            return FilterResult.CONTINUE;
          }
        },
        body);
    return sb.toString();
  }

  /** A dateline's date: in its text, else in its {@code title} or {@code content} (an empty "updated" span). */
  private static LocalDate datelineDate(Element e, boolean monthFirst) {
    LocalDate d = DateText.firstInDateline(e.text(), monthFirst);
    if (d == null && e.attributesSize() > 0) {
      d = parse(e.hasAttr("title") ? e.attr("title") : e.attr("content"), monthFirst);
    }
    return d;
  }

  private static boolean inTeaserLink(Element t) {
    Element a = t.closest(LINK);
    return a != null && !a.attr("rel").contains("bookmark");
  }

  private static LocalDate timeOf(Element t, boolean monthFirst) {
    String v = t.hasAttr("datetime") ? t.attr("datetime") : t.hasAttr("content") ? t.attr("content") : t.attr("title");
    LocalDate d = parse(v, monthFirst);
    return d != null ? d : DateText.firstInDateline(t.text(), monthFirst);
  }

  /** The first date {@code label} labels in the page's text, or null. */
  private static LocalDate labelled(String text, Pattern label, boolean monthFirst, LocalDate latest) {
    Matcher m = label.matcher(text);
    while (m.find()) {
      String after = text.substring(m.end(), Math.min(text.length(), m.end() + LABELLED_DATE_CHARS));
      LocalDate d = DateText.firstInDateline(after, monthFirst);
      if (d != null && plausible(d, latest) && DATE_START.matcher(after).lookingAt()) {
        return d;
      }
    }
    return null;
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
      if (t.getOffset().getTotalSeconds() == 0 && !local.isEmpty()) {
        // the publisher's offset: that of the same instant written in local time, else of any other
        d = t.atZoneSameInstant(local.get(0).getOffset()).toLocalDate();
        for (OffsetDateTime l : local) {
          if (l.toInstant().equals(t.toInstant())) {
            d = l.toLocalDate();
            break;
          }
        }
      } else if (t.getOffset().getTotalSeconds() == 0 && centralEuropeanMidnight(t)) {
        d = d.plusDays(1);
      }
    } catch (DateTimeParseException e) {
      d = parse(s, monthFirst);
    }
    return d != null && plausible(d, latest) ? d : null;
  }

  /**
   * Whether a UTC time is exactly 22:00 or 23:00: a day with no time kept by a system in Central
   * European time (midnight there, summer or winter) and written out in UTC, as publishing systems
   * do with dates entered without a time.
   */
  private static boolean centralEuropeanMidnight(OffsetDateTime t) {
    return (t.getHour() == 22 || t.getHour() == 23) && t.getMinute() == 0 && t.getSecond() == 0 && t.getNano() == 0;
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
