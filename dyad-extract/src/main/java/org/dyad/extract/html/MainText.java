package org.dyad.extract.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.dyad.extract.text.Block;
import org.dyad.extract.text.Boilerplate;
import org.dyad.model.Paragraph;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Finds an HTML page's article text. Chrome (navigation, sharing, comments, asides) is dropped
 * first; each run of prose then credits its container and, by half, the container's parent; the
 * best-scored container grows to the ancestors that hold much more prose, and it and those of its
 * siblings that hold prose too are read block by block, after the boxes before it named as the
 * article's lead (see {@link ClassWords#LEAD}). Blocks that are link lists, prompts,
 * credits or dates alone are left out, and so is a heading over them.
 */
final class MainText {
  /** Elements that are never article text, by tag. */
  private static final Set<String> DROP_TAGS = Set.of("script", "style", "figcaption", "noscript", "template", "iframe", "svg",
      "canvas", "nav", "footer", "button", "select", "input", "amp-lightbox", "textarea", "label", "menu", "dialog");
  /** Landmark roles that are never article text. */
  private static final Set<String> DROP_ROLES = Set.of("navigation", "contentinfo", "complementary", "menu", "dialog", "search");
  /**
   * What is dropped before reading: {@link #DROP_TAGS}, hidden elements ({@code hidden},
   * {@code aria-hidden=true}) and {@link #DROP_ROLES}; tested by tag first, as most elements have no
   * attributes to look at.
   */
  private static final Evaluator DROP = new Evaluator() {
    @Override
    public boolean matches(Element root, Element e) {
      if (DROP_TAGS.contains(e.normalName())) {
        return true;
      }
      if (e.attributesSize() == 0) {
        return false;
      }
      return e.hasAttr("hidden") || "true".equalsIgnoreCase(e.attr("aria-hidden").trim())
          || e.hasAttr("role") && DROP_ROLES.contains(e.attr("role").trim().toLowerCase(java.util.Locale.ROOT));
    }
  };
  private static final Evaluator ARTICLE_TEMPLATE =
      QueryParser.parse("[itemprop=articleBody] > script[type=text/template], .post-body > script[type=text/template]");
  private static final Evaluator LINK = QueryParser.parse("a[href]");
  private static final Evaluator HIDDEN_BY_STYLE = QueryParser.parse("[style~=display:\\s*none]");
  private static final Evaluator ARTICLE = QueryParser.parse("article, main, [itemprop=articleBody]");
  /** The classes blog and news platforms give the element that holds a post's text itself. */
  private static final Evaluator ARTICLE_TEXT =
      QueryParser.parse(".entry-content, .post-body, .post-content, .article-body, .article-content, .articlebody, .storycontent");
  private static final Set<String> BLOCK_TAGS =
      Set.of("p", "div", "section", "article", "main", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4",
          "h5", "h6", "blockquote", "pre", "table", "tr", "td", "th", "tbody", "thead", "tfoot", "caption", "figure",
          "figcaption", "header", "footer", "address", "center", "hr", "br", "form", "fieldset", "details", "summary");
  private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
  private static final Set<String> LISTS = Set.of("ul", "ol", "dl", "table");
  private static final Set<String> PARAGRAPHS = Set.of("p", "pre", "blockquote", "h2", "h3", "h4", "h5", "h6", "li", "dd");
  /** Runs of prose shorter than this are not counted for their container. */
  private static final int MIN_PROSE = 25;
  /** A page whose chosen text is shorter than this is read whole instead. */
  private static final int MIN_TEXT = 250;
  /** A chrome-classed element holding more than this share of the page's text is kept. */
  private static final double CHROME_MAX_SHARE = 0.5;
  private static final double MAX_LINK_DENSITY = 0.5;
  private static final double CLIMB = 1.6;
  /** A lead is looked for this many levels above the article's container. */
  private static final int LEAD_LEVELS = 5;
  /** A lead is a paragraph or two; a longer box so named is something else. */
  private static final int MAX_LEAD = 1500;
  private static final Pattern SPACE = Pattern.compile("\\s+");

