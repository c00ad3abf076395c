package org.dyad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.dyad.model.Article;
import org.dyad.model.DateSource;
import org.dyad.model.RawDocument;
import org.junit.jupiter.api.Test;

/** Headline, byline, publication date and chrome lines of small pages built to show one rule each. */
class PageMetadataTest {
  private static final String PROSE =
      "<p>The foreign ministers of both countries met in the capital on Monday and agreed to resume talks on the"
          + " disputed border, officials said after the meeting ended late in the evening.</p>";

  private static Article read(String html) throws BadDocumentException {
    return read(html, null, null);
  }

  private static Article read(String html, String url, String titleHint) throws BadDocumentException {
    return new ArticleExtractor().extract(
        new RawDocument("page.html", url, html.getBytes(StandardCharsets.UTF_8), "text/html", null), titleHint);
  }

  @Test
  void theArticleHeadingWinsOverTheSiteMasthead() throws Exception {
    Article a = read("<html><head><title>Talks resume | The Courier</title>"
        + "<meta property='og:site_name' content='The Courier'></head><body>"
        + "<header><h1><a href='/'>The Courier</a></h1></header><article><h1>Talks resume</h1>" + PROSE
        + "</article></body></html>");
    assertEquals("Talks resume", a.title());
  }

  @Test
  void theOnlyHeadingIsTheHeadlineWhenTheTitleDisagrees() throws Exception {
    Article a = read("<html><head><title>World news - The Courier</title></head><body><article>"
        + "<h1>Ministers agree to resume border talks</h1>" + PROSE + "</article></body></html>");
    assertEquals("Ministers agree to resume border talks", a.title());
  }

  @Test
  void theSiteNameIsCutFromTheTitle() throws Exception {
    Article a = read("<html><head><title>Ministers agree – talks resume | The Courier</title>"
        + "<meta property='og:site_name' content='The Courier'></head><body><article>" + PROSE + "</article></body></html>");
    assertEquals("Ministers agree – talks resume", a.title());
  }

  @Test
  void aFeedTitleHintPicksTheHeadlineAmongHeadings() throws Exception {
    String html = "<html><head><title>The Courier</title></head><body><h1>Latest news</h1><article>"
        + "<h1>Border talks resume</h1>" + PROSE + "</article></body></html>";
    assertEquals("Border talks resume", read(html, null, "Border talks resume").title());
  }

  @Test
  void bylineLabelsAndDatesAreCutFromTheAuthor() throws Exception {
    Article a = read("<html><body><article><span class='byline'><span class='screen-reader-text'>Author</span>"
        + "<a href='/author/jd/'>Jane Doe</a> am 12.03.2023</span>" + PROSE + "</article></body></html>");
    assertEquals("Jane Doe", a.author());
  }

  @Test
  void thePublisherIsNotTheAuthor() throws Exception {
    Article a = read("<html><head><meta name='author' content='The Courier Media GmbH'>"
        + "<meta property='og:site_name' content='The Courier Media GmbH'></head><body><article>"
        + "<p>By John Smith</p>" + PROSE + "</article></body></html>");
    assertEquals("John Smith", a.author());
  }

  @Test
  void aUtcTimeIsReadOnThePublishersLocalDay() throws Exception {
    Article a = read("<html><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\","
        + "\"datePublished\":\"2023-11-09T03:28:35Z\",\"dateline\":\"2023-11-08T22:28:35-05:00\"}</script></head>"
        + "<body><article>" + PROSE + "</article></body></html>");
    assertEquals(LocalDate.of(2023, 11, 8), a.date());
    assertEquals(DateSource.JSONLD, a.dateSource());
  }

  @Test
  void aUtcTimeOfCentralEuropeanMidnightIsTheNextDayAndOtherTimesKeepTheirDay() throws Exception {
    Article midnight = read("<html><head><meta property='article:published_time' content='2021-11-04T23:00Z'></head>"
        + "<body><article>" + PROSE + "</article></body></html>");
    assertEquals(LocalDate.of(2021, 11, 5), midnight.date());
    Article summer = read("<html><head><meta property='article:published_time' content='2021-06-30T22:00:00.000Z'></head>"
        + "<body><article>" + PROSE + "</article></body></html>");
    assertEquals(LocalDate.of(2021, 7, 1), summer.date());
    Article late = read("<html><head><meta property='article:published_time' content='2021-11-04T23:12:40Z'></head>"
        + "<body><article>" + PROSE + "</article></body></html>");
    assertEquals(LocalDate.of(2021, 11, 4), late.date());
  }

