package org.dyad.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** How a page's headline is chosen among its titles and headings, and the site's parts cut from it. */
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

  private static String title(String html) {
    Document doc = Jsoup.parse(html);
    Metadata meta = Metadata.of(doc);
    return PageTitle.of(doc, meta, meta.meta("og:site_name", "application-name"), null);
  }

  @Test
  void aBreadcrumbHeadingTheTitlesAgreeWithOutweighsARewrittenOne() {
    assertEquals("Harbour strike ends after talks with the port authority",
        title("<html><head><title>Harbour strike ends after talks with the port authority | The Courier</title>"
            + "<meta property='og:title' content='Strike over: dockers back at work'>"
            + "<meta property='og:site_name' content='The Courier'>"
            + "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"Harbour strike ends after talks with the port authority\"}</script>"
            + "</head><body><nav><ol class='breadcrumb'><li><a href='/'>Home</a></li><li><h1>Harbour strike ends after talks with the port authority</h1></li></ol></nav>"
            + "<article><h2 class='article-headline'><span class='kicker'>Strike over:</span> dockers back at work</h2>"
            + "<p>The dockers went back to work on Monday after the talks ended the strike, the union said.</p></article></body></html>"));
  }

  @Test
  void aHeadingOutsideTheArticleThatNoTitleAgreesWithIsNotTheHeadline() {
    assertEquals("Dockers back at work after the strike",
        title("<html><head><title>Dockers back at work after the strike - The Courier</title></head><body>"
            + "<aside class='sidebar'><h1>Most read this week</h1></aside>"
            + "<p>The dockers went back to work on Monday, the union said.</p></body></html>"));
  }

  @Test
  void aTitleThatAFaultyPagePutInTheBodyIsRead() {
    assertEquals("Spring comes to the allotments",
        title("<b>Warning</b>: database not reachable<br><!DOCTYPE html><html><head><title>Spring comes to the allotments | Garden Notes</title>"
            + "</head><body><div class='post'><h2>Spring comes to the allotments</h2><p>The first beans are in.</p></div></body></html>"));
  }

  @Test
  void softHyphensStayWhereThePageTitleWritesThem() {
    assertEquals("Neue Regeln für Impf\u00adnachweise",
        title("<html><head><title>Neue Regeln für Impf&shy;nachweise | Ministerium</title></head><body><article>"
            + "<h1>Neue Regeln für Impf&shy;nachweise</h1><p>Die Regeln gelten ab Montag.</p></article></body></html>"));
  }

  @Test
  void softHyphensOnlyInTheHeadingGo() {
    assertEquals("Neue Regeln für Impfnachweise",
        title("<html><head><title>Neue Regeln für Impfnachweise | Ministerium</title></head><body><article>"
            + "<h1>Neue Regeln für Impf&shy;nach&shy;weise</h1><p>Die Regeln gelten ab Montag.</p></article></body></html>"));
  }

  @Test
  void rubyReadingsAreNotPartOfTheHeadline() {
    assertEquals("新しい法律ができる",
        title("<html><head><title>やさしいニュース|新しい法律ができる</title></head><body><article>"
            + "<h1 class='article-title'><ruby>新<rt>あたら</rt></ruby>しい<ruby>法律<rp>(</rp><rt>ほうりつ</rt><rp>)</rp></ruby>ができる</h1>"
            + "<p>法律ができました。</p></article></body></html>"));
  }

  @Test
  void aHeadingThatIsOnlyTheSitePartOfTheTitleIsTheMasthead() {
    assertEquals("Cinemas go digital in the mountain valleys",
        title("<html><head><title>Film Talk Journal » Blog Archive » Cinemas go digital in the mountain valleys</title></head><body>"
            + "<div id='header'><h1>Film Talk Journal</h1></div><div class='post'><h2>Cinemas go digital in the mountain valleys</h2>"
            + "<p>The last projector for reels was sold in May.</p></div></body></html>"));
  }

  @Test
  void aSideNoteInSmallIsNotPartOfTheHeadline() {
    assertEquals("Fish cakes fresh from the fryer",
        title("<html><head><title>Fish cakes fresh from the fryer</title><meta property='og:title' content='Fish cakes fresh from the fryer'>"
            + "</head><body><article><h1><span>Fish cakes fresh from the fryer</span> <small>A morning at the harbour market</small></h1>"
            + "<p>The stall opens at six.</p></article></body></html>"));
  }

  @Test
  void theHeadlineMayBeOnePartOfACombinedHeading() {
    assertEquals("New president elected for the council",
        title("<html><head><title>New president elected for the council | Radio Example</title>"
            + "<meta name='twitter:title' content='New president elected for the council'></head><body><article>"
            + "<h1>\"A fresh start\" / New president elected for the council</h1>"
            + "<h2 class='combo-headline'><span class='subheadline'>New president elected for the council</span> "
            + "<span class='quote'>\"A fresh start\"</span></h2><p>The council met on Saturday.</p></article></body></html>"));
  }

  @Test
  void theTitleIsInNormalizationFormC() {
    assertEquals("Cafe\u0301 owners meet".length() - 1,
        title("<html><head><title>Cafe\u0301 owners meet the mayor</title></head><body><article><h1>Cafe\u0301 owners meet</h1>"
            + "<p>They met on Friday.</p></article></body></html>").length());
  }

  @Test
  void aHeadingInTwoLinesAgreesWithTheTitleThatJoinsThemWithAColon() {
    assertEquals("Winter tyres on the bike Step by step: how to fit them",
        title("<html><head><title>Winter tyres on the bike: Step by step: how to fit them | Cycle Notes</title>"
            + "<meta property='og:site_name' content='Cycle Notes'></head><body><article>"
            + "<h1><span class='subtitle'>Winter tyres on the bike</span> Step by step: how to fit them</h1>"
            + "<p>First let the air out of the tyre.</p></article></body></html>"));
  }

  @Test
  void aTopicLineMarkedAsSuchIsNotPartOfTheHeadline() {
    assertEquals("Survivor of the camps turns 100",
        title("<html><head><title>Birthday: Survivor of the camps turns 100</title></head><body><article>"
            + "<h1><div class='topic-label'>Birthday</div> Survivor of the camps turns 100</h1>"
            + "<p>She was born in Berlin in 1921.</p></article></body></html>"));
  }

  @Test
  void aChineseTitleNamesItsSiteAfterAHyphenWithoutSpaces() {
    assertEquals("城市的声音：春天来了！", PageTitle.withoutSite("城市的声音：春天来了！-示例新闻网", null));
    assertEquals("Covid-19 cases fall", PageTitle.withoutSite("Covid-19 cases fall", null));
  }

  @Test
  void theRestOfALesserHeadingAfterItsTopicLineIsNoMainHeading() {
    assertEquals("Air show in the valley: second seaplane close to approval",
        title("<html><head><title>Air show in the valley: second seaplane close to approval | Courier</title>"
            + "<meta property='og:title' content='Air show: second seaplane close to approval'>"
            + "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"Air show in the valley: second seaplane close to approval\"}</script>"
            + "</head><body><nav><h1>Air show in the valley: second seaplane close to approval</h1></nav>"
            + "<article><h2 class='article_headline'><strong>Air show</strong> second seaplane close to approval</h2>"
            + "<p>The seaplane flew over the valley on Sunday.</p></article></body></html>"));
  }

  @Test
  void eachShortTrailingPartGoesButNotTheEndOfARange() {
    assertEquals("Cross-body lead", PageTitle.withoutSite("Cross-body lead - Dance figures - Dance in Leeds", null));
    assertEquals("Weekly report 14. - 20. January 2022", PageTitle.withoutSite("Weekly report 14. - 20. January 2022 - Avalanche Service", null));
  }

  @Test
  void aLongTopicLineEndingInAColonIsStillATopicLine() {
    assertEquals("Vaccination centres stay open until March",
        title("<html><head><title>Vaccination centres stay open until March</title></head><body><article>"
            + "<h1><style>.label{display:block}</style><span class='label'>Press release of the Department of Health and Social Affairs:</span>"
            + "Vaccination centres stay open until March</h1><p>The centres stay open.</p></article></body></html>"));
  }

  @Test
  void aDeeplyNestedHeadingWithRubyIsReadInTime() {
    String html = "<html><head><title>x</title></head><body><article><h1>" + "<span>".repeat(20_000)
        + "<ruby>新<rt>あたら</rt></ruby>しい法律" + "</span>".repeat(20_000) + "</h1><p>法律。</p></article></body></html>";
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertEquals("新しい法律", title(html)));
  }

  @Test
  void ofHeadingsThatDifferOnlyInCaseTheOneWrittenAsTheTitlesWins() {
    assertEquals("Tracing Calls In Lisp Using Advice",
        title("<html><head><title>Lisp Notes: Tracing Calls In Lisp Using Advice</title>"
            + "<meta property='og:title' content='Tracing Calls In Lisp Using Advice'></head><body>"
            + "<div class='post'><h3 class='post-title'>Tracing Calls In Lisp Using Advice</h3><div class='post-body'>"
            + "<h1>Tracing Calls In Lisp Using advice</h1><p>Advice wraps a function.</p></div></div></body></html>"));
  }

  @Test
  void ofSeveralMainHeadingsNoTitleAgreesWithTheFirstOfSomeWordsIsTheHeadline() {
    assertEquals("Quick-dry shampoo for hair on the go",
        title("<html><head><title>Tester Club - Info</title><meta property='og:title' content='Want to join the club with me?'>"
            + "</head><body><div class='content'><h1>Quick-dry shampoo for hair on the go</h1><p>Spray it on and brush.</p>"
            + "<h1>Usage</h1><p>Shake well.</p></div><div class='newsletter'><h1>Love in your inbox: our newsletter</h1></div>"
            + "</body></html>"));
  }

  @Test
  void aHiddenHeadingIsNoHeadline() {
    assertEquals("Budget talks end without a deal",
        title("<html><head><title>Ministry of Examples</title></head><body>"
            + "<h1 class='aural' aria-hidden='true'>Navigation and service</h1>"
            + "<main><h1 class='intro'>Budget talks end without a deal</h1><p>The talks ended on Friday.</p></main>"
            + "<h1 aria-hidden='true'>Footer</h1></body></html>"));
  }

  @Test
  void thePartOfAHeadingClassedAsTheHeadlineAfterATopicLineIsTheHeadline() {
    assertEquals("Ministers agree on the new grid plan",
        title("<html><head><title>Grid fees - price cap: Ministers agree - Courier</title>"
            + "<meta name='twitter:title' content='Grid fees - price cap: Ministers agree on the new grid plan'></head><body><article>"
            + "<h1><span class='text-green small-label'>Grid fees - price cap</span><span class='invisible'>: </span>"
            + "<span class='headline'>Ministers agree on the new grid plan</span></h1><p>The plan was agreed on Monday.</p>"
            + "</article></body></html>"));
  }

  @Test
  void aBlockClassedAsTheHeadlineOutweighsThePageTitleWithoutHeadings() {
    assertEquals("Energy prices: what households can claim now",
        title("<html><head><title>energy-advice.example | Gas prices</title></head><body>"
            + "<div class='teasers'><a href='/other'><div class='teaser-headline'>Heat pumps in old houses</div></a></div>"
            + "<div class='content'><div class='itc-headline bottom-line'>Energy prices: what households can claim now</div>"
            + "<p>Households can claim relief from January.</p></div></body></html>"));
  }

  @Test
  void aLesserHeadingThatIsTheOpenGraphTitleOutweighsAMainHeadingOnlyPartOfTheTitle() {
    assertEquals("Save for your pension with your employer's help",
        title("<html><head><title>Company pensions (CP) - When do they pay? - Money Tips</title>"
            + "<meta property='og:title' content=\"Save for your pension with your employer's help\"></head><body><main>"
            + "<h1>Company pensions</h1><h2>Save for your pension with your employer's help</h2>"
            + "<p>An employer may pay into a pension.</p></main></body></html>"));
  }

  @Test
  void aHeadingForScreenReadersIsNoHeadline() {
    assertEquals("Dead bumblebees under lime trees",
        title("<html><head><title>Dead bumblebees under lime trees: the reason | Bumblebees</title>"
            + "<meta property='og:title' content='Dead bumblebees under lime trees: the reason | Bumblebees'></head><body>"
            + "<header><h2 class='screen-reader-text'>Dead bumblebees under lime trees: the reason | Bumblebees</h2></header>"
            + "<article><h1 class='entry-title'>Dead bumblebees under lime trees</h1><p>The nectar runs out.</p></article>"
            + "</body></html>"));
  }

  @Test
  void thePartAfterABreadcrumbMarkIsThePageNotTheSite() {
    assertEquals("The events of the last weeks",
        title("<html><head><title>Gamers Club e.V. - News » The events of the last weeks</title></head><body>"
            + "<div class='news'><h1 class='headline'>Win a headset!</h1><h1 class='headline'>Our trip to the fair</h1></div>"
            + "<h1>News</h1><div class='post'><h2>The events of the last weeks</h2><p>We met twice in May.</p></div>"
            + "</body></html>"));
  }

  @Test
  void aHeadingCutShortGivesWayToTheWholeHeadlineATitleWrites() {
    assertEquals("Not gaining weight at Christmas: 10 tips for a light feast",
        title("<html><head><title>Not gaining weight at Christmas: 10 tips | Fit Magazine</title>"
            + "<meta name='title' content='Not gaining weight at Christmas: 10 tips for a light feast'></head><body>"
            + "<div class='crumbs'><h1>Not gaining weight at Christmas: 10 tips</h1></div><div class='article'>"
            + "<h2><span class='subline'>Diet tricks for Christmas</span> <span class='a-headline'>Not gaining weight at Christmas: "
            + "10 tips for a light feast</span></h2><p>Eat slowly.</p></div></body></html>"));
  }

  @Test
  void aHeadingWithTheSiteAfterItIsNoWholerHeadline() {
    assertEquals("Harbour reopens after the storm",
        title("<html><head><title>Harbour reopens after the storm | The Courier</title>"
            + "<meta property='og:site_name' content='The Courier'></head><body><article>"
            + "<h1>Harbour reopens after the storm</h1><h2 class='share-title'>Harbour reopens after the storm | The Courier</h2>"
            + "<p>Ships came in on Monday.</p></article></body></html>"));
  }

  @Test
  void aDoubleHyphenSeparatesTheSiteFromThePage() {
    assertEquals("serendipity", PageTitle.withoutSite("Word.Of.The.Day --serendipity", null));
    assertEquals("Ferry service resumes", PageTitle.withoutSite("Ferry service resumes -- Island News", "Island News"));
  }

  @Test
  void aTitleThatNamesOnlyTheSiteGivesWayToTheArticlesFirstHeading() {
    assertEquals("Replacement buses during the works",
        title("<html><head><title>Rail Travel Enquiries -</title></head><body><div class='main'>"
            + "<h2>Replacement buses during the works</h2><p>Buses run every half hour.</p><h2>Stations</h2>"
            + "<p>All stations are served.</p></div></body></html>"));
  }

  @Test
  void characterReferencesEscapedOnceTooOftenAreRead() {
    assertEquals("\u201eFinally\u201c: the bridge is open",
        title("<html><head><title>Bridge opens | Courier</title>"
            + "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"&#8222;Finally&#8220;: the bridge is open\"}</script>"
            + "</head><body><p>The bridge opened on Monday.</p></body></html>"));
  }

  @Test
  void aPageOfManyMainHeadingsHasNoneOfThemAsItsHeadline() {
    assertEquals("hill-pictures",
        title("<html><head><title>hill-pictures</title></head><body><div class='carousel'>"
            + "<div class='slide'><h1>Pictures of the hills</h1></div><div class='slide'><h1>Bilder aus den Bergen</h1></div><div class='slide'><h1>Images des collines</h1></div><div class='slide'><h1>Immagini delle colline</h1></div><div class='slide'><h1>Imágenes de las colinas</h1></div><div class='slide'><h1>Fotos van de heuvels</h1></div>"
            + "</div><p>Photographs of the hills, sorted by season.</p></body></html>"));
  }

  @Test
  void aLesserHeadingWithMostOfTheTitlesWordsOutweighsTheTitle() {
    assertEquals("Design contest new workshop building Research Campus Hilltown",
        title("<html><head><title>New workshop building - Research Campus Hilltown</title></head><body>"
            + "<h2 class='sr-only'>Main navigation</h2><header><h2>Research Campus</h2></header><main>"
            + "<h2>Design contest new workshop building Research Campus Hilltown</h2><p>Five offices entered the contest.</p>"
            + "<h2>Overview of the projects</h2></main></body></html>"));
  }

  @Test
  void aLesserHeadingThatIsTheSitesDomainIsNoHeadline() {
    assertEquals("serendipity",
        title("<html><head><title>Word.Of.The.Day --serendipity</title></head><body>"
            + "<div class='top'><h2>Word.Of.The.Day</h2></div><p>serendipity: a happy accident.</p></body></html>"));
  }

  @Test
  void aMainHeadingCutShortGivesWayToALesserOneThatGoesOnPastADash() {
    assertEquals("Fire engines of the post-war years - part 12 \u2013 Magirus (built 1950 \u2013 1956)",
        title("<html><head><title>Fire engines of the post-war years - part 12 - Fire Trucks - Vehicles worldwide</title></head>"
            + "<body><div class='main'><h1>Fire engines of the post-war years - part 12</h1>"
            + "<h2 class='h1'>Fire engines of the post-war years - part 12 \u2013 Magirus (built 1950 \u2013 1956)</h2>"
            + "<p>The Magirus was built in Ulm.</p></div></body></html>"));
  }

  @Test
  void aShortMainHeadingIsNoHeadingCutShort() {
    assertEquals("Tree surveys",
        title("<html><head><title>Tree surveys</title></head><body><div class='main'><h1>Tree surveys</h1>"
            + "<h2>Tree surveys: when and how?</h2><p>A survey tells whether a tree is safe.</p></div></body></html>"));
  }
}
