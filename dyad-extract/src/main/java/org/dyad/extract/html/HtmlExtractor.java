package org.dyad.extract.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.extract.date.DateGuess;
import org.dyad.extract.text.ArticleBuilder;
import org.dyad.extract.text.Block;
import org.dyad.extract.text.Boilerplate;
import org.dyad.model.Article;
import org.dyad.model.DatePrecision;
import org.dyad.model.DateSource;
import org.dyad.model.Paragraph;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Reads HTML pages: finds the element that holds the article's paragraphs, keeps its headings,
 * paragraphs, quotes and list items in order, and reads title, author, site, language, canonical
 * URL and publication date from the page's metadata.
 */
public final class HtmlExtractor {
  private static final String DROP =
      "script, style, noscript, template, iframe, svg, form, nav, header, footer, aside, button, select, "
          + "[hidden], [aria-hidden=true], [role=navigation], [role=banner], [role=contentinfo], [role=complementary]";
  private static final Pattern CHROME_CLASS =
      Pattern.compile(
          "(^|[\\s_-])(share|sharing|social|related|recommend|comment|comments|cookie|consent|newsletter|subscribe|"
              + "promo|sidebar|footer|nav|navbar|menu|breadcrumbs?|advert|ads?|sponsor|byline-share|tags|"
              + "author-bio|bio|disclaimer|popup|modal|outbrain|taboola)($|[\\s_-])",
          Pattern.CASE_INSENSITIVE);
  private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre";
  private static final Pattern URL_DATE = Pattern.compile("/(20\\d\\d|19\\d\\d)[/-](\\d{1,2})[/-](\\d{1,2})(?:/|\\b)");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ArticleBuilder builder = new ArticleBuilder();

  /** Extracts the article of an HTML page. */
  public Article extract(String origin, String html, String url, LocalDate fetchDate) {
    Document doc = Jsoup.parse(html, url == null ? "" : url);
    String site = meta(doc, "og:site_name", "application-name");
    String canonical = attr(doc, "link[rel=canonical]", "href");
    if (canonical == null) {
      canonical = meta(doc, "og:url");
    }
    DateGuess date = date(doc, canonical != null ? canonical : url);
    String author = author(doc, site);
    String language = doc.select("html").attr("lang");
    String title = title(doc, site);
    doc.select(DROP).remove();
    for (Element e : new ArrayList<>(doc.getAllElements())) {
      if (e != doc.body() && e.parent() != null && CHROME_CLASS.matcher(e.className() + " " + e.id()).find()
          && !e.is("article, main, body, html")) {
        e.remove();
      }
    }
    Element root = bestContainer(doc);
    List<Block> blocks = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    if (root != null) {
      for (Element b : root.select(BLOCKS)) {
        if (!b.select(BLOCKS).isEmpty() && b.select(BLOCKS).size() > 0 && b.is("li, blockquote")
            && b.select("p").size() > 0) {
          continue; // its own paragraphs are taken one by one
        }
        String text = b.text().strip();
        if (text.isEmpty() || Boilerplate.isRelatedLink(text) || Boilerplate.isPrompt(text) || Boilerplate.isFooter(text)) {
          continue;
        }
        if (b.is("li") && linkDensity(b) > 0.5) {
          continue;
        }
        Paragraph.Kind kind = b.is("h1, h2, h3, h4, h5, h6") ? Paragraph.Kind.HEADING : Paragraph.Kind.BODY;
        if (kind == Paragraph.Kind.HEADING && title != null && text.equals(title)) {
          continue;
        }
        blocks.add(new Block(text, kind));
      }
    }
    if (blocks.isEmpty()) {
      String text = doc.body() == null ? "" : doc.body().text().strip();
      if (!text.isEmpty()) {
        blocks.add(new Block(text, Paragraph.Kind.BODY));
        warnings.add("no article container found; the page's whole text was taken");
      }
    }
    return builder.build(
        origin,
        blocks,
        new ArticleBuilder.Metadata(
            title, author, site, language.isEmpty() ? null : language.toLowerCase(Locale.ROOT).split("[-_]")[0],
            canonical != null ? canonical : url, date, null, fetchDate),
        warnings);
  }

  private static Element bestContainer(Document doc) {
    Element best = null;
    double bestScore = 0;
    for (Element e : doc.select("article, main, div, section, td, body")) {
      double score = 0;
      for (Element p : e.children()) {
        if (p.is("p, blockquote, pre, h2, h3, ul, ol")) {
          int len = p.text().length();
          score += len * (1 - linkDensity(p));
        }
      }
      if (e.is("article, main")) {
        score *= 1.2;
      }
      if (score > bestScore) {
        bestScore = score;
        best = e;
      }
    }
    return best;
  }

  private static double linkDensity(Element e) {
    int total = e.text().length();
    if (total == 0) {
      return 0;
    }
    int linked = 0;
    for (Element a : e.select("a")) {
      linked += a.text().length();
    }
    return (double) linked / total;
  }

