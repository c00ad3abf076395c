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
    return read(html, null);
  }

  private static String read(String html, String title) {
    return new MainText().read(Jsoup.parse(html).body(), title).stream().map(Block::text).collect(Collectors.joining("\n"));
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

  @Test
  void anUnclassedSubtitleUnderTheHeadlineIsRead() {
    String text = read("<html><body><article><header><hgroup><h3>Capital</h3><h1>Talks resume</h1>"
        + "<h2>Neighbours agree to talk again after two years of silence on the border</h2></hgroup></header>"
        + "<div class='grid'><div class='meta'><span>By Ann Smith</span></div><div class='copy'>" + BODY
        + "</div></div></article></body></html>", "Talks resume");
    assertTrue(text.startsWith("Neighbours agree to talk again"), text);
  }

  @Test
  void aParagraphUnderTheHeadlinePastItsBylineIsRead() {
    String text = read("<html><body><div id='page'><div class='top'><h1>Talks resume</h1><div>By Ann Smith</div>"
        + "<div>12 May 2020</div><div><p>Neighbours agree to talk again after two years of silence on the border.</p></div>"
        + "</div><div class='wrap'><div class='copy'>" + BODY + "</div></div></div></body></html>", "Talks resume");
    assertTrue(text.startsWith("Neighbours agree to talk again"), text);
    assertFalse(text.contains("Ann Smith"), text);
  }

  @Test
  void aStandfirstIsLookedForOnlyUnderTheHeadline() {
    String text = read("<html><body><div id='page'><div class='top'><h1>The Courier</h1>"
        + "<p>News from the capital and the regions, every day since eighteen ninety</p></div>"
        + "<div class='wrap'><div class='copy'><h2>Talks resume</h2>" + BODY + "</div></div></div></body></html>",
        "Talks resume");
    assertFalse(text.contains("News from the capital"), text);
  }

  @Test
  void aLinkUnderTheHeadlineIsNoStandfirst() {
    String text = read("<html><body><div id='page'><div class='top'><h1>Talks resume</h1>"
        + "<p><a href='/live'>Follow the talks on our live page with all the latest updates</a></p>"
        + "<p>Neighbours agree to talk again after two years of silence on the border.</p></div>"
        + "<div class='wrap'><div class='copy'>" + BODY + "</div></div></div></body></html>", "Talks resume");
    assertFalse(text.contains("live page"), text);
    assertFalse(text.contains("Neighbours agree"), text);
  }

  @Test
  void aLinkedItemOfAListThatLinksLittleStays() {
    String text = read("<html><body><article><div class='recipe'>" + BODY + "<h3>Ingredients</h3><ul>"
        + "<li>250 g flour</li><li>2 eggs, beaten</li><li>100 ml milk</li><li><a href='/vanilla'>vanilla sugar</a></li>"
        + "</ul><h3>Most read</h3><ul><li><a href='/a'>Storm hits the coast overnight</a></li>"
        + "<li><a href='/b'>Markets fall on rate fears</a></li></ul></div></article></body></html>");
    assertTrue(text.contains("vanilla sugar"), text);
    assertTrue(text.contains("2 eggs, beaten"), text);
    assertFalse(text.contains("Storm hits"), text);
    assertFalse(text.contains("Most read"), text);
  }

  @Test
  void aPictureViewerLaidOverThePageIsChrome() {
    String text = read("<html><body><div class='gallery'><div class='lightbox'>"
        + "<p>You have rated this picture already, thank you very much.</p><p>Log in to rate this picture and many more.</p>"
        + "<p>You have rated this picture already, thank you very much.</p></div></div><article><div class='copy'>" + BODY
        + "</div></article></body></html>");
    assertFalse(text.contains("rated this picture"), text);
    assertTrue(text.contains("The foreign ministers"), text);
  }

  @Test
  void aNoscriptHoldingThePageIsRead() {
    String text = read("<html><body><noscript><div id='page'><div class='copy'>" + BODY + "</div></div></noscript>"
        + "<noscript><p>Please turn on JavaScript to see the comments under this article.</p></noscript></body></html>");
    assertTrue(text.contains("The foreign ministers"), text);
    assertFalse(text.contains("JavaScript"), text);
  }
}
