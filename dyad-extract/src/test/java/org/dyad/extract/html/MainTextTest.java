package org.dyad.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Collectors;
import org.dyad.extract.text.Block;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Which boxes of small invented pages are read as the article's text. */
class MainTextTest {
  private static final String BODY =
      "<p>The foreign ministers of both countries met in the capital on Monday and agreed to resume talks on the"
          + " disputed border, officials said after the meeting ended late in the evening.</p>"
          + "<p>Talks had stalled for two years after a clash between patrols left several soldiers injured on"
          + " both sides, and trade between the neighbours fell by a third.</p>"
          + "<p>A first round is planned for next month in a neutral city, the ministry of foreign affairs said in a"
          + " statement published on its website on Tuesday morning.</p>";
  private static final String SIDEBAR =
      "<div class='sidebar'><h3>Most read</h3><ul><li><a href='/a'>Storm hits the coast overnight</a></li>"
          + "<li><a href='/b'>Markets fall on rate fears</a></li></ul></div>";

  private static String read(String html) {
    return new MainText().read(Jsoup.parse(html).body(), null).stream().map(Block::text).collect(Collectors.joining("\n"));
  }

  @Test
  void aLeadBeforeTheTextContainerIsReadFirst() {
    String text = read("<html><body><article><div class='article-header'><h1>Talks resume</h1>"
        + "<div class='article-intro'><p>Neighbours agree to talk again after two years.</p></div></div>"
        + "<div class='article-body'>" + BODY + "</div></article>" + SIDEBAR + "</body></html>");
    assertTrue(text.startsWith("Neighbours agree to talk again after two years."), text);
    assertTrue(text.contains("A first round is planned"), text);
    assertFalse(text.contains("Storm hits"), text);
  }

  @Test
  void aLeadThatIsALinkListIsNotRead() {
    String text = read("<html><body><article><div class='intro'><a href='/x'>Read our full coverage of the border talks here</a>"
        + "</div><div class='article-body'>" + BODY + "</div></article></body></html>");
    assertFalse(text.contains("full coverage"), text);
  }

  @Test
  void aModifierNamesWhatABoxHoldsNotWhatItIs() {
    String text = read("<html><body><section class='o-section o-section--has-ads'><div class='copy'>" + BODY
        + "</div></section><div class='ad-slot'>Advertisement text from a sponsor that is long enough to count</div>"
        + "</body></html>");
    assertTrue(text.contains("The foreign ministers"), text);
    assertFalse(text.contains("Advertisement"), text);
  }

  @Test
  void aTeaserBoxIsChromeOnlyWhenItLinksElsewhere() {
    String text = read("<html><body><div class='story'><div class='teaser-text'><p>Neighbours agree to talk again after"
        + " two years of silence on the border.</p></div>" + BODY + "<div class='teaser'><p><a href='/c'>Markets fall on rate"
        + " fears as investors wait</a></p></div></div></body></html>");
    assertTrue(text.contains("Neighbours agree to talk again"), text);
    assertFalse(text.contains("Markets fall"), text);
  }

  @Test
  void aWidgetHoldingThePostsTextIsNotChrome() {
    String text = read("<html><body><div class='main'><div class='widget Blog'><h2>Talks resume</h2>"
        + "<div class='post-body entry-content'>" + BODY + "</div></div></div>"
        + "<div class='sidebar'><div class='widget HTML'><p>Subscribe to this blog by e-mail and never miss a post from us"
        + " again.</p></div></div></body></html>");
    assertTrue(text.contains("The foreign ministers"), text);
    assertFalse(text.contains("Subscribe"), text);
  }

  @Test
  void aLeadNamedBoxThatHoldsTheTextIsNotReadTwice() {
    String text = read("<html><body><div class='page'><div class='summary-box'><div class='article-body'>" + BODY
        + "</div></div></div></body></html>");
    assertEquals(text.indexOf("The foreign ministers"), text.lastIndexOf("The foreign ministers"), text);
  }

  @Test
  void anArticleHeaderWithASubtitleKeepsIt() {
    String text = read("<html><body><header class='site'><a href='/'>The Courier</a></header><article><header>"
        + "<h1>Talks resume</h1><h2 class='article-subtitle'>Neighbours agree to talk again after two years</h2></header>"
        + "<div class='article-body'>" + BODY + "</div></article></body></html>");
    assertTrue(text.startsWith("Neighbours agree to talk again after two years"), text);
    assertFalse(text.contains("The Courier"), text);
  }
}
