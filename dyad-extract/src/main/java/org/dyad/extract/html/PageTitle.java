package org.dyad.extract.html;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * Finds a page's headline as its reader sees it (soft hyphens as the page's titles write them, no
 * ruby readings, in Unicode NFC). Each heading of the article gets a vote from each
 * of the page's other titles (Open Graph, Twitter, JSON-LD, Dublin Core, {@code <title>}) it agrees
 * with; a feed item's title outweighs them all, and a main heading ({@code h1}) that any agrees with
 * comes before lesser ones. Without agreement, the page's only main heading; then the Open Graph or
 * JSON-LD headline, a heading marked as a title, and at last the {@code <title>}, each without the
 * site's name. A heading that is the site's name, a domain name or a link to its home page is the
 * masthead, not a headline; a kicker marked in a heading ("Climate:" before the headline proper) is
 * left out, and a topic line leading a heading in an element of its own when the titles agree with
 * the rest. Of two main headings the titles agree with as much, the longer wins (the other is a
 * section's name), and a heading ending in the site's name loses it when the Open Graph or JSON-LD
 * headline is the rest. A heading outside the article (the last item of a breadcrumb) counts only
 * when a title matches it closely and no heading of the article already shows its text; a heading's
 * side note in {@code <small>} and a part of a combined heading may be left out when the titles
 * agree with the rest; a heading that is only the site's or a section's part of the title is not
 * agreed with. Hidden headings (for screen readers) never count. Without agreement, a heading cut
 * short gives way to the one that goes on from it, a block classed as the headline and a lesser
 * heading with most of the title's words come before the {@code <title>}, and many main headings
 * (a slide show's) are none of them the headline.
 */
final class PageTitle {
  /** Between words, a mark with spaces around it; in Chinese or Japanese, which has none, a hyphen or an underscore before the site's name. */
  private static final Pattern SEPARATOR =
      Pattern.compile("\\s+[|·›»«–—:/~•-]\\s+|\\s+::\\s+|\\s+--+\\s*|\\s*[|│]\\s*|(?<=[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}！？。」』》])[-_](?=\\p{IsHan})");
  private static final Evaluator HEADING_QUERY =
      QueryParser.parse("h1, [itemprop=headline], h2[class*=title], h2[class*=headline], .entry-title, .post-title, "
          + ".article-title, .headline");
  /**
   * The headings that may be the headline: {@link #HEADING_QUERY}, run only on elements whose tag,
   * class or itemprop can match it, as the query's attribute tests over every element of a page
   * are a noticeable share of reading it.
   */
  private static final Evaluator HEADINGS = new Evaluator() {
    @Override
    public boolean matches(Element root, Element e) {
      return (e.normalName().equals("h1") || namesHeadline(e.className()) || namesHeadline(e.attr("itemprop")))
          && HEADING_QUERY.matches(root, e);
    }
  };
  /**
   * The {@link #HEADINGS} marked as the page's title; the others are classed as some box's title
   * ("h2.widget-title"), the headline's too on many pages, but not on their own.
   */
  private static final Evaluator TITLED =
      QueryParser.parse("h1, [itemprop=headline], .entry-title, .post-title, .article-title, .headline");
  /** Headings that are the headline only when the page's other titles agree. */
  private static final Evaluator SUBHEADINGS = QueryParser.parse("h2");
  /** A heading's kicker, the topic line above or before the headline proper. */
  private static final Pattern KICKER =
      Pattern.compile("(?i).*(?:kicker|overline|dachzeile|topline|roofline|supertitle|eyebrow|spitzmarke|pretitle|titleheader|topic).*");
  /** A class naming an element the headline itself: "headline", "title", "article__headline", not "subtitle". */
  private static final Pattern HEADLINE_CLASS = Pattern.compile("(?i)(?:^|\\s|[-_])(?:headline|title)(?:$|\\s)");
  /** A class naming an element a headline block: "headline", "l-headline", "article__headline". */
  private static final Pattern HEADLINE_BLOCK = Pattern.compile("(?i)(?:^|\\s|[-_])headline(?:$|\\s)");
  /** A separator at the end of a title's part that leads from the site to the page ("Site » News » Headline"). */
  private static final Pattern BREADCRUMB_MARK = Pattern.compile("[»›]\\s*$");
  /** A title ending in a separator, its page's part left empty ("Site -"). */
  private static final Pattern DANGLING_SEPARATOR = Pattern.compile("\\s[|·›»«–—:/~•-]+\\s*$");
  private static final Pattern ESCAPED = Pattern.compile("&(?:#\\d+|#x\\p{XDigit}+|[a-zA-Z]+);");
  private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\d]+");
  /** What joins a headline to its continuation: a dash or a colon. */
  private static final Pattern CONTINUATION = Pattern.compile("\\s+[–—-]\\s+|:\\s+");
  private static final Pattern LEADING_SEPARATOR = Pattern.compile("^[\\s:|–—-]+");
  private static final Pattern SPACE_BEFORE_PUNCTUATION = Pattern.compile("\\s+([:;,.!?])");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern QUOTES = Pattern.compile("[\"'“”„‟‘’‚‛«»‹›]");
  private static final Pattern DASHES = Pattern.compile("[‐‑‒–—―]");
  /** A heading that is a domain name ("example.com") names the site. */
  private static final Pattern DOMAIN = Pattern.compile("(?i)(?:www\\.)?[\\p{L}\\d-]+(?:\\.[\\p{L}\\d-]+)*\\.[a-z]{2,6}");
  private static final Pattern EDGE_MARKS = Pattern.compile("^[^\\p{L}\\d]+|[^\\p{L}\\d]+$");
  private static final int MAX_CHARS = 300;
  private static final String SOFT_HYPHEN = "\u00ad";
  private static final int MIN_MATCH_CHARS = 12;
  private static final int MAIN_HEADING_VOTES = 10;
  private static final int MAX_MAIN_HEADINGS = 5;

  private PageTitle() {}

  /**
   * The headline of {@code doc}, or null.
   *
   * @param hint a title given for the page elsewhere (a feed item's), or null
   */
  static String of(Document doc, Metadata meta, String site, String hint) {
    String title = choose(doc, meta, site, hint);
    if (title != null && title.contains(SOFT_HYPHEN)) {
      // a page that writes its titles with soft hyphens shows them; one that writes them only in the heading does not
      Element t = doc.selectFirst("title");
      String written = (t == null ? "" : t.wholeText()) + meta.meta("og:title", "twitter:title") + meta.jsonLd("headline");
      if (!written.contains(SOFT_HYPHEN)) {
        title = title.replace(SOFT_HYPHEN, "");
      }
    }
    return title == null ? null : Normalizer.normalize(title, Normalizer.Form.NFC);
  }

  private static String choose(Document doc, Metadata meta, String site, String hint) {
    String head = clean(titleElement(doc));
    String social = unescaped(clean(meta.meta("og:title", "twitter:title")));
    String ld = unescaped(clean(meta.jsonLd("headline")));
    String dc = unescaped(clean(meta.meta("dc.title", "title")));
    List<String> h1s = new ArrayList<>();
    List<String> headings = new ArrayList<>();
    // headings marked as the page's title, not only as some box's ("h2.widget-title")
    List<String> titled = new ArrayList<>();
    // a heading without the topic line leading it: a candidate when the page's titles agree with it
    List<String> unled = new ArrayList<>();
    // those of lesser headings than the main one
    List<String> unledMinor = new ArrayList<>();
    // headings in a part other than the article: a breadcrumb's last item may be the headline itself
    List<Element> outside = new ArrayList<>();
    // the whole texts of the article's headings: a heading outside that repeats one adds nothing
    Set<String> inside = new HashSet<>();
    List<Element> headingElements = doc.select(HEADINGS);
    for (Element h : headingElements) {
      if (PageRegions.outsideArticle(h)) {
        outside.add(h);
        continue;
      }
      String t = clean(headingText(h));
      if (t == null || t.length() > MAX_CHARS || isMasthead(h, t, site) || isHidden(h)) {
        continue;
      }
      inside.add(key(visibleText(h)));
      if (!headings.contains(t)) {
        headings.add(t);
        if (h.is(TITLED)) {
          titled.add(t);
        }
      }
      boolean main = h.normalName().equals("h1");
      if (main && !h1s.contains(t)) {
        h1s.add(t);
      }
      for (String rest : new String[] {clean(withoutLead(h)), clean(withoutSmall(h))}) {
        if (rest != null && !rest.equals(t) && !unled.contains(rest)) {
          unled.add(rest);
          if (!main) {
            unledMinor.add(rest);
          }
        }
      }
    }
    List<String> candidates = new ArrayList<>(headings);
    List<String> mainHeadings = new ArrayList<>(h1s);
    for (String u : unled) {
      if (!candidates.contains(u)) {
        candidates.add(u);
        if (!unledMinor.contains(u)) {
          mainHeadings.add(u);
        }
      }
    }
    List<String> minor = new ArrayList<>();
    for (Element h : headingElements) {
      if (h.childrenSize() < 2 || PageRegions.outsideArticle(h)) {
        continue;
      }
      for (Element part : h.children()) {
        // "<h2><span>Headline</span> <span>Quote</span></h2>": the headline may be one part of a heading
        String t = clean(visibleText(part));
        if (t != null && words(t) >= 2 && !candidates.contains(t) && !isHidden(part)) {
          candidates.add(t);
          minor.add(t);
        }
      }
    }
    // the article's lesser headings, in order
    List<Element> lesser = new ArrayList<>();
    for (Element h : doc.select(SUBHEADINGS)) {
      String t = clean(headingText(h));
      if (t == null || t.length() > MAX_CHARS || candidates.contains(t) || isHidden(h)) {
        continue;
      }
      if (PageRegions.outsideArticle(h)) {
        outside.add(h);
      } else {
        candidates.add(t);
        minor.add(t);
        lesser.add(h);
        inside.add(key(visibleText(h)));
      }
    }
    for (Element h : outside) {
      // outside the article only a heading that is one of the page's titles counts
      String t = clean(headingText(h));
      if (t == null || t.length() > MAX_CHARS || candidates.contains(t) || isMasthead(h, t, site) || isHidden(h)
          || inside.contains(key(visibleText(h)))) {
        continue;
      }
      candidates.add(t);
      minor.add(t);
      if (h.normalName().equals("h1")) {
        mainHeadings.add(t);
      }
    }
    String siteInTitle = head == null ? null : lastPart(head);
    String siteName = site;
    if (siteInTitle != null) {
      // "Headline | Site": a heading that is the site's part agrees with the title only by name
      candidates.removeIf(c -> sameText(c, siteInTitle) && !sameText(c, social == null ? "" : social)
          && !sameText(c, ld == null ? "" : ld));
      if (siteName == null && doc.body() != null
          && doc.body().getElementsByTag("h1").stream().anyMatch(h -> sameText(h.text(), siteInTitle))) {
        // the site's name as the page's main heading: the title's part that names it
        siteName = siteInTitle;
      }
    }
    if (head != null) {
      // "Site » Blog » Headline": a heading only in the parts of the title that name the site or a section names them
      String headKey = key(head);
      String kept = key(withoutSite(head, site));
      candidates.removeIf(c -> headKey.contains(key(c)) && !kept.contains(key(c))
          && !sameText(c, social == null ? "" : social) && !sameText(c, ld == null ? "" : ld));
    }
    String agreed = mostAgreed(candidates, mainHeadings, minor, clean(hint), social, ld, dc, head);
    if (agreed != null) {
      for (String c : new String[] {social, ld, head}) {
        // "Using defadvice" in the post, "Using Defadvice" in its heading and titles: the titles' writing
        if (c != null && !c.equals(agreed) && candidates.contains(c) && sameText(c, agreed)) {
          agreed = c;
          break;
        }
      }
      String cutKey = key(agreed) + " ";
      for (String c : candidates) {
        // "Headline: 10 tips" cut short from "Headline: 10 tips for the holidays", which a title writes whole
        if (c.length() > cutKey.length() && key(c).startsWith(cutKey) && !sameText(withoutSite(c, site), agreed)
            && Stream.of(social, ld, dc, head).anyMatch(o -> o != null && closelyAgrees(c, o))) {
          agreed = c;
          break;
        }
      }
      if (mainHeadings.contains(agreed) && (social != null || ld != null) && !written(agreed, site, social, ld, dc, head)) {
        // a main heading only part of a title ("Pensions" in "Pensions - when do they pay?") is a
        // section's name when a lesser heading is the Open Graph or JSON-LD headline itself
        for (String c : minor) {
          if ((social != null && sameText(c, social)) || (ld != null && sameText(c, ld))) {
            return c;
          }
        }
      }
      String shorter = withoutSite(agreed, site);
      if (!shorter.equals(agreed) && (sameText(shorter, social == null ? "" : social) || sameText(shorter, ld == null ? "" : ld))) {
        // "Headline | Site" in the heading itself, the page's own headline without the site
        return shorter;
      }
      return agreed;
    }
    if (clean(hint) != null) {
      return clean(hint);
    }
    if (h1s.size() == 1) {
      return continued(h1s.get(0), lesserTexts(lesser, site), head);
    }
    // many main headings are a list's or a slide show's, none the page's
    boolean listed = h1s.size() > MAX_MAIN_HEADINGS;
    for (String h : h1s) {
      if (words(h) >= 3 && !listed) {
        return h;
      }
    }
    for (String other : new String[] {social, ld}) {
      if (other != null && (site == null || !sameText(other, site))) {
        return withoutSite(other, site);
      }
    }
    if (!titled.isEmpty() && !(listed && h1s.contains(titled.get(0)) && head != null)) {
      return titled.get(0);
    }
    String classed = classedHeadline(doc);
    if (classed != null) {
      return classed;
    }
    List<String> firstLesser = lesserTexts(lesser, site);
    String worded = mostWordsOf(firstLesser, head);
    if (worded != null) {
      return withoutSite(worded, siteName);
    }
    boolean onlySite = head != null && DANGLING_SEPARATOR.matcher(head).find();
    if (head != null && !onlySite) {
      // a box's title ("Categories", "Latest posts") that no other title agrees with is less than the page's own
      return withoutSite(head, siteName);
    }
    if (!headings.isEmpty()) {
      return headings.get(0);
    }
    if (onlySite && !firstLesser.isEmpty()) {
      // "Site -": a title whose page part is empty names only the site; the article's first heading is the page's
      return firstLesser.get(0);
    }
    if (head != null) {
      return withoutSite(head, siteName);
    }
    return dc;
  }

  /**
   * The heading that most of the page's other titles agree with, or null when none agrees; a
   * {@code minor} heading must match one closely. A main heading ({@code h1}) that any agrees with
   * comes first; a feed's title outweighs all the page's own.
   */
  private static String mostAgreed(
      List<String> headings, List<String> h1s, List<String> minor, String hint, String... others) {
    List<String> distinct = new ArrayList<>();
    for (String o : others) {
      if (o != null && distinct.stream().noneMatch(d -> key(d).equals(key(o)))) {
        distinct.add(o);
      }
    }
    String best = null;
    int bestVotes = 0;
    for (String h : headings) {
      int votes = agrees(h, hint) ? 2 * MAIN_HEADING_VOTES : 0;
      for (String o : distinct) {
        if (minor.contains(h) ? closelyAgrees(h, o) : agrees(h, o)) {
          votes++;
        }
      }
      if (h1s.contains(h) && votes > 0) {
        votes += MAIN_HEADING_VOTES;
      }
      // of two main headings the titles agree with as much, the longer: the other is a section's name in the title
      boolean longerTie = votes == bestVotes && votes > MAIN_HEADING_VOTES && h1s.contains(best) && h1s.contains(h)
          && h.length() > best.length() && !key(h).contains(key(best));
      if (votes > bestVotes || longerTie) {
        best = h;
        bestVotes = votes;
      }
    }
    return best;
  }

  /** A heading's text without its kicker ("Climate: " before the headline proper) when it marks one. */
  private static String headingText(Element h) {
    if (h.childrenSize() == 0) {
      return visibleText(h);
    }
    Element kicker = null;
    for (Element c : h.children()) {
      if (KICKER.matcher(c.className()).matches()) {
        kicker = c;
        break;
      }
    }
    if (kicker == null) {
      Element proper = headlinePart(h);
      return proper != null ? visibleText(proper) : visibleText(h);
    }
    StringBuilder sb = new StringBuilder();
    for (Node n : h.childNodes()) {
      if (n == kicker) {
        continue;
      }
      if (n instanceof Element e && isHidden(e)) {
        continue;
      }
      sb.append(n instanceof Element e ? visibleText(e) : n instanceof TextNode t ? t.getWholeText() : "").append(' ');
    }
    String rest = LEADING_SEPARATOR.matcher(sb.toString().strip()).replaceFirst("");
    return rest.isBlank() ? visibleText(h) : rest;
  }

  /**
   * The text of the first element of the article classed as a headline ("article__headline",
   * "l-headline") that is no link to another page, or null: the headline of a page that marks it
   * up without a heading element.
   */
  private static String classedHeadline(Document doc) {
    if (doc.body() == null) {
      return null;
    }
    for (Element e : doc.body().getElementsByAttribute("class")) {
      if (!HEADLINE_BLOCK.matcher(e.className()).find() || e.closest("a") != null || isHidden(e)
          || PageRegions.outsideArticle(e)) {
        continue;
      }
      String t = clean(visibleText(e));
      if (t != null && words(t) >= 3 && t.length() <= MAX_CHARS) {
        return t;
      }
    }
    return null;
  }

  /** The texts of the article's lesser headings that do not name the site. */
  private static List<String> lesserTexts(List<Element> lesser, String site) {
    List<String> out = new ArrayList<>();
    for (Element h : lesser) {
      String t = clean(headingText(h));
      if (t != null && !isMasthead(h, t, site)) {
        out.add(t);
      }
    }
    return out;
  }

  /** Whether {@code heading} is one of the page's titles, or its <title> without the site's name. */
  private static boolean written(String heading, String site, String social, String ld, String dc, String head) {
    String k = key(heading);
    for (String o : new String[] {social, ld, dc, head}) {
      if (o != null && key(o).equals(k)) {
        return true;
      }
    }
    return head != null && key(withoutSite(head, site)).equals(k);
  }

  /**
   * The first of {@code headings} that goes on from {@code headline} past a dash or a colon with
   * words the title does not hold ("Vintage fire engines - part 49" in the main heading, "... - part
   * 49 – Büssing (1931 – 1945)" in a lesser one): a main heading of some words cut short; else {@code
   * headline}.
   */
  private static String continued(String headline, List<String> headings, String title) {
    if (words(headline) < 4) {
      return headline;
    }
    for (String h : headings) {
      if (h.length() > headline.length() && h.startsWith(headline)) {
        Matcher sep = CONTINUATION.matcher(h).region(headline.length(), h.length());
        if (sep.lookingAt() && (title == null || !key(title).contains(key(h.substring(sep.end()))))) {
          return h;
        }
      }
    }
    return headline;
  }

  /**
   * Of {@code headings}, the one whose words the title holds most of, if it holds three in four of
   * them and at least three ("New workshop building" in the title, "Design contest for the new
   * workshop building" in the heading), or null.
   */
  private static String mostWordsOf(List<String> headings, String title) {
    if (title == null) {
      return null;
    }
    Set<String> titleWords = new HashSet<>(List.of(WORD_BREAK.split(title.toLowerCase(Locale.ROOT))));
    String best = null;
    double bestShare = 0.75;
    for (String h : headings) {
      String[] ws = WORD_BREAK.split(h.toLowerCase(Locale.ROOT));
      long held = Arrays.stream(ws).filter(w -> !w.isEmpty() && titleWords.contains(w)).count();
      double share = (double) held / ws.length;
      if (held >= 3 && share >= bestShare && (best == null || share > bestShare)) {
        best = h;
        bestShare = share;
      }
    }
    return best;
  }

  /**
   * The part of a heading classed as the headline proper after a topic line in an element of its
   * own ("<span class=topic>Energy</span><span class=headline>Ministers agree</span>"), or null.
   */
  private static Element headlinePart(Element h) {
    for (int i = 1; i < h.childrenSize(); i++) {
      Element c = h.child(i);
      if (c.attributesSize() > 0 && HEADLINE_CLASS.matcher(c.className()).find() && words(visibleText(c)) >= 2) {
        for (int j = 0; j < i; j++) {
          if (!isHidden(h.child(j)) && !visibleText(h.child(j)).isBlank()) {
            return c;
          }
        }
        return null;
      }
    }
    return null;
  }

  /**
   * A heading's text after a short topic line leading it in an element of its own ("<span>Energy
   * policy</span> Ministers agree", "<small>Tunisia</small><br>Ministers agree"), or null when it has none.
   */
  private static String withoutLead(Element h) {
    Element outer = h;
    // the headline's text may sit in one element within the heading
    while (outer.childrenSize() == 1 && outer.textNodes().stream().allMatch(TextNode::isBlank)
        && !outer.child(0).normalName().equals("br")) {
      outer = outer.child(0);
    }
    Node first = null;
    for (Node n : outer.childNodes()) {
      boolean style = n instanceof Element e && (e.normalName().equals("style") || e.normalName().equals("script"));
      if (!(n instanceof TextNode t && t.isBlank()) && !style) {
        first = n;
        break;
      }
    }
    if (!(first instanceof Element lead) || lead.normalName().equals("a") || lead.normalName().equals("br")) {
      return null;
    }
    String leadText = visibleText(lead).strip();
    StringBuilder sb = new StringBuilder();
    for (Node n = lead.nextSibling(); n != null; n = n.nextSibling()) {
      if (n instanceof Element e && isHidden(e)) {
        continue;
      }
      sb.append(n instanceof Element e ? visibleText(e) : n instanceof TextNode t ? t.getWholeText() : "").append(' ');
    }
    String rest = LEADING_SEPARATOR.matcher(sb.toString().strip()).replaceFirst("");
    if (leadText.isEmpty() || words(rest) < 2 || (leadText.length() >= rest.length() && !leadText.endsWith(":"))) {
      return null;
    }
    return rest;
  }

  /**
   * The text of {@code e} as its reader sees it: with its soft hyphens (which {@link Element#text()}
   * drops), without the readings of a ruby annotation ({@code <rt>}, {@code <rp>}) above its
   * characters.
   */
  private static String visibleText(Element e) {
    if (e.getElementsByTag("rt").isEmpty() && e.getElementsByTag("rp").isEmpty() && e.wholeText().indexOf(SOFT_HYPHEN) < 0) {
      return e.text();
    }
    StringBuilder sb = new StringBuilder();
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node n, int depth) {
        if (n instanceof TextNode t) {
          sb.append(t.getWholeText());
        } else if (n instanceof Element el) {
          if (el.normalName().equals("rt") || el.normalName().equals("rp")) {
            return FilterResult.SKIP_ENTIRELY;
          }
          if (el.normalName().equals("br") || el.isBlock()) {
            sb.append(' ');
          }
        }
        return FilterResult.CONTINUE;
      }
    }, e);
    return WHITESPACE.matcher(sb).replaceAll(" ").strip();
  }

  /** The text of the page's {@code <title>}, also when a fault in the page has put it in the body. */
  private static String titleElement(Document doc) {
    String t = doc.title();
    if (!t.isBlank()) {
      return t;
    }
    for (Element e : doc.getElementsByTag("title")) {
      if (e.closest("svg") == null) {
        return e.text();
      }
    }
    return null;
  }

  /**
   * A heading's text without the side notes in {@code <small>} elements within it ("Headline
   * <small>Subtitle</small>", "Headline <small>date, section</small>"), or null when it has none.
   */
  private static String withoutSmall(Element h) {
    if (h.getElementsByTag("small").isEmpty()) {
      return null;
    }
    Element copy = h.clone();
    copy.getElementsByTag("small").remove();
    String rest = visibleText(copy);
    return words(rest) < 2 ? null : rest;
  }

  private static boolean isHidden(Element e) {
    String c = e.className().toLowerCase(Locale.ROOT);
    return c.contains("hidden") || c.contains("invisible") || c.contains("sr-only") || c.contains("screen-reader")
        || e.hasAttr("aria-hidden") || e.normalName().equals("style") || e.normalName().equals("script");
  }

  /** A heading that names the site: its name, or a link to the home page. */
  private static boolean isMasthead(Element h, String text, String site) {
    if ((site != null && sameText(text, site)) || DOMAIN.matcher(text).matches()) {
      return true;
    }
    Element a = h.selectFirst("a[href]");
    if (a != null && a.text().length() == h.text().length()) {
      String href = a.attr("href").strip();
      String abs = a.absUrl("href");
      return href.equals("/") || href.equals("./") || abs.matches("https?://[^/]+/?(index\\.\\w+)?");
    }
    return false;
  }

  /** Whether {@code heading} is {@code other} or a part of it long enough to be a headline. */
  private static boolean agrees(String heading, String other) {
    if (other == null) {
      return false;
    }
    String h = key(heading);
    String o = key(other);
    return h.equals(o) || (h.length() >= MIN_MATCH_CHARS && o.contains(h))
        || (o.length() >= MIN_MATCH_CHARS && h.startsWith(o) && o.length() * 3 >= h.length() * 2);
  }

  /**
   * Whether a lesser heading ({@code h2}) is {@code other} or its headline part: such headings
   * are many, and a short one is often only a word of the title.
   */
  private static boolean closelyAgrees(String heading, String other) {
    String h = key(heading);
    String o = key(other);
    return h.equals(o) || (o.contains(h) && h.length() * 3 >= o.length() * 2) || h.equals(key(withoutSite(other, null)))
        || (words(heading) >= 3 && h.equals(key(lastOf(other))));
  }

  private static boolean sameText(String a, String b) {
    return key(a).equals(key(b));
  }

  private static String key(String s) {
    // a heading set in two lines ("<span>Kicker</span> Headline") lacks the colon its title writes between them
    String t = QUOTES.matcher(s.toLowerCase(Locale.ROOT).replace(SOFT_HYPHEN, "").replace(':', ' ')).replaceAll("'");
    t = WHITESPACE.matcher(DASHES.matcher(t).replaceAll("-")).replaceAll(" ").strip();
    return SPACE_BEFORE_PUNCTUATION.matcher(t).replaceAll("$1");
  }

  /**
   * A title with the character references that a template escaped once more than its format asks
   * ("&amp;#8222;" in a meta element, "&#8222;" in JSON-LD) read.
   */
  private static String unescaped(String s) {
    return s == null || !ESCAPED.matcher(s).find() ? s : clean(Parser.unescapeEntities(s, false));
  }

  private static String clean(String s) {
    if (s == null) {
      return null;
    }
    String t = WHITESPACE.matcher(s.replace('\u00a0', ' ')).replaceAll(" ").strip();
    return t.isEmpty() ? null : t;
  }

  /**
   * "Headline | Section | Site", "Site - Headline": drops the parts that are the site's name, else a
   * short trailing part (or a short leading one before a much longer rest).
   */
  static String withoutSite(String t, String site) {
    List<int[]> parts = new ArrayList<>();
    Matcher m = SEPARATOR.matcher(t);
    int from = 0;
    while (m.find()) {
      if (m.start() > from) {
        parts.add(new int[] {from, m.start()});
      }
      from = m.end();
    }
    if (from < t.length()) {
      parts.add(new int[] {from, t.length()});
    }
    if (parts.size() < 2) {
      return t;
    }
    int first = 0;
    int last = parts.size() - 1;
    if (site != null) {
      String s = key(site);
      while (last > first && isSite(key(part(t, parts.get(last))), s)) {
        last--;
      }
      while (first < last && isSite(key(part(t, parts.get(first))), s)) {
        first++;
      }
    }
    boolean named = first > 0 || last < parts.size() - 1;
    // a domain name at either end names the site
    while (last > first && isDomain(part(t, parts.get(last)))) {
      last--;
    }
    while (first < last && isDomain(part(t, parts.get(first)))) {
      first++;
    }
    if (!named && first < last) {
      String lead = part(t, parts.get(first));
      String tail = part(t, parts.get(last));
      int all = parts.get(last)[1] - parts.get(first)[0];
      if (words(tail) <= 4 && tail.length() < all - tail.length()) {
        // "Headline - Section - Site": each short trailing part, not the end of a range ("14. - 20. January")
        do {
          last--;
        } while (first < last && words(part(t, parts.get(last))) <= 4 && !Character.isDigit(part(t, parts.get(last)).charAt(0))
            && part(t, parts.get(last)).length() * 2 < parts.get(last)[1] - parts.get(first)[0]);
      } else if (words(lead) <= 3 && all - lead.length() > lead.length() * 2) {
        // "Blog » Archive » Headline": each short leading part before a much longer rest
        do {
          first++;
        } while (first < last && words(part(t, parts.get(first))) <= 3
            && parts.get(last)[1] - parts.get(first + 1)[0] > part(t, parts.get(first)).length() * 2);
      }
    }
    return t.substring(parts.get(first)[0], parts.get(last)[1]).strip();
  }

  /** The part of a title after its last separator ("Site - News » Headline"), or the whole. */
  private static String lastOf(String t) {
    Matcher m = SEPARATOR.matcher(t);
    int end = 0;
    while (m.find()) {
      end = m.end();
    }
    return t.substring(end).strip();
  }

  /** The last of two or more parts of a title when it is the shorter ("Headline | Site"), or null. */
  private static String lastPart(String t) {
    Matcher m = SEPARATOR.matcher(t);
    int end = -1;
    while (m.find()) {
      if (m.start() > 0) {
        end = m.end();
      }
    }
    if (end < 0 || end >= t.length() || BREADCRUMB_MARK.matcher(t.substring(0, end)).find()) {
      return null;
    }
    // a site's name is shorter than the headline before it; a longer last part is the headline
    String last = t.substring(end).strip();
    return last.length() * 2 < t.length() ? last : null;
  }

  private static boolean isDomain(String part) {
    return DOMAIN.matcher(EDGE_MARKS.matcher(part).replaceAll("")).matches();
  }

  private static boolean isSite(String part, String site) {
    return part.equals(site) || (part.length() >= 3 && (site.contains(part) || part.contains(site)));
  }

  private static String part(String t, int[] range) {
    return t.substring(range[0], range[1]).strip();
  }

  private static int words(String s) {
    return s.isBlank() ? 0 : s.strip().split("\\s+").length;
  }

  /** True when a class list or itemprop holds "title" or "headline", in any case. */
  private static boolean namesHeadline(String value) {
    if (value.isEmpty()) {
      return false;
    }
    String v = value.toLowerCase(Locale.ROOT);
    return v.contains("title") || v.contains("headline");
  }
}