  private static String title(Document doc, String site) {
    String t = meta(doc, "og:title", "twitter:title");
    if (t == null) {
      Element h1 = doc.selectFirst("h1");
      t = h1 != null ? h1.text() : doc.title();
    }
    if (t == null || t.isBlank()) {
      return null;
    }
    t = t.strip();
    for (String sep : new String[] {" | ", " - ", " – ", " — ", " :: ", " « "}) {
      int i = t.lastIndexOf(sep);
      if (i > 0) {
        String tail = t.substring(i + sep.length()).strip();
        if ((site != null && tail.equalsIgnoreCase(site)) || tail.split("\\s+").length <= 3) {
          t = t.substring(0, i).strip();
        }
      }
    }
    return t;
  }

  private static String author(Document doc, String site) {
    String a = meta(doc, "author", "article:author", "parsely-author", "sailthru.author", "dc.creator");
    if (a == null) {
      a = jsonLd(doc, "author");
    }
    if (a == null) {
      Element byline = doc.selectFirst("[rel=author], .author-name, .byline__name, .byline a, .author a, [itemprop=author]");
      a = byline != null ? byline.text() : null;
    }
    if (a == null || a.isBlank() || a.startsWith("http") || (site != null && a.equalsIgnoreCase(site))) {
      return null;
    }
    return a.replaceFirst("(?i)^by\\s+", "").strip();
  }

  private static DateGuess date(Document doc, String url) {
    String ld = jsonLd(doc, "datePublished");
    LocalDate d = parseDate(ld);
    if (d != null) {
      return new DateGuess(d, DatePrecision.DAY, DateSource.JSONLD);
    }
    d = parseDate(
        meta(doc, "article:published_time", "og:published_time", "datePublished", "pubdate", "publishdate",
            "publish-date", "date", "dc.date.issued", "dc.date", "dcterms.created", "sailthru.date",
            "parsely-pub-date", "citation_publication_date"));
    if (d != null) {
      return new DateGuess(d, DatePrecision.DAY, DateSource.META);
    }
    Element time = doc.selectFirst("article time[datetime], time[pubdate], time[itemprop=datePublished], time[datetime]");
    if (time != null && (d = parseDate(time.attr("datetime"))) != null) {
      return new DateGuess(d, DatePrecision.DAY, DateSource.TIME);
    }
    if (url != null) {
      Matcher m = URL_DATE.matcher(url);
      if (m.find()) {
        try {
          d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
          return new DateGuess(d, DatePrecision.DAY, DateSource.URL);
        } catch (java.time.DateTimeException e) {
          // not a date after all
        }
      }
    }
    return null;
  }

  static LocalDate parseDate(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    String v = s.strip();
    try {
      return OffsetDateTime.parse(v).toLocalDate();
    } catch (DateTimeParseException e) {
      // try the date part alone
    }
    Matcher m = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})").matcher(v);
    if (m.find()) {
      try {
        return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      } catch (java.time.DateTimeException e) {
        return null;
      }
    }
    return null;
  }

  private static String meta(Document doc, String... names) {
    for (String n : names) {
      for (Element e : doc.select("meta[property=" + n + "], meta[name=" + n + "], meta[itemprop=" + n + "]")) {
        String c = e.attr("content").strip();
        if (!c.isEmpty()) {
          return c;
        }
      }
    }
    return null;
  }

  private static String attr(Document doc, String css, String attr) {
    Element e = doc.selectFirst(css);
    return e == null || e.attr(attr).isBlank() ? null : e.absUrl(attr).isEmpty() ? e.attr(attr) : e.absUrl(attr);
  }

  private static String jsonLd(Document doc, String field) {
    Elements scripts = doc.select("script[type=application/ld+json]");
    for (Element s : scripts) {
      try {
        JsonNode n = JSON.readTree(s.data());
        String v = find(n, field, 0);
        if (v != null) {
          return v;
        }
      } catch (java.io.IOException | RuntimeException e) {
        // malformed JSON-LD is common; other sources follow
      }
    }
    return null;
  }

  private static String find(JsonNode n, String field, int depth) {
    if (n == null || depth > 6) {
      return null;
    }
    if (n.isArray()) {
      for (JsonNode c : n) {
        String v = find(c, field, depth + 1);
        if (v != null) {
          return v;
        }
      }
      return null;
    }
    if (!n.isObject()) {
      return null;
    }
    JsonNode v = n.get(field);
    if (v != null) {
      if (v.isTextual()) {
        return v.asText();
      }
      if (v.isObject() && v.has("name")) {
        return v.get("name").asText();
      }
      if (v.isArray() && v.size() > 0) {
        JsonNode f = v.get(0);
        return f.isTextual() ? f.asText() : f.has("name") ? f.get("name").asText() : null;
      }
    }
    JsonNode graph = n.get("@graph");
    return graph != null ? find(graph, field, depth + 1) : null;
  }
}
