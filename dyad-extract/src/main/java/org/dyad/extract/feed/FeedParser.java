package org.dyad.extract.feed;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/** Reads RSS 2.0, RSS 1.0 (RDF) and Atom feeds with jsoup's lenient XML parser. */
public final class FeedParser {
  /** The root element, after an XML declaration, comments, processing instructions and a doctype (with its internal subset). */
  private static final Pattern FEED_START =
      Pattern.compile(
          "^\\s*(<\\?xml[^>]*>\\s*)?(<!--.*?-->\\s*|<\\?[^>]*>\\s*|<!doctype[^>\\[]*(\\[[^\\]]*\\])?\\s*>\\s*)*<(rss|feed|rdf:rdf)[\\s>]",
          Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  /** How much of a file is looked at to tell a feed; the root element comes well before this. */
  private static final int SNIFF_BYTES = 4096;
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("(\\d{1,2})\\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+(\\d{4})",
          Pattern.CASE_INSENSITIVE);
  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
          Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
          Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

  private FeedParser() {}

  /** Whether {@code bytes} hold an RSS, RDF or Atom feed (judged by its root element). */
  public static boolean isFeed(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
    return FEED_START.matcher(head.replace("\u00ef\u00bb\u00bf", "")).find();
  }

  /** The items of a feed, in document order; the encoding is taken from the XML declaration. */
  public static List<FeedItem> items(byte[] bytes, String baseUri) {
    Document doc;
    try {
      doc = Jsoup.parse(new ByteArrayInputStream(bytes), null, baseUri, Parser.xmlParser());
    } catch (IOException e) {
      throw new IllegalStateException("reading bytes held in memory failed", e);
    }
    List<FeedItem> items = new ArrayList<>();
    for (Element e : doc.getAllElements()) {
      String name = e.tagName().toLowerCase(Locale.ROOT);
      if (name.equals("item") || name.equals("entry")) {
        items.add(new FeedItem(link(e), date(e), text(child(e, "title")), content(e)));
      }
    }
    return items;
  }

  private static String link(Element item) {
    String rdfAbout = item.attr("rdf:about");
    for (Element c : item.children()) {
      if (!c.tagName().equalsIgnoreCase("link")) {
        continue;
      }
      String rel = c.attr("rel");
      if (c.hasAttr("href") && (rel.isEmpty() || rel.equalsIgnoreCase("alternate"))) {
        return web(c.absUrl("href").isEmpty() ? c.attr("href") : c.absUrl("href"));
      }
      if (!c.hasAttr("href") && web(c.text()) != null) {
        return web(c.text());
      }
    }
    Element guid = child(item, "guid");
    if (guid != null && !guid.attr("isPermaLink").equalsIgnoreCase("false") && web(guid.text()) != null) {
      return web(guid.text());
    }
    return web(rdfAbout);
  }

  private static String web(String url) {
    String u = url == null ? "" : url.strip();
    String lower = u.toLowerCase(Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://") ? u : null;
  }

  private static LocalDate date(Element item) {
    for (String name : new String[] {"pubDate", "dc:date", "published", "updated", "dc:created"}) {
      Element d = child(item, name);
      if (d != null) {
        LocalDate date = parseDate(d.text().strip());
        if (date != null) {
          return date;
        }
      }
    }
    return null;
  }

  /** An RFC 822 (RSS) or ISO 8601 (Atom, Dublin Core) date, as the publisher wrote it. */
  static LocalDate parseDate(String s) {
    try {
      return OffsetDateTime.parse(s).toLocalDate();
    } catch (DateTimeParseException e) {
      // not ISO with an offset; try the next form
    }
    try {
      return ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
    } catch (DateTimeParseException e) {
      // RSS dates with zone names such as EST, or no time: read the day, month and year
    }
    Matcher m = DAY_MONTH_YEAR.matcher(s);
    if (m.find()) {
      try {
        return LocalDate.of(Integer.parseInt(m.group(3)), MONTHS.get(m.group(2).toLowerCase(Locale.ROOT)),
            Integer.parseInt(m.group(1)));
      } catch (java.time.DateTimeException e) {
        return null;
      }
    }
    if (s.length() >= 10) {
      try {
        return LocalDate.parse(s.substring(0, 10));
      } catch (DateTimeParseException e) {
        return null;
      }
    }
    return null;
  }

  private static String content(Element item) {
    for (String name : new String[] {"content:encoded", "content", "description", "summary"}) {
      Element c = child(item, name);
      if (c == null) {
        continue;
      }
      // Atom's type="xhtml" content is markup; the others carry HTML as (escaped or CDATA) text.
      String html = c.children().isEmpty() ? c.wholeText() : c.html();
      if (!html.isBlank()) {
        return html.strip();
      }
    }
    return null;
  }

  private static Element child(Element parent, String name) {
    for (Element c : parent.children()) {
      if (c.tagName().equalsIgnoreCase(name)) {
        return c;
      }
    }
    return null;
  }

  private static String text(Element e) {
    if (e == null) {
      return null;
    }
    String t = e.text().strip();
    return t.isEmpty() ? null : t;
  }
}
