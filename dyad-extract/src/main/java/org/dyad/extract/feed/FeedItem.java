package org.dyad.extract.feed;

import java.time.LocalDate;

/**
 * One item of an RSS or Atom feed.
 *
 * @param link the page it points to, or null
 * @param date its date, an upper bound for the page's publication date; or null
 * @param title its title, a hint for the page's; or null
 * @param content its HTML content ({@code content:encoded}, Atom content, description or
 *     summary, the fullest first), or null
 */
public record FeedItem(String link, LocalDate date, String title, String content) {}