  /** The article's blocks; {@code title} is left out when a heading repeats it. */
  List<Block> read(Element body, String title) {
    if (body == null) {
      return List.of();
    }
    for (Element t : body.select(ARTICLE_TEMPLATE)) {
      // some blog platforms ship the post's body as a template the page's script writes out
      t.after(t.data());
      t.remove();
    }
    int pageText = -1;
    for (Element n : body.getElementsByTag("noscript")) {
      // a page drawn by scripts may give its whole text to readers without them: that is the page
      if (n.parent() != null && n.hasText()) {
        pageText = pageText < 0 ? body.text().length() : pageText;
        if (n.text().length() * 2 > pageText) {
          n.unwrap();
        }
      }
    }
    body.select(DROP).remove();
    for (Element h : body.select(HIDDEN_BY_STYLE)) {
      // hidden outside the article: a consent dialog's details, a shop's modal; hidden within it, text a
      // script or a paywall reveals
      if (h.parent() != null && h.closest(ARTICLE) == null) {
        h.remove();
      }
    }
    dropPageHeaders(body, title);
    dropChrome(body);
    Map<Element, Double> own = new IdentityHashMap<>();
    Map<Element, Double> scores = score(body, own);
    Element best = climb(best(body, scores), mass(body, own), body);
    List<Block> blocks =
        best == null ? List.of() : emit(withLead(best, withSiblings(best, scores), body, title), title);
    if (length(blocks) < MIN_TEXT) {
      List<Block> whole = emit(List.of(body), title);
      if (length(whole) > length(blocks)) {
        return whole;
      }
    }
    return blocks;
  }

  // A page header holds the site's name and menus; an article's own header its title, which is
  // kept apart, unless it carries a lead paragraph, a box named as the lead or a subtitle under the
  // headline.
  private static void dropPageHeaders(Element body, String title) {
    for (Element h : body.getElementsByTag("header")) {
      if (h.parent() != null && h.getElementsByTag("p").isEmpty() && !holdsLead(h) && !holdsStandfirst(h, title)) {
        h.remove();
      }
    }
  }

