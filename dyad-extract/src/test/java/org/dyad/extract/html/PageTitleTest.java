package org.dyad.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
