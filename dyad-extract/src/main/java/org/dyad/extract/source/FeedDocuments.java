package org.dyad.extract.source;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.dyad.extract.feed.FeedItem;
import org.dyad.extract.feed.FeedParser;
import org.dyad.extract.fetch.FetchException;
import org.dyad.extract.fetch.PoliteFetcher;
import org.dyad.model.RawDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Entities;

/**
 * Turns a feed into pages. With a fetcher, each item's link is fetched, the item's date bounding
 * the page's and its title given as the page's title hint; without one, an item whose content holds article text is read as a page (its title
 * as the page's title), and the others are reported as not fetched.
 */
final class FeedDocuments {
  /**
   * Feed content shorter than this (as text) is a teaser: RSS descriptions are a sentence or two,
   * whole articles in {@code content:encoded} run to many hundreds of characters.
   */
  static final int MIN_ARTICLE_CHARS = 400;

  private final PoliteFetcher fetcher;

  /** Pages from feeds; {@code fetcher} is null when item links are not to be fetched. */
  FeedDocuments(PoliteFetcher fetcher) {
    this.fetcher = fetcher;
  }

  void read(String origin, byte[] feed, Consumer<RawDocument> out, Consumer<DocumentSources.Failure> errors) {
    List<FeedItem> items;
    try {
      items = FeedParser.items(feed, "");
    } catch (IllegalArgumentException e) {
      // jsoup refuses an XML declaration naming an unknown encoding
      errors.accept(new DocumentSources.Failure(origin, "is a feed that cannot be decoded: " + e.getMessage()));
      return;
    }
    if (items.isEmpty()) {
      errors.accept(new DocumentSources.Failure(origin, "is a feed with no items"));
      return;
    }
    for (int i = 0; i < items.size(); i++) {
      FeedItem item = items.get(i);
      String where = origin + "!" + (item.link() != null ? item.link() : "item " + (i + 1));
      boolean hasText = item.content() != null
          && Jsoup.parse(item.content()).text().length() >= MIN_ARTICLE_CHARS;
      if (fetcher != null && item.link() != null) {
        fetch(item, out, errors);
      } else if (hasText) {
        out.accept(new RawDocument(where, item.link(), page(item), "text/html; charset=utf-8", item.date(), item.title()));
      } else if (item.link() != null) {
        errors.accept(new DocumentSources.Failure(
            item.link(), "was not fetched: fetching is off and its feed item (" + origin + ") holds no article text"));
      } else {
        errors.accept(new DocumentSources.Failure(where, "has neither a link nor article text"));
      }
    }
  }

  private void fetch(FeedItem item, Consumer<RawDocument> out, Consumer<DocumentSources.Failure> errors) {
    try {
      RawDocument d = fetcher.fetch(item.link());
      LocalDate bound = earlier(d.fetchDate(), item.date());
      out.accept(new RawDocument(d.origin(), d.url(), d.content(), d.mediaType(), bound, item.title()));
    } catch (FetchException e) {
      errors.accept(new DocumentSources.Failure(e.url(), e.reason()));
    }
  }

  private static LocalDate earlier(LocalDate a, LocalDate b) {
    if (a == null || b == null) {
      return a == null ? b : a;
    }
    return a.isBefore(b) ? a : b;
  }

  /** The item as a small HTML page, so it is read like any other. */
  private static byte[] page(FeedItem item) {
    String title = item.title() == null ? "" : "<title>" + Entities.escape(item.title()) + "</title>";
    String html = "<!doctype html><html><head><meta charset=\"utf-8\">" + title + "</head><body><article>"
        + item.content() + "</article></body></html>";
    return html.getBytes(StandardCharsets.UTF_8);
  }
}
