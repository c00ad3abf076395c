package org.dyad.extract.html;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.dyad.extract.PageType;
import org.dyad.extract.text.Block;
import org.dyad.model.Paragraph;
import org.jsoup.nodes.Element;

/**
 * Tells an article from a page that only leads to others. An article has running prose; a
 * section front or a list of teasers has headline links and at most a blurb or two; an empty
 * shell (a page drawn by scripts) has neither.
 */
final class PageShape {
  /**
   * A paragraph of prose: at least this long (a full sentence of news, about fifteen words) and
   * with a sentence end. Most teaser blurbs and captions are shorter.
   */
  static final int PROSE_CHARS = 80;
  /** A link this many words long reads as a headline; menu links are a word or three. */
  static final int HEADLINE_WORDS = 4;
  /** A page with no prose and at least this many headline links is a list of them. */
  static final int LIST_LINKS = 5;
  /** A page with this many headline links and no more than {@link #FEW_PROSE} paragraphs is a front. */
  static final int FRONT_LINKS = 20;
  static final int FRONT_LINKS_PER_PARAGRAPH = 8;
  static final int FEW_PROSE = 2;
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?\u3002\u061f\u0964\"\u201d»)]\\s|[.!?\u3002\u061f\u0964\"\u201d»)]$");

  private PageShape() {}

  /** The number of headline-like links in {@code body}; counted before chrome is removed. */
  static int headlineLinks(Element body) {
    if (body == null) {
      return 0;
    }
    int n = 0;
    for (Element a : body.getElementsByTag("a")) {
      String t = a.text().strip();
      if (a.hasAttr("href") && !t.isEmpty() && words(t) >= HEADLINE_WORDS) {
        n++;
      }
    }
    return n;
  }

  private static int words(String t) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < t.length(); i++) {
      boolean space = Character.isWhitespace(t.charAt(i));
      if (!space && !in) {
        n++;
      }
      in = !space;
    }
    return n;
  }

  /** The "not an article" warning for a page of {@code links} headline links read as {@code blocks}, or null. */
  static String warning(List<Block> blocks, int links, boolean onlyTitle) {
    int prose = 0;
    int chars = 0;
    for (Block b : blocks) {
      chars += b.text().length();
      if (!onlyTitle && b.kind() == Paragraph.Kind.BODY && b.text().length() >= PROSE_CHARS
          && SENTENCE_END.matcher(b.text()).find()) {
        prose++;
      }
    }
    if (prose == 0 && links >= LIST_LINKS) {
      return PageType.NOT_AN_ARTICLE + "list of " + links + " links and no paragraph of prose";
    }
    if (prose == 0) {
      return PageType.NOT_AN_ARTICLE + String.format(Locale.ROOT,
          "empty shell, no paragraph of prose (%d characters of text)", chars);
    }
    if (prose <= FEW_PROSE && links >= FRONT_LINKS && links >= FRONT_LINKS_PER_PARAGRAPH * prose) {
      return PageType.NOT_AN_ARTICLE + "section front, " + links + " headline links and only " + prose
          + (prose == 1 ? " paragraph" : " paragraphs") + " of prose";
    }
    return null;
  }
}
