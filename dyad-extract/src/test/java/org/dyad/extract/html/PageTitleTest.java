package org.dyad.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** How the site's parts are cut from a page's title. */
class PageTitleTest {
  @Test
  void aDomainNameAtEitherEndIsTheSite() {
    assertEquals("Anna Berg", PageTitle.withoutSite("studio-example.de // » Anna Berg", null));
    assertEquals("Border talks resume after two years", PageTitle.withoutSite("Border talks resume after two years - courier.example.com", null));
  }

  @Test
  void shortLeadingPartsBeforeALongHeadlineGo() {
    assertEquals("Why small integers are cached in Python",
        PageTitle.withoutSite("Code Notes » Blog Archive » Why small integers are cached in Python", null));
  }

  @Test
  void aShortTrailingPartGoes() {
    assertEquals("Ministers agree to resume the border talks", PageTitle.withoutSite("Ministers agree to resume the border talks | The Courier", null));
  }

  @Test
  void theSiteNameGoesWhereverItIs() {
    assertEquals("Talks resume", PageTitle.withoutSite("The Courier - Talks resume", "The Courier"));
  }

  @Test
  void aBoxTitleNoTitleAgreesWithIsLessThanThePageTitle() {
    Document doc = Jsoup.parse("<html><head><title>Code Notes » Blog Archive » Why small integers are cached</title></head>"
        + "<body><div id='secondary'><h2 class='widgettitle'>Categories</h2><ul><li>Python</li></ul></div>"
        + "<div class='post'><p>Small integers are cached by the interpreter, so that two of them are often the same object."
        + "</p></div></body></html>");
    assertEquals("Why small integers are cached", PageTitle.of(doc, Metadata.of(doc), null, null));
  }

  @Test
  void aBoxTitleIsStillTheHeadlineWithoutAPageTitle() {
    Document doc = Jsoup.parse("<html><head></head><body><div class='post'><h2 class='box-title'>Markets calm after the vote</h2>"
        + "<p>Markets were calm on Monday after the vote, traders said.</p></div></body></html>");
    assertEquals("Markets calm after the vote", PageTitle.of(doc, Metadata.of(doc), null, null));
  }
}
