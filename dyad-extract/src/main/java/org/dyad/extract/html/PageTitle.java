package org.dyad.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds a page's headline. A main heading that is also part of the {@code <title>} wins, as both
 * agree on it; then the Open Graph or Twitter title, then the heading of the article, then the
 * {@code <title>} without the site's name.
 */
final class PageTitle {
  private static final Pattern SEPARATOR = Pattern.compile("\\s+[|·›»«–—:/-]\\s+|\\s+::\\s+");
  private static final int MAX_CHARS = 300;

  private PageTitle() {}

  static String of(Document doc, String site) {
    String head = clean(doc.title());
    List<String> headings = new ArrayList<>();
    for (Element h : doc.select("h1, h2[class*=title], h1 + h2, [itemprop=headline]")) {
      String t = clean(h.text());
      if (t != null && t.length() <= MAX_CHARS) {
        headings.add(t);
      }
    }
    if (head != null) {
      for (String h : headings) {
        if (h.equals(head) || SEPARATOR.splitAsStream(head).anyMatch(h::equals)) {
          return h;
        }
      }
    }
    String social = clean(Metadata.meta(doc, "og:title", "twitter:title", "dc.title"));
    if (social != null) {
      return withoutSite(social, site);
    }
    Element inArticle = doc.selectFirst("article h1, main h1, [itemprop=headline], h1[class*=title], h1");
    if (inArticle != null && clean(inArticle.text()) != null) {
      return clean(inArticle.text());
    }
    if (head != null) {
      return withoutSite(head, site);
    }
    return headings.isEmpty() ? null : headings.get(0);
  }

  private static String clean(String s) {
    if (s == null) {
      return null;
    }
    String t = s.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    return t.isEmpty() ? null : t;
  }

  // "Headline | Site", "Site - Headline": the site's part is its name or the shorter part.
  private static String withoutSite(String t, String site) {
    String[] parts = SEPARATOR.split(t);
    if (parts.length < 2) {
      return t;
    }
    if (site != null) {
      List<String> kept = new ArrayList<>();
      for (String p : parts) {
        if (!p.equalsIgnoreCase(site.strip())) {
          kept.add(p);
        }
      }
      if (kept.size() == 1) {
        return kept.get(0);
      }
    }
    String first = parts[0];
    String last = parts[parts.length - 1];
    if (last.split(" ").length <= 3 && first.length() > last.length()) {
      return t.substring(0, t.lastIndexOf(last)).replaceFirst(SEPARATOR.pattern() + "$", "").strip();
    }
    if (first.split(" ").length <= 3 && last.length() > first.length() * 2) {
      return t.substring(first.length()).replaceFirst("^" + SEPARATOR.pattern(), "").strip();
    }
    return t;
  }
}