  @Test
  void theUrlDateWinsWhenTheMetadataDisagrees() throws Exception {
    Article a = read("<html><head><meta property='article:modified_time' content='2021-05-01'>"
        + "<link rel='canonical' href='https://news.example/2020/03/14/talks'></head>"
        + "<body><article>" + PROSE + "</article></body></html>");
    assertEquals(LocalDate.of(2020, 3, 14), a.date());
    assertEquals(DateSource.URL, a.dateSource());
  }

  @Test
  void aDateInAScriptsDataIsFoundWhenThePageStatesNone() throws Exception {
    Article a = read("<html><head><script>var page = {\"published_at\":\"2019-03-02T06:22:28+01:00\"};</script></head>"
        + "<body><article>" + PROSE + "</article></body></html>");
    assertEquals(LocalDate.of(2019, 3, 2), a.date());
  }

  @Test
  void aHeadingOverALinkListIsDroppedWithIt() throws Exception {
    Article a = read("<html><body><article>" + PROSE + "<h2>More on this</h2><ul><li><a href='/a'>Border talks stall"
        + " again</a></li><li><a href='/b'>Ministers meet in the capital</a></li></ul>"
        + "<p>Photo: Jane Doe</p></article></body></html>");
    assertFalse(a.text().contains("More on this"), a.text());
    assertFalse(a.text().contains("Photo:"), a.text());
    assertTrue(a.text().startsWith("The foreign ministers"), a.text());
  }

  @Test
  void sectionsOfAnArticleAreReadTogether() throws Exception {
    Article a = read("<html><body><div class='page'><div class='sidebar-box'><a href='/x'>Home</a></div>"
        + "<div id='content'><div class='part'><h2>First</h2><div class='text'>" + PROSE + PROSE + "</div></div>"
        + "<div class='part'><h2>Second</h2><div class='text'><p>A second section follows with more about the talks,"
        + " which are to continue next week in the other capital, the ministry said.</p></div></div>"
        + "<div class='part'><h2>Third</h2><div class='text'><p>A third section closes the report with the reactions"
        + " of both parliaments, which welcomed the agreement in statements on Tuesday.</p></div></div>"
        + "</div></div></body></html>");
    assertTrue(a.text().contains("A second section follows"), a.text());
    assertTrue(a.text().contains("A third section closes"), a.text());
  }

  @Test
  void theHeadingMostTitlesAgreeWithWinsAndAMainHeadingFirst() throws Exception {
    Article a = read("<html><head><title>Border talks resume after a year | The Courier</title>"
        + "<meta property='og:title' content='Ministers meet in the capital'>"
        + "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"Border talks resume after a year\"}"
        + "</script></head><body><article><h1>Border talks resume after a year</h1>"
        + "<h2 class='sub-title'>Ministers meet in the capital</h2>" + PROSE + "</article></body></html>");
    assertEquals("Border talks resume after a year", a.title());
  }

  @Test
  void aHeadlinesKickerIsLeftOut() throws Exception {
    Article a = read("<html><head><title>Borders: Talks resume | The Courier</title></head><body><article>"
        + "<h1><span class='headline__kicker'>Borders</span><span class='visually-hidden'>: </span>"
        + "<span class='headline__title'>Talks resume</span></h1>" + PROSE + "</article></body></html>");
    assertEquals("Talks resume", a.title());
  }

  @Test
  void aLayoutClassOnTheBodyDoesNotHideTheHeadlineOrTheByline() throws Exception {
    Article a = read("<html><head><title>Talks resume | The Courier</title></head>"
        + "<body class='single-post has-sidebar right-sidebar'><article><h1>Border talks resume</h1>"
        + "<span class='byline'>by <span class='author vcard'><a href='/author/jd/'>Jane Doe</a></span></span>"
        + PROSE + "</article><div class='sidebar'><span class='author'>Site Editor</span></div></body></html>");
    assertEquals("Border talks resume", a.title());
    assertEquals("Jane Doe", a.author());
  }

