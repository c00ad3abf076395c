package org.dyad.extract.html;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * order (see {@link MainText}).
 */
public final class HtmlExtractor {
  private final ArticleBuilder builder = new ArticleBuilder();
  private final MainText mainText = new MainText();

  /** Extracts the article of an HTML page; {@code fetchDate} is never taken as its date. */
  public Article extract(String origin, String html, String url, LocalDate fetchDate) {
    Document doc = Jsoup.parse(html, url == null ? "" : url);
    String site = Metadata.meta(doc, "og:site_name", "application-name");
    String canonical = canonical(doc);
    DateGuess date = PageDates.of(doc, canonical != null ? canonical : url);
    String author = PageAuthor.of(doc, site);
    String language = doc.select("html").attr("lang");
    String title = PageTitle.of(doc, site);
    List<Block> blocks = new ArrayList<>(mainText.read(doc.body(), title));
    List<String> warnings = new ArrayList<>();
    if (blocks.isEmpty() && title != null) {
      blocks.add(new Block(title, Paragraph.Kind.BODY));
      warnings.add("no article text found; the title was taken as the text");
    }
    return builder.build(
        origin,
        blocks,
        new ArticleBuilder.Metadata(
            title, author, site, language.isEmpty() ? null : language.toLowerCase(Locale.ROOT).split("[-_]")[0],
            canonical != null ? canonical : url, date.date() == null ? null : date, null, fetchDate),
        warnings);
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
