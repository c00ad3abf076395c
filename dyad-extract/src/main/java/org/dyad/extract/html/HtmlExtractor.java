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

/**
 * Reads HTML pages: title, author, site, language, canonical URL and publication date from the
 * page's metadata and byline, then the article's headings, paragraphs, quotes and list items in
 * order (see {@link MainText}). A page that is not an article gets a warning saying why (see
 * {@link org.dyad.extract.PageType}).
 */
public final class HtmlExtractor {
  /** ISO 639 codes; template placeholders and other junk in lang attributes are ignored. */
  private static final Pattern LANGUAGE_SUBTAG = Pattern.compile("[a-z]{2,3}");

  private final ArticleBuilder builder = new ArticleBuilder();
  private final MainText mainText = new MainText();

  /** Extracts the article of an HTML page; {@code fetchDate} is never taken as its date. */
  public Article extract(String origin, String html, String url, LocalDate fetchDate) {
    Document doc = Jsoup.parse(html, url == null ? "" : url);
    String site = Metadata.meta(doc, "og:site_name", "application-name");
    String canonical = canonical(doc);
    DateGuess date = PageDates.of(doc, canonical != null ? canonical : url);
    String author = PageAuthor.of(doc, site);
    String title = PageTitle.of(doc, site);
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
    String lang = doc.select("html").attr("lang");
    if (lang.isEmpty()) {
      lang = doc.select("html").attr("xml:lang");
    }
    String primary = lang.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
    return LANGUAGE_SUBTAG.matcher(primary).matches() ? primary : null;
  }

  private static String canonical(Document doc) {
    Element link = doc.selectFirst("link[rel=canonical][href]");
    if (link != null && !link.attr("href").isBlank()) {
      String abs = link.absUrl("href");
      return abs.isEmpty() ? link.attr("href") : abs;
    }
    return Metadata.meta(doc, "og:url");
  }
}