  private static boolean holdsStandfirst(Element header, String title) {
    Standfirst s = new Standfirst(title);
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (s.done) {
              return FilterResult.STOP;
            }
            return node instanceof Element e && e != header && s.offer(e)
                ? FilterResult.SKIP_ENTIRELY
                : FilterResult.CONTINUE;
          }
        },
        header);
    return s.found != null;
  }

  private static boolean holdsLead(Element header) {
    for (Element e : header.getAllElements()) {
      if (e != header && ClassWords.LEAD.matches(e)) {
        return true;
      }
    }
    return false;
  }

  private static void dropChrome(Element body) {
    int total = Math.max(1, body.text().length());
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof Element e && e != body && isChrome(e, total)) {
              return FilterResult.REMOVE;
            }
            return FilterResult.CONTINUE;
          }
        },
        body);
  }

  private static boolean isChrome(Element e, int total) {
    return (e.normalName().equals("aside") || ClassWords.CHROME.matches(e)
            || (ClassWords.LINK_BOX.matches(e) && e.selectFirst(LINK) != null))
        && !ClassWords.CONTENT.matches(e)
        && !e.is(ARTICLE)
        && e.selectFirst(ARTICLE) == null
        && e.selectFirst(ARTICLE_TEXT) == null
        && e.text().length() < total * CHROME_MAX_SHARE;
  }

  private static Map<Element, Double> score(Element body, Map<Element, Double> own) {
    Map<Element, Double> scores = new IdentityHashMap<>();
    for (Element e : body.getAllElements()) {
      String tag = e.normalName();
      boolean paragraph = PARAGRAPHS.contains(tag);
      int[] text = paragraph ? textAndLinks(e) : inlineTextAndLinks(e);
      if (text[0] < MIN_PROSE) {
        continue;
      }
      double weight = text[0] * (1 - (double) text[1] / text[0]);
      own.merge(e, weight, Double::sum);
      Element first = paragraph ? e.parent() : e;
      if (first == null) {
        continue;
      }
      scores.merge(first, weight, Double::sum);
      if (first.parent() != null && first != body) {
        scores.merge(first.parent(), weight / 2, Double::sum);
      }
    }
    return scores;
  }

  /** The prose weight of each element's whole subtree, summed bottom-up in one pass. */
  private static Map<Element, Double> mass(Element body, Map<Element, Double> own) {
    Map<Element, Double> mass = new IdentityHashMap<>();
    NodeTraversor.traverse(
        new org.jsoup.select.NodeVisitor() {
          @Override
          public void head(Node node, int depth) {}

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element e) {
              double m = mass.getOrDefault(e, 0.0) + own.getOrDefault(e, 0.0);
              mass.put(e, m);
              if (e != body && e.parent() != null) {
                mass.merge(e.parent(), m, Double::sum);
              }
            }
          }
        },
        body);
    return mass;
  }

  // Text spread over several containers: move up while the parent holds much more prose than
  // the container alone, as the rest is then the article's too.
  // Text spread over several containers (sections, a lead outside the body): move up to each
  // ancestor that holds much more prose than the container chosen so far, as the rest is then the
  // article's too; an ancestor that adds little (a wrapper, a teaser box) is passed over, not a stop.
  private static Element climb(Element best, Map<Element, Double> mass, Element body) {
    Element cur = best;
    for (Element anc = best == null ? null : best.parent(); anc != null && anc != body; anc = anc.parent()) {
      if (mass.getOrDefault(anc, 0.0) > CLIMB * mass.getOrDefault(cur, 0.0)) {
        cur = anc;
      }
    }
    return cur;
  }

  /** The best-scored container; of two scored alike, the first in the page, so that a page reads the same each time. */
  private static Element best(Element body, Map<Element, Double> scores) {
    Element best = null;
    double top = 0;
    for (Element e : body.getAllElements()) {
      Double score = scores.get(e);
      if (score == null) {
        continue;
      }
      double v = score;
      if (ClassWords.CONTENT.matches(e) || e.is(ARTICLE)) {
        v *= 1.25;
      }
      if (v > top) {
        top = v;
        best = e;
      }
    }
    return best;
  }


  // Articles split into sections or with a lead outside the main container.
  private static List<Element> withSiblings(Element best, Map<Element, Double> scores) {
    Element parent = best.parent();
    if (parent == null || best.normalName().equals("body")) {
      return List.of(best);
    }
    double floor = Math.max(20, scores.getOrDefault(best, 0.0) * 0.2);
    List<Element> out = new ArrayList<>();
    for (Element s : parent.children()) {
      if (s == best || scores.getOrDefault(s, 0.0) >= floor) {
        out.add(s);
      } else if (s.normalName().equals("p")) {
        int[] t = textAndLinks(s);
        if (t[0] > 80 && t[1] < t[0] / 4) {
          out.add(s);
        }
      }
    }
    return out;
  }

  /**
   * {@code roots} after the article's leads: the boxes named as one (see {@link ClassWords#LEAD})
   * that come before {@code best} within a few levels above it and are not read already.
   */
  private static List<Element> withLead(Element best, List<Element> roots, Element body, String title) {
    Element scope = best;
    for (int i = 0; i < LEAD_LEVELS && scope.parent() != null && scope.parent() != body; i++) {
      scope = scope.parent();
    }
    if (scope == best) {
      return roots;
    }
    Set<Element> read = Collections.newSetFromMap(new IdentityHashMap<>());
    read.addAll(roots);
    // the container's ancestors up to the scope hold it: walked into, never taken as a lead
    Set<Element> holders = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element p = best.parent(); p != null && p != scope.parent(); p = p.parent()) {
      holders.add(p);
    }
    List<Element> out = new ArrayList<>();
    Standfirst standfirst = new Standfirst(title);
    // one walk up to the container, skipping what is read already and what is taken as a lead
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node == best) {
              return FilterResult.STOP;
            }
            if (!(node instanceof Element e) || holders.contains(e)) {
              return FilterResult.CONTINUE;
            }
            if (read.contains(e)) {
              return FilterResult.SKIP_ENTIRELY;
            }
            if (ClassWords.LEAD.matches(e)) {
              // a box so named that is no lead (too long, a list of links) holds none either
              if (isLead(e)) {
                out.add(e);
                standfirst.done = true;
              }
              return FilterResult.SKIP_ENTIRELY;
            }
            if (standfirst.offer(e)) {
              if (standfirst.found == e) {
                out.add(e);
              }
              return FilterResult.SKIP_ENTIRELY;
            }
            return FilterResult.CONTINUE;
          }
        },
        scope);
    if (out.isEmpty()) {
      return roots;
    }
    out.addAll(roots);
    return out;
  }

  private static boolean isLead(Element e) {
    int[] t = textAndLinks(e);
    return t[0] >= MIN_PROSE && t[0] <= MAX_LEAD && t[1] * 4 < t[0] && e.selectFirst(ARTICLE_TEXT) == null;
  }

  /**
   * Looks, in a walk in document order, for the standfirst: the first block of prose under the
   * page's headline (the {@code h1} that is its title) that no class names as the lead, such as a
   * subtitle in an {@code h2} or an unclassed paragraph. A few short blocks (a date, a byline, a
   * category) may come between; a longer one that is no standfirst (a list of links) ends the search.
   */
  private static final class Standfirst {
    /** A block shorter than this is a date, a byline or a label, passed over. */
    private static final int MIN_CHARS = 40;
    /** How many short blocks may come between the headline and its standfirst. */
    private static final int MAX_PASSED = 4;
    private final String title;
    private boolean afterHeadline;
    private int passed;
    boolean done;
    Element found;

    Standfirst(String title) {
      this.title = title == null ? null : SPACE.matcher(title).replaceAll(" ").strip();
    }

    /** Whether the walk should not enter {@code e}: the headline, or a block judged. */
    boolean offer(Element e) {
      if (done || title == null || title.isEmpty()) {
        return false;
      }
      if (e.normalName().equals("h1")) {
        if (isHeadline(e)) {
          afterHeadline = true;
          return true;
        }
        return false;
      }
      if (!afterHeadline || !isTextBlock(e)) {
        return false;
      }
      int[] t = textAndLinks(e);
      if (t[0] == 0) {
        return false;
      }
      if (t[0] < MIN_CHARS) {
        done = ++passed > MAX_PASSED;
        return true;
      }
      done = true;
      if (t[0] <= MAX_LEAD && t[1] * 4 < t[0] && !Boilerplate.isChromeLine(e.text())) {
        found = e;
      }
      return true;
    }

    private boolean isHeadline(Element h1) {
      String h = SPACE.matcher(h1.text()).replaceAll(" ").strip();
      return !h.isEmpty() && (h.equals(title) || (h.length() >= 10 && (title.contains(h) || h.contains(title))));
    }

    /** A paragraph or heading, or a box that holds text but no block of its own. */
    private static boolean isTextBlock(Element e) {
      String tag = e.normalName();
      if (tag.equals("p") || (HEADINGS.contains(tag) && !tag.equals("h1"))) {
        return true;
      }
      if (!tag.equals("div") && !tag.equals("span")) {
        return false;
      }
      for (Element c : e.children()) {
        if (BLOCK_TAGS.contains(c.normalName())) {
          return false;
        }
      }
      return e.hasText();
    }
  }

  private static boolean isLinkDense(Element e) {
    int[] t = textAndLinks(e);
    return t[1] > t[0] * MAX_LINK_DENSITY;
  }

  /** Length and linked length of all of {@code e}'s text. */
  private static int[] textAndLinks(Element e) {
    int linked = 0;
    for (Element a : e.getElementsByTag("a")) {
      linked += a.text().length();
    }
    return new int[] {e.text().length(), linked};
  }

  /** Length and linked length of the text {@code e} holds itself, outside its block children. */
  private static int[] inlineTextAndLinks(Element e) {
    int len = 0;
    int linked = 0;
    for (Node n : e.childNodes()) {
      if (n instanceof TextNode t) {
        len += t.text().strip().length();
      } else if (n instanceof Element c && !BLOCK_TAGS.contains(c.normalName())) {
        int[] t = textAndLinks(c);
        len += t[0];
        linked += c.normalName().equals("a") ? t[0] : t[1];
      }
    }
    return new int[] {len, Math.min(len, linked)};
  }

  private static List<Block> emit(List<Element> roots, String title) {
    BlockCollector c = new BlockCollector(title);
    for (Element r : roots) {
      NodeTraversor.traverse(c, r);
      c.flush();
    }
    return c.blocks();
  }

  private static int length(List<Block> blocks) {
    int n = 0;
    for (Block b : blocks) {
      n += b.text().length();
    }
    return n;
  }

  /** Walks a subtree, cutting its text into blocks at block elements and line breaks. */
  private static final class BlockCollector implements org.jsoup.select.NodeVisitor {
    private final String title;
    private final List<Block> blocks = new ArrayList<>();
    private final StringBuilder buf = new StringBuilder();
    private int linked;
    private int inLink;
    private int inHeading;
    private boolean heading;
    private boolean inItem;
    /**
     * The share of linked text of each list and table the walk is in, innermost first: an item is
     * judged by its list, so that a linked ingredient of a recipe stays and a menu goes.
     */
    private final Deque<Element> lists = new ArrayDeque<>();
    private final Map<Element, Boolean> linkDenseLists = new IdentityHashMap<>();

    BlockCollector(String title) {
      this.title = title;
    }

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode t) {
        String s = t.text();
        buf.append(s);
        if (inLink > 0) {
          linked += s.strip().length();
        }
        if (inHeading > 0 && !s.isBlank()) {
          heading = true;
        }
      } else if (node instanceof Element e) {
        String tag = e.normalName();
        if (BLOCK_TAGS.contains(tag)) {
          flush();
        }
        if (tag.equals("a")) {
          inLink++;
        } else if (HEADINGS.contains(tag)) {
          inHeading++;
        } else if (tag.equals("li")) {
          inItem = true;
        } else if (LISTS.contains(tag)) {
          lists.push(e);
        }
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element e) {
        String tag = e.normalName();
        if (tag.equals("a")) {
          inLink--;
        } else if (HEADINGS.contains(tag)) {
          inHeading--;
        }
        if (BLOCK_TAGS.contains(tag)) {
          flush();
          if (tag.equals("li")) {
            inItem = false;
          } else if (LISTS.contains(tag)) {
            lists.pop();
          }
        }
      }
    }

    void flush() {
      String text = SPACE.matcher(buf.toString().replace('\u00a0', ' ')).replaceAll(" ").strip();
      int links = linked;
      boolean isHeading = heading;
      boolean item = inItem;
      buf.setLength(0);
      linked = 0;
      heading = false;
      if (text.isEmpty()) {
        return;
      }
      if (Boilerplate.isRelatedLink(text) || Boilerplate.isPrompt(text) || Boilerplate.isFooter(text)
          || Boilerplate.isChromeLine(text)) {
        dropped();
        return;
      }
      // a linked line of a list that links little (a recipe's ingredients, a table of facts) stays
      boolean linkDense = (double) links / text.length() > MAX_LINK_DENSITY
          && (lists.isEmpty() || linkDenseLists.computeIfAbsent(lists.peek(), MainText::isLinkDense));
      if (linkDense && (item || isHeading || text.length() < 300)) {
        dropped();
        return;
      }
      if (isHeading && text.equals(title)) {
        return;
      }
      blocks.add(new Block(text, isHeading ? Paragraph.Kind.HEADING : Paragraph.Kind.BODY));
    }

    /** A heading over chrome (a list of links, a prompt) is chrome too. */
    private void dropped() {
      if (!blocks.isEmpty() && isLead(blocks.get(blocks.size() - 1))) {
        blocks.remove(blocks.size() - 1);
      }
    }

    private static boolean isLead(Block b) {
      return b.kind() == Paragraph.Kind.HEADING || (b.text().length() < 60 && b.text().endsWith(":"));
    }

    /** The blocks read, without the headings left at the end with nothing under them. */
    List<Block> blocks() {
      while (!blocks.isEmpty() && isLead(blocks.get(blocks.size() - 1))) {
        blocks.remove(blocks.size() - 1);
      }
      return blocks;
    }
  }
}