  @Test
  void aJsonLdAuthorGivenByReferenceIsNamed() throws Exception {
    Article a = read("<html><head><script type='application/ld+json'>{\"@graph\":["
        + "{\"@type\":\"Article\",\"author\":{\"@id\":\"https://courier.example/#/person/1\"}},"
        + "{\"@type\":\"Person\",\"@id\":\"https://courier.example/#/person/1\",\"name\":\"Jane Doe\"}]}"
        + "</script></head><body><article>" + PROSE + "</article></body></html>");
    assertEquals("Jane Doe", a.author());
  }

  @Test
  void theBylinesPartWithByIsTheAuthorAndItsWeekdayIsCut() throws Exception {
    Article a = read("<html><body><article><div class='byline'>May 4, 2020 · by jdoe · in News</div>" + PROSE
        + "</article></body></html>");
    assertEquals("jdoe", a.author());
    Article b = read("<html><body><article><div class='author-line'>Von Erika Muster am Samstag, 2. Mai 2020</div>"
        + PROSE + "</article></body></html>");
    assertEquals("Erika Muster", b.author());
  }

  @Test
  void theCommentsOfThePostsAuthorNameHimWhenNothingElseDoes() throws Exception {
    Article a = read("<html><body><article>" + PROSE + "</article><ol class='commentlist'>"
        + "<li class='comment'><div class='comment-author vcard'><cite class='fn'>reader42</cite> says:</div>"
        + "<p>Thanks for this.</p></li><li class='comment bypostauthor'><div class='comment-author vcard'>"
        + "<cite class='fn'>jdoe</cite> says:</div><p>Glad you liked it.</p></li></ol></body></html>");
    assertEquals("jdoe", a.author());
  }

  @Test
  void aPublicationTimeInTheMetaElementsComesBeforeJsonLd() throws Exception {
    Article a = read("<html><head><meta property='article:published_time' content='2020-04-24T21:25:06+00:00'>"
        + "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"datePublished\":\"2020-04-26T07:25:06Z\"}"
        + "</script></head><body><article>" + PROSE + "</article></body></html>");
    assertEquals(LocalDate.of(2020, 4, 24), a.date());
    assertEquals(DateSource.META, a.dateSource());
  }

  @Test
  void aTeasersTimeInALinkOrACommentsTimeIsNotThePagesDate() throws Exception {
    Article a = read("<html><body><div class='more'><a href='/other'><time datetime='2021-05-09'>9 May</time> Other story</a>"
        + "</div><article><header><h1>Talks resume</h1><time datetime='2021-05-02T10:00:00+02:00'>2 May 2021</time>"
        + "</header>" + PROSE + "</article><ol class='comment-list'><li><time class='published' datetime='2021-05-03'>"
        + "3 May</time> Nice.</li></ol></body></html>");
    assertEquals(LocalDate.of(2021, 5, 2), a.date());
    assertEquals(DateSource.TIME, a.dateSource());
  }

  @Test
  void aDateLabelledAsThePublicationDateComesBeforeOtherDatesInTheText() throws Exception {
    Article a = read("<html><body><article>" + PROSE + "<p>Letzte Änderung: 12.05.2021 - Veröffentlicht am: 10.05.2021</p>"
        + "</article></body></html>");
    assertEquals(LocalDate.of(2021, 5, 10), a.date());
  }

  @Test
  void aDatelineWithATwoDigitYearAndADayFirstUrlAreRead() throws Exception {
    Article a = read("<html><body><article><div class='date'>News, 30.10.23</div>" + PROSE + "</article></body></html>");
    assertEquals(LocalDate.of(2023, 10, 30), a.date());
    Article b = read("<html><head><link rel='canonical' href='https://courier.example/notes/29-10-2021'></head><body>"
        + "<article>" + PROSE + "</article></body></html>");
    assertEquals(LocalDate.of(2021, 10, 29), b.date());
    assertEquals(DateSource.URL, b.dateSource());
  }

