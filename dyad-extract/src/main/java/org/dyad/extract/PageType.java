package org.dyad.extract;

import org.dyad.model.Article;

/**
 * Whether a page is an article or something else (a section front, a list of teasers, an empty
 * shell). The extract stage says a page is not an article with a warning that starts with
 * {@link #NOT_AN_ARTICLE}, as the article record has no field for it; this is its one reader.
 */
public enum PageType {
  ARTICLE("article"),
  OTHER("other");

  /** How the warning saying that a page is not an article begins. */
  public static final String NOT_AN_ARTICLE = "not an article: ";

  private final String label;

  PageType(String label) {
    this.label = label;
  }

  /** The type of the page {@code article} was read from. */
  public static PageType of(Article article) {
    for (String w : article.warnings()) {
      if (w.startsWith(NOT_AN_ARTICLE)) {
        return OTHER;
      }
    }
    return ARTICLE;
  }

  /** The name in JSON output. */
  public String label() {
    return label;
  }
}
