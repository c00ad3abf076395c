package org.dyad.extract.html;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Tells the parts of a page that are not its article (comments, sidebars, teasers of other
 * articles, navigation) by their elements' names and their class and id words. The page's {@code
 * body} and {@code html} are not looked at: their classes describe the layout ("has-sidebar",
 * "single-author"), not a part of it; nor is a part so named that holds the page's {@code h1}, nor
 * an {@code aside} within an article (its box of date and authors).
 */
public final class PageRegions {
  private static final Pattern OTHER_WORD =
      Pattern.compile("(?i)^(?:comments?|commentlist|related|sidebar|teaser|recommended|more-stories)(?:[-_].*)?$"
          + "|^.*[-_](?:comments?|commentlist|related|teaser)$|^(?:comment|related)\\w+$|^aside(?:-blocs?|-block|-box)?$");
  private static final Pattern LAYOUT_WORD = Pattern.compile("(?i)^(?:(?:has|with|no|left|right|one|two|three)[-_].*sidebar.*|sidebar[-_](?:left|right))$");
  private static final Pattern SPACE = Pattern.compile("\\s+");
  private static final List<String> STEMS = List.of("comment", "related", "sidebar", "teaser", "recommended", "more-stories", "aside");
  private static final Evaluator ARTICLE = QueryParser.parse("article");
  private static final Evaluator MAIN_HEADING = QueryParser.parse("h1");
  private static final Set<String> OTHER_TAGS = Set.of("aside", "nav");

  private PageRegions() {}

  /** Whether {@code e} or one of its ancestors below {@code body} is a part other than the article. */
  public static boolean outsideArticle(Element e) {
    return outsideArticle(e, false);
  }

  /**
   * As {@link #outsideArticle(Element)}, but with {@code teasersIn} a part named a teaser counts as
   * the article's: some pages so name the box of the headline's byline.
   */
  public static boolean outsideArticle(Element e, boolean teasersIn) {
    for (Element p = e; p != null && !p.normalName().equals("body") && !p.normalName().equals("html"); p = p.parent()) {
      if (OTHER_TAGS.contains(p.normalName()) || "navigation".equals(p.attr("role"))) {
        // an aside of an article is its own: a box of its date and authors
        if (!(p.normalName().equals("aside") && p.parent() != null && p.parent().closest(ARTICLE) != null)) {
          return true;
        }
        continue;
      }
      if (p.attributesSize() == 0) {
        continue;
      }
      String names = (p.className() + " " + p.id()).strip();
      if (names.isEmpty() || !mayName(names.toLowerCase(Locale.ROOT))) {
        continue;
      }
      // a "sidebar" that holds the page's main heading is the layout's main column
      if (namesOtherPart(names, teasersIn) && p.selectFirst(MAIN_HEADING) == null) {
        return true;
      }
    }
    return false;
  }

  private static boolean namesOtherPart(String names, boolean teasersIn) {
    for (String w : SPACE.split(names)) {
      if (OTHER_WORD.matcher(w).matches() && !isLayout(w) && !(teasersIn && w.toLowerCase(Locale.ROOT).contains("teaser"))) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code names} holds a word any of whose forms {@link #OTHER_WORD} matches: a quick test first. */
  private static boolean mayName(String names) {
    for (String stem : STEMS) {
      if (names.contains(stem)) {
        return true;
      }
    }
    return false;
  }

  /** "right-sidebar", "sidebar-left", "has-sidebar": a layout's name, not the sidebar itself. */
  private static boolean isLayout(String w) {
    return LAYOUT_WORD.matcher(w).matches();
  }
}