  @Test
  void aBlogsPostHeadingWinsOverItsNameInTheMainHeading() throws Exception {
    Article a = read("<html><head><title>Why the border talks matter | Notes from Elsewhere</title></head><body>"
        + "<div id='header'><h1>Notes from Elsewhere</h1></div><div class='post'><h2>Why the border talks matter</h2>"
        + PROSE + "</div><div id='side'><h2>Archives</h2></div></body></html>");
    assertEquals("Why the border talks matter", a.title());
  }

  @Test
  void aNumberStartingTheSlugAfterAYearAndMonthIsNotADay() throws Exception {
    Article a = read("<html><head><link rel='canonical' href='https://courier.example/2023/10/3-questions-on-the-talks/'>"
        + "<meta property='article:published_time' content='2023-10-31T09:00:00+01:00'></head><body><article>" + PROSE
        + "</article></body></html>");
    assertEquals(LocalDate.of(2023, 10, 31), a.date());
    assertEquals(DateSource.META, a.dateSource());
  }

  @Test
  void anAsideOfTheArticleAndASidebarNamedColumnWithTheHeadlineAreTheArticles() throws Exception {
    Article a = read("<html><body><div class='wrap sidebar'><article><h1>Border talks resume</h1>"
        + "<aside class='meta'>By Jane Doe <time datetime='2023-10-18'>18 Oct 2023</time></aside>" + PROSE
        + "</article></div><div class='widget-area'><aside><time datetime='2023-11-01'>1 Nov</time></aside></div>"
        + "</body></html>");
    assertEquals(LocalDate.of(2023, 10, 18), a.date());
    assertEquals("Border talks resume", a.title());
  }

  @Test
  void aTopicLineLeadingTheHeadingIsLeftOutWhenTheTitlesAgreeWithTheRest() throws Exception {
    Article a = read("<html><head><title>Ministers agree to resume border talks | The Courier</title></head><body><article>"
        + "<h1><span class='top'>Border dispute</span> Ministers agree to resume border talks</h1>" + PROSE
        + "</article></body></html>");
    assertEquals("Ministers agree to resume border talks", a.title());
    Article b = read("<html><head><meta property='og:title' content='Ministers agree to resume border talks'></head><body><article>"
        + "<h1 itemprop='headline'><small>Border dispute</small><br>Ministers agree to resume border talks</h1>" + PROSE
        + "</article></body></html>");
    assertEquals("Ministers agree to resume border talks", b.title());
    Article c = read("<html><head><title>World news | The Courier</title></head><body><article>"
        + "<h1><em>Border</em> talks resume after a year</h1>" + PROSE + "</article></body></html>");
    assertEquals("Border talks resume after a year", c.title());
  }

  @Test
  void severalAuthorsAreJoinedAsTheBylineWritesThem() throws Exception {
    String ld = "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"author\":["
        + "{\"@type\":\"Person\",\"name\":\"Jane Doe\"},{\"@type\":\"Person\",\"name\":\"John Smith\"}]}</script>";
    Article a = read("<html><head>" + ld + "</head><body><article><div class='byline'>By <a href='/staff/jd'>Jane Doe</a>"
        + " and <a href='/staff/js'>John Smith</a></div>" + PROSE + "</article></body></html>");
    assertEquals("Jane Doe and John Smith", a.author());
    Article b = read("<html><head>" + ld + "</head><body><article>" + PROSE + "</article></body></html>");
    assertEquals("Jane Doe; John Smith", b.author());
    Article c = read("<html><head><meta name='author' content='Erika Muster'></head><body><article>"
        + "<span class='author'>von Erika Muster, Max Mustermann</span>" + PROSE + "</article></body></html>");
    assertEquals("Erika Muster, Max Mustermann", c.author());
    Article d = read("<html><head><meta name='author' content='Erika Muster'></head><body><article>"
        + "<span class='author'>von Erika Muster, Redaktion Politik</span>" + PROSE + "</article></body></html>");
    assertEquals("Erika Muster", d.author());
  }

