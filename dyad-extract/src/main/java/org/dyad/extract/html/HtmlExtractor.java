package org.dyad.extract.html;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.dyad.extract.date.DateGuess;
import org.dyad.extract.date.PageDates;
import org.dyad.extract.text.ArticleBuilder;
import org.dyad.extract.text.Block;
import org.dyad.model.Article;
import org.dyad.model.Paragraph;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Reads HTML pages: title, author, site, language, canonical URL and publication date from the
 * page's metadata and byline, then the article's headings, paragraphs, quotes and list items in
 * order (see {@link MainText}). A page that is not an article gets a warning saying why (see
 * {@link org.dyad.extract.PageType}).
 */
public final class HtmlExtractor {
  /** ISO 639 codes; template placeholders and other junk in lang attributes are ignored. */
  private static final Pattern LANGUAGE_SUBTAG = Pattern.compile("[a-z]{2,3}");
  private static final Evaluator CANONICAL = QueryParser.parse("link[rel=canonical][href]");

  private final ArticleBuilder builder = new ArticleBuilder();
  private final MainText mainText = new MainText();

  /** Extracts the article of an HTML page; {@code fetchDate} is never taken as its date. */
  public Article extract(String origin, String html, String url, LocalDate fetchDate) {
    return extract(origin, html, url, fetchDate, null);
  }

  /**
   * Extracts the article of an HTML page; {@code titleHint}, the title a feed gave the page (or
   * null), helps to tell the headline from the other headings.
   */
  public Article extract(String origin, String html, String url, LocalDate fetchDate, String titleHint) {
    Document doc = Jsoup.parse(html, url == null ? "" : url);
    Metadata meta = Metadata.of(doc);
    String site = meta.meta("og:site_name", "application-name");
    String canonical = canonical(doc, meta);
    DateGuess date = PageDates.of(doc, meta, canonical != null ? canonical : url, fetchDate, html);
    String author = PageAuthor.of(doc, meta, site);
    String title = PageTitle.of(doc, meta, site, titleHint);
    int headlineLinks = PageShape.headlineLinks(doc.body());
    List<Block> blocks = new ArrayList<>(mainText.read(doc.body(), title));
    List<String> warnings = new ArrayList<>();
    boolean onlyTitle = blocks.isEmpty() && title != null;
    if (onlyTitle) {
      blocks.add(new Block(title, Paragraph.Kind.BODY));
      warnings.add("no article text found; the title was taken as the text");
    }
    String notArticle = PageShape.warning(blocks, headlineLinks, onlyTitle);
    if (notArticle != null) {
      warnings.add(notArticle);
    }
    return builder.build(
        origin,
        blocks,
        new ArticleBuilder.Metadata(
            title, author, site, declaredLanguage(doc),
            canonical != null ? canonical : url, date.date() == null ? null : date, null, fetchDate),
        warnings);
  }

  /** The primary language subtag of the page's lang attribute, or null when absent or malformed. */
  private static String declaredLanguage(Document doc) {
    String lang = doc.child(0).attr("lang");
    if (lang.isEmpty()) {
      lang = doc.child(0).attr("xml:lang");
    }
    String primary = lang.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
    return LANGUAGE_SUBTAG.matcher(primary).matches() ? primary : null;
  }

  private static String canonical(Document doc, Metadata meta) {
    Element link = doc.head().selectFirst(CANONICAL);
    if (link != null && !link.attr("href").isBlank()) {
      String abs = link.absUrl("href");
      return abs.isEmpty() ? link.attr("href") : abs;
    }
    return meta.meta("og:url");
  }
}
