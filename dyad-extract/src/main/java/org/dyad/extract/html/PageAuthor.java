package org.dyad.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds a page's author: from its metadata, its JSON-LD, then its byline. Several authors are
 * joined with "; ". Values that are addresses, handles of the system ("admin") or the site's
 * own name are not authors.
 */
final class PageAuthor {
  private static final String BYLINE =
      "[itemprop=author] [itemprop=name], [itemprop=author], [rel=author], .author .fn, .vcard .fn, .author-name, "
          + ".byline__name, .byline a, .byline, .entry-author, .post-author, .author a, .author, a[href*=/author/], "
          + "a[href*=/autor/], .autor, .meta-author, .td-post-author-name, .article-author, .story-byline";
  private static final Pattern PREFIX =
      Pattern.compile(
          "^(?i)(posted|written|published|geschrieben|verfasst|veröffentlicht)?\\s*(by|von|par|por|di|door|av|autor(in)?|author|written by|text)\\s*:?\\s+");
  private static final Pattern NOT_A_NAME =
      Pattern.compile("(?i)https?:|www\\.|@|\\d{3}|^(admin|administrator|wordpressadmin|root|webmaster|redaktion|editor|staff|guest)$");
  private static final int MAX_WORDS = 8;

  private PageAuthor() {}

  static String of(Document doc, String site) {
    List<String> names = new ArrayList<>();
    for (Element m : doc.select("meta[name=author], meta[property=article:author], meta[name=parsely-author], "
        + "meta[name=sailthru.author], meta[name=dc.creator], meta[name=byl], meta[property=author]")) {
      add(names, m.attr("content"), site);
    }
    if (names.isEmpty()) {
      for (String n : Metadata.jsonLdAll(doc, "author")) {
        add(names, n, site);
      }
    }
    if (names.isEmpty()) {
      for (Element b : doc.select(BYLINE)) {
        add(names, b.text(), site);
        if (!names.isEmpty()) {
          break;
        }
      }
    }
    return names.isEmpty() ? null : String.join("; ", names);
  }

  private static void add(List<String> names, String raw, String site) {
    if (raw == null) {
      return;
    }
    String a = raw.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    a = PREFIX.matcher(a).replaceFirst("");
    a = a.replaceFirst("(?i)^view all posts by\\s+", "").replaceFirst("\\s*[|•·].*$", "").strip();
    if (a.isEmpty() || a.split(" ").length > MAX_WORDS || NOT_A_NAME.matcher(a).find()
        || (site != null && a.equalsIgnoreCase(site.strip())) || names.contains(a)) {
      return;
    }
    names.add(a);
  }
}