  @Test
  void aJsonLdBlockWithRawLineBreaksIsStillRead() throws Exception {
    Article a = read("<html><head><script type='application/ld+json'>{\"@type\":\"BlogPosting\",\"articleBody\":\"One line\n"
        + "and the next\",\"author\":{\"@type\":\"Person\",\"name\":\"Jane Doe\"},}</script></head><body><article>"
        + PROSE + "</article></body></html>");
    assertEquals("Jane Doe", a.author());
  }

  @Test
  void aBylineWithTheDateBeforeByNamesTheAuthorAfterIt() throws Exception {
    Article a = read("<html><body><article><div class='post-meta-author'>Posted on September 21, 2020 by Jane Doe</div>"
        + PROSE + "</article></body></html>");
    assertEquals("Jane Doe", a.author());
    Article b = read("<html><body><article><div class='byline'>Anna von Hagen</div>" + PROSE + "</article></body></html>");
    assertEquals("Anna von Hagen", b.author());
  }

  @Test
  void anAuthorsHandleInTheMetadataIsNamedAsTheBylineWritesIt() throws Exception {
    Article a = read("<html><head><meta name='author' content='jane.doe'></head><body><article>"
        + "<p class='article-authors'>von Jane Doe</p>" + PROSE + "</article></body></html>");
    assertEquals("Jane Doe", a.author());
    Article b = read("<html><head><meta name='author' content='jane.doe'></head><body><article>"
        + "<p class='article-authors'>von John Smith</p>" + PROSE + "</article></body></html>");
    assertEquals("jane.doe", b.author());
  }

  @Test
  void aBylinesLabelledFieldsGiveOnlyTheAuthor() throws Exception {
    Article a = read("<html><body><article><div class='articleAuthorDate'><span>Datum:</span> 19.11.2021 "
        + "<span>Autor:</span> Jane Doe<span>Quelle:</span> Courier</div>" + PROSE + "</article></body></html>");
    assertEquals("Jane Doe", a.author());
    Article b = read("<html><body><article><p class='author'>Text &amp; Fotos: Jane Doe</p>" + PROSE + "</article></body></html>");
    assertEquals("Jane Doe", b.author());
  }

  @Test
  void aBylinesButtonAndThePublisherAfterTheNameAreNoAuthors() throws Exception {
    Article a = read("<html><body><article><div class='author-info'><a class='author-info__follow'>Follow</a></div>"
        + "<p>By Jane Doe</p>" + PROSE + "</article></body></html>");
    assertEquals("Jane Doe", a.author());
    Article b = read("<html><head><meta property='og:site_name' content='Courier'>"
        + "<meta name='author' content='Jane Doe, Courier'></head><body><article>" + PROSE + "</article></body></html>");
    assertEquals("Jane Doe", b.author());
  }

  @Test
  void aDomainNameHeadingIsTheMastheadAndASitesNameEndingTheHeadingIsCut() throws Exception {
    Article a = read("<html><head><title>Ministers agree to resume border talks</title></head><body>"
        + "<h1>courier-news.com</h1><article>" + PROSE + "</article></body></html>");
    assertEquals("Ministers agree to resume border talks", a.title());
    Article b = read("<html><head><meta property='og:title' content='Ministers agree to resume border talks'></head><body>"
        + "<article><h1>Ministers agree to resume border talks | The Courier</h1>" + PROSE + "</article></body></html>");
    assertEquals("Ministers agree to resume border talks", b.title());
  }

  @Test
  void ofTwoMainHeadingsInTheTitleTheLongerIsTheHeadline() throws Exception {
    Article a = read("<html><head><title>Courier - Press releases - Ministers agree to resume border talks</title></head>"
        + "<body><h1>Press releases</h1><article><h1>Ministers agree to resume border talks</h1>" + PROSE
        + "</article></body></html>");
    assertEquals("Ministers agree to resume border talks", a.title());
  }

  @Test
  void theSitesNameAsTheMainHeadingIsCutFromTheTitle() throws Exception {
    Article a = read("<html><head><title>Liver with apples and onions, slowly braised | Love goes through the stomach</title>"
        + "</head><body><h1><a href='/'>Love goes through the stomach</a></h1><div>" + PROSE + "</div></body></html>");
    assertEquals("Liver with apples and onions, slowly braised", a.title());
  }

  @Test
  void aPostsBodyShippedAsATemplateIsRead() throws Exception {
    Article a = read("<html><body><div class='post'><h2>Border talks resume</h2><div class='post-body' itemprop='articleBody'>"
        + "<script type='text/template'>" + PROSE + "<p>Both sides will meet again next month in the capital of the"
        + " other country, the ministries said in a joint statement.</p></script></div></div>"
        + "<div class='sidebar'><p>Archive</p></div></body></html>");
    assertTrue(a.text().contains("agreed to resume talks on the disputed border"), a.text());
    assertTrue(a.text().contains("Both sides will meet again next month"), a.text());
    Article b = read("<html><body><article>" + PROSE + "<script type='text/template'><p>{{comment.text}} and a template"
        + " for the comments the page's script fills in later</p></script></article></body></html>");
    assertFalse(b.text().contains("comment.text"), b.text());
  }

  @Test
  void textHiddenByItsStyleIsLeftOutOfThePageButNotOfTheArticle() throws Exception {
    String consent = "<div class='consent'><div class='details' style='display: none;'><p>Purpose: playing videos. Processing:"
        + " collecting connection data, data of your web browser and data on the pages you viewed; storage until you leave.</p>"
        + "<p>Purpose: measuring reach. Processing: collecting connection data and data on the pages you viewed, by the"
        + " provider of the service; storage for up to two years after your last visit.</p></div></div>";
    Article a = read("<html><body>" + consent + "<article>" + PROSE + "<p style='display:none'>The rest of the report says"
        + " that both sides will meet again next month in the other capital.</p></article></body></html>");
    assertFalse(a.text().contains("Purpose"), a.text());
    assertTrue(a.text().contains("agreed to resume talks"), a.text());
    assertTrue(a.text().contains("both sides will meet again"), a.text());
  }

  @Test
  void aBylineMarkedByItsTestIdOrWrittenInItalicsNamesTheAuthor() throws Exception {
    Article a = read("<html><body><article><div data-testid='story-byline'><span>By</span><span><a href='/team/jd'>Jane Doe"
        + "</a></span> Thursday, November 9, 2023 4:41AM</div>" + PROSE + "</article></body></html>");
    assertEquals("Jane Doe", a.author());
    Article b = read("<html><body><article><p><i>von Erika Muster</i></p>" + PROSE + "</article></body></html>");
    assertEquals("Erika Muster", b.author());
  }

  @Test
  void anAuthorLabelStandingAloneNamesTheTextAfterIt() throws Exception {
    Article a = read("<html><body><article>" + PROSE + "<div class='news-meta'><h4 class='news-meta-title'>Autor</h4>"
        + "<p><a href='/profil/em'>Erika Muster</a></p></div></article></body></html>");
    assertEquals("Erika Muster", a.author());
    Article b = read("<html><body><article>" + PROSE + "<p><b>Von:</b><br><br> Erika Muster</p></article></body></html>");
    assertEquals("Erika Muster", b.author());
    Article c = read("<html><body><article>" + PROSE + "<p><b>Text:</b> the rest of the report follows below in full</p>"
        + "</article></body></html>");
    assertEquals(null, c.author());
  }

  @Test
  void aLineStartingPostedByNamesTheAuthor() throws Exception {
    Article a = read("<html><body><article><span class='category'>Posted by Konstantin Example</span>" + PROSE
        + "</article></body></html>");
    assertEquals("Konstantin Example", a.author());
    Article b = read("<html><body><article><div class='meta'>Ein Artikel von <strong>Erika Muster</strong> | 27.01.2022</div>"
        + PROSE + "</article></body></html>");
    assertEquals("Erika Muster", b.author());
  }

  @Test
  void aBylineInTheTextThatNamesNoAuthorGivesWayToTheNext() throws Exception {
    Article a = read("<html><head><meta property='og:site_name' content='The Planetary Courier'></head><body><article>"
        + "<p>By The Planetary Courier</p>" + PROSE + "<p><em>Written by: <a href='/jd'>Jane Doe</a></em></p>"
        + "</article></body></html>");
    assertEquals("Jane Doe", a.author());
  }
}
