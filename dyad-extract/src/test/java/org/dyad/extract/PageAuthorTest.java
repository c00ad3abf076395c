package org.dyad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import org.dyad.model.Article;
import org.dyad.model.RawDocument;
import org.junit.jupiter.api.Test;

/** The author of small pages built to show one rule each. */
class PageAuthorTest {
  private static final String PROSE =
      "<p>The foreign ministers of both countries met in the capital on Monday and agreed to resume talks on the"
          + " disputed border, officials said after the meeting ended late in the evening.</p>";

  private static String author(String html) throws BadDocumentException {
    Article a = new ArticleExtractor().extract(
        new RawDocument("page.html", null, html.getBytes(StandardCharsets.UTF_8), "text/html", null), null);
    return a.author();
  }

  private static String page(String head, String article) {
    return "<html><head>" + head + "</head><body><article>" + article + "</article></body></html>";
  }

  @Test
  void anOrganisationInTheMetadataYieldsToThePersonInTheByline() throws Exception {
    assertEquals("Erika Muster", author(page("<meta name='author' content='Courier Verlag GmbH'>",
        "<p class='bodytext'>Von Erika Muster</p>" + PROSE)));
    assertEquals("Jane Doe", author(page("<meta name='parsely-author' content='Partner Desk'>"
        + "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"author\":{\"@type\":\"Person\",\"name\":\"Jane Doe\"}}</script>",
        PROSE)));
    assertEquals("Courier Verlag GmbH", author(page("<meta name='author' content='Courier Verlag GmbH'>", PROSE)));
  }

  @Test
  void anOrganisationTheJsonLdNamesAsAuthorIsNoPublisher() throws Exception {
    assertEquals("Redaktion Gesundheit", author(page("<script type='application/ld+json'>{\"@type\":\"Article\","
        + "\"author\":{\"@type\":\"Organization\",\"name\":\"Redaktion Gesundheit\"},"
        + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Courier Media\"}}</script>", PROSE)));
  }

  @Test
  void thePublisherWithItsAddressOrByItsDomainIsNoAuthor() throws Exception {
    assertEquals("Jane Doe", author(page("<meta name='publisher' content='The Courier (www.courier.example)'>"
        + "<meta name='author' content='The Courier (www.courier.example)'>", "<p>By Jane Doe</p>" + PROSE)));
    assertEquals("Jane Doe", author(page("<meta name='publisher' content='dailycourier.com'>"
        + "<meta name='author' content='Daily Courier'>", "<p>By Jane Doe</p>" + PROSE)));
  }

  @Test
  void bylinesMarkedByIdOrTagOrFrenchClassNameTheAuthor() throws Exception {
    assertEquals("Jane Doe", author(page("", "<div id='author_header'>Jane Doe</div>" + PROSE)));
    assertEquals("Erika Muster", author(page("", "<byline>Von Erika Muster, dpa</byline>" + PROSE)));
    assertEquals("Jean Dupont", author(page("", "<div class='dates_auteurs'>par <span>Jean Dupont</span>, 21 juin 2018</div>" + PROSE)));
  }

  @Test
  void aHandleAfterTheNameAPlaceholderAndACopyrightSignAreCut() throws Exception {
    assertEquals("Juan Pérez", author(page("<meta name='author' content='Juan Pérez @jperez'>", PROSE)));
    assertNull(author(page("<meta name='author' content='null'>", PROSE)));
    assertEquals("Jane Doe", author(page("", "<div class='article-author'>© Jane Doe Jane Doe</div>" + PROSE)));
  }

  @Test
  void bylinesInTheTextWithParticlesLabelsAndHandles() throws Exception {
    assertEquals("Jose de la Cruz", author(page("", "<div>By&nbsp;<a href='/staff/jc'>Jose de la Cruz</a></div>" + PROSE)));
    assertEquals("Erika Muster und Max Mustermann", author(page("", PROSE + "<p>Autoren Erika Muster und Max Mustermann</p>")));
    assertEquals("Erika Muster", author(page("", "<p><em>Text von Erika Muster &nbsp; Illustration von Max Mustermann</em></p>" + PROSE)));
    assertEquals("jdoe", author(page("", "<div class='submitted'>Gespeichert von <span>jdoe</span> am 24. Juli 2017</div>" + PROSE)));
    assertEquals("Jean Dupont", author(page("", "<p>Auteur : Jean Dupont</p>" + PROSE)));
  }

  @Test
  void aLineOfTheDateAndTheNameNamesTheAuthor() throws Exception {
    assertEquals("Jane Doe", author(page("", "<p class='text-muted'>11.12.2019 - Jane Doe</p>" + PROSE)));
    assertEquals("Erika Muster", author(page("", "<small>04.02.2022 | 13:10 Uhr | Erika Muster</small>" + PROSE)));
    assertNull(author(page("", "<p>11.12.2019 - Berlin and Paris agree</p>" + PROSE.replace("ministers", "people"))));
  }

  @Test
  void anAgencysCreditInTheTextIsTheAuthorWhenNothingElseIs() throws Exception {
    assertEquals("dpa/lno", author(page("", "<p>Hamburg (dpa/lno) – Die Gespräche gehen weiter, hieß es am Abend.</p>")));
    assertEquals("KU mit AFP", author(page("", PROSE + "<p>Beide Seiten wollen sich im Mai wieder treffen. (KU mit AFP)</p>")));
    assertNull(author(page("", "<p>The talks went on. (AP Photo/Jane Doe)</p>")));
  }

  @Test
  void aNameSignedUnderTheArticleInItalicsIsTheAuthor() throws Exception {
    assertEquals("Jane Doe", author(page("", PROSE + "<p><b><i>Jane Doe</i></b></p>")));
    assertEquals("Jane Doe", author(page("", PROSE + "<p align='right'>Jane Doe</p>")));
    assertNull(author(page("", PROSE + "<p><strong>Related Posts</strong></p>")));
    assertNull(author(page("", PROSE + "<p>Jane Doe</p>")));
  }

  @Test
  void theTwitterCreatorIsTheLastResortUnlessItIsTheSitesHandle() throws Exception {
    assertEquals("janedoe", author(page("<meta name='twitter:creator' content='@janedoe'>", PROSE)));
    assertNull(author(page("<meta name='twitter:creator' content='@thecourier'><meta name='twitter:site' content='@TheCourier'>", PROSE)));
  }

  @Test
  void theSitesOwnAccountAsAuthorYieldsToTheByline() throws Exception {
    assertEquals("Jane Doe", author(page("<meta name='twitter:site' content='@CourierUK'><meta property='article:author' content='@CourierUK'>",
        "<div class='story-author'>By <span>Jane Doe</span></div>" + PROSE)));
  }

  @Test
  void anAcronymWithAHyphenIsAnOrganisation() throws Exception {
    assertEquals("Erika Muster", author(page("<meta name='author' content='K-NEWS – Das Magazin'>", "<p>Von Erika Muster</p>" + PROSE)));
  }

  @Test
  void aFirstNameAloneIsCompletedByTheBylineInTheText() throws Exception {
    assertEquals("Jane Doe", author(page("<meta name='author' content='Jane'>", "<p><strong>Eine Kolumne von Jane Doe</strong></p>" + PROSE)));
    assertEquals("Jane", author(page("<meta name='author' content='Jane'>", "<p>Von John Smith</p>" + PROSE)));
  }

  @Test
  void aBylineMayNameASiteButTheSitesAddressAfterANameIsCut() throws Exception {
    assertEquals("www.example-travels.com", author(page("", "<span class='post-meta-author'>Autor: <a href='/author/et/'>www.example-travels.com</a></span>" + PROSE)));
    assertNull(author(page("<meta name='author' content='www.example-travels.com'>", PROSE)));
    assertEquals("Jane Doe", author(page("", "<span class='author'>Jane Doe / courier.com</span>" + PROSE)));
    assertEquals("Jane Doe", author(page("", "<span class='author'>Jane Doe/SP-X</span>" + PROSE)));
    assertEquals("dpa/lno", author(page("", "<p>Hamburg (dpa/lno) – Die Gespräche gehen weiter, hieß es am Abend.</p>")));
  }

  @Test
  void theBylinesPartOfALineOfSeveralParts() throws Exception {
    assertEquals("Jane Doe", author(page("", "<div class='info'><span>Trending</span> | By <span>Jane Doe</span> | April 13, 2020</div>" + PROSE)));
  }

  @Test
  void anAgencysCreditStandingAloneIsTheAuthor() throws Exception {
    assertEquals("AFP", author(page("", "<header><p class='credit'>AFP</p></header>" + PROSE)));
    assertNull(author(page("", "<p>Photos</p>" + PROSE)));
  }

  @Test
  void aPicturesCreditAndALinkToTheAuthorsPostsAfterTheNameAreCut() throws Exception {
    assertEquals("Jane Doe", author(page("", "<div class='author-box'>Jane Doe Foto: John Smith</div>" + PROSE)));
    assertEquals("Jane Doe", author(page("", "<div class='author-bio'><h3>Jane Doe</h3> <a href='/a/jd'>Alles von Jane Doe</a> Kontakt</div>" + PROSE)));
  }

  @Test
  void aTwitterCardsWrittenByFieldNamesTheAuthor() throws Exception {
    assertEquals("Jane Doe", author(page("<meta name='twitter:label1' content='Verfasst von'><meta name='twitter:data1' content='Jane Doe'>", PROSE)));
    assertNull(author(page("<meta name='twitter:label1' content='Est. reading time'><meta name='twitter:data1' content='4 minutes'>", PROSE)));
  }

  @Test
  void aRoleBeforeTheNameIsCut() throws Exception {
    assertEquals("Erika Muster", author(page("", "<p>Von Korrespondentin Erika Muster</p>" + PROSE)));
    assertEquals("Max Mustermann", author(page("", "<div class='author'>Rechtsanwalt Max Mustermann</div>" + PROSE)));
    assertEquals("Jane Doe", author(page("<script type='application/ld+json'>{\"@type\":\"NewsArticle\","
        + "\"author\":{\"@type\":\"Person\",\"name\":\"Von Courier-Experte Jane Doe\"}}</script>", PROSE)));
    assertEquals("Reporter", author(page("", "<div class='author'>Reporter</div>" + PROSE)));
  }

  @Test
  void aBylineOnALineOfItsOwnInALongBlock() throws Exception {
    assertEquals("Erika Muster", author(page("", PROSE + "<div>Symbolbild: Max Mustermann, Bildagentur Beispiel, alle Rechte beim"
        + " Fotografen und der Agentur, die es zur Verfügung stellte<br><br>Autor: <a href='/anwalt/'>Rechtsanwältin</a> Erika Muster</div>")));
  }

  @Test
  void aLinkToAProfileNamesTheAuthorOnlyWhenItsTextIsAName() throws Exception {
    assertEquals("Jean Dupont", author(page("", "<a href='/fr/about/profile/s-1'>A propos du Courrier</a>"
        + "<p>Auteur : Jean Dupont</p>" + PROSE)));
    assertEquals("Jean Dupont", author(page("", "<a href='/profile/jean-dupont'>Jean Dupont</a>" + PROSE)));
  }

  @Test
  void aBylineInATeaserNamedBoxRightAfterTheHeadingIsTheArticles() throws Exception {
    assertEquals("ERIKA MUSTER", author(page("", "<h1>Die Gespräche gehen weiter</h1>"
        + "<div class='teaser-small__meta'><p>VON <a href='/autoren/em'>ERIKA MUSTER</a> am 21. April 2020</p></div>" + PROSE)));
    assertNull(author(page("", "<h1>Die Gespräche gehen weiter</h1>" + PROSE
        + "<div class='teaser-small__meta'><p>Von Max Mustermann am 20. April 2020</p></div>")));
    assertNull(author(page("", "<h1>Die Gespräche gehen weiter</h1>" + PROSE
        + "<div class='teaser'><h2>Mehr zum Thema</h2><p>Von Max Mustermann</p></div>")));
  }

  @Test
  void anInterviewsBylineNamesBothPeople() throws Exception {
    assertEquals("Erika Muster; Max Mustermann", author(page("", PROSE + "<p class='author'>Erika Muster im Gespräch mit Max Mustermann</p>")));
  }

  @Test
  void aPersonalSitesCopyrightHolderIsTheLastResort() throws Exception {
    String footer = "<footer><p>%s</p></footer>";
    assertEquals("Jane Doe", author(page("", PROSE).replace("</body>", footer.formatted("© 2021 Jane Doe") + "</body>")));
    assertEquals("Jane Doe", author(page("", PROSE).replace("</body>", footer.formatted("Copyright (c) 2012- Jane Doe. All rights reserved.") + "</body>")));
    assertEquals("Jane Doe", author(page("", PROSE).replace("</body>", footer.formatted("(c) Jane Doe • Alle Rechte vorbehalten") + "</body>")));
    assertNull(author(page("", PROSE).replace("</body>", footer.formatted("© Jane Doe") + "</body>")));
    assertNull(author(page("", PROSE).replace("</body>", footer.formatted("© 2021 Courier Verlag GmbH") + "</body>")));
    assertEquals("Erika Muster", author(page("", "<p>Von Erika Muster</p>" + PROSE).replace("</body>", footer.formatted("© 2021 Jane Doe") + "</body>")));
  }

  @Test
  void aLicenceNoticeCreditsThePersonalSitesAuthor() throws Exception {
    assertEquals("Jane Doe", author(page("", PROSE).replace("</body>", "<aside><span>A Dog's Diary</span> by <a href='/'"
        + " rel='cc:attributionURL'>Jane Doe</a> is licensed under a <a rel='license' href='/cc'>Creative Commons licence</a>.</aside></body>")));
  }

  @Test
  void aSignatureFollowedByFootnotes() throws Exception {
    String footnote = "<p>(1) " + PROSE.substring(3);
    assertEquals("Jean Dupont", author(page("", PROSE + "<p align='right'><em>Jean Dupont</em></p>" + footnote)));
  }

  @Test
  void anEditorsLabelBeforeTheNameMarksTheByline() throws Exception {
    assertEquals("Erika Muster", author(page("", "<div>05.02.2020 <span>- Redaktion: Erika Muster (Pressesprecherin)</span></div>" + PROSE)));
  }

  @Test
  void aHandleMayHoldDigitsButANumberIsNoName() throws Exception {
    assertEquals("jdoe1984", author(page("", "<p>von <span class='author vcard'><a href='/author/jdoe1984/'>jdoe1984</a></span></p>" + PROSE)));
    assertNull(author(page("", "<span class='author'>2020</span>" + PROSE)));
  }

  @Test
  void aLinkToTheAuthorsSocialAccountIsNoPartOfTheName() throws Exception {
    assertEquals("Jane", author(page("", "<div class='entry-meta-author'><a href='/author/jane/'>Jane</a>"
        + " <a href='https://twitter.com/janedoe'>janedoe</a></div>" + PROSE)));
  }

  @Test
  void theSitesNameAsAPartOfItsLongNameOrSpelledAsItsDomainIsNoAuthor() throws Exception {
    assertEquals("Jane Doe", author(page("<meta property='og:site_name' content='Talks resume | The Courier'>"
        + "<meta name='author' content='The Courier'>", "<div class='author'><a rel='author' href='/autor/jd'>Jane Doe</a></div>" + PROSE)));
    assertEquals("Jane Doe", author(page("<meta name='publisher' content='Couri.er'><meta name='author' content='Courier'>",
        "<p>By Jane Doe</p>" + PROSE)));
  }

  @Test
  void anAgencysCreditMayNameTheSiteBesideTheDesk() throws Exception {
    assertEquals("red, bz.at/Agenturen", author(page("<meta property='og:site_name' content='bz.at'>",
        PROSE + "<p>red, bz.at/Agenturen</p>")));
  }

  @Test
  void anAuthorMarkupAroundALinkToTheHomePageNamesTheSite() throws Exception {
    assertEquals("Jane Doe", author(page("", "<h1 class='vcard author'><a class='fn' href='/'>Courier Archive</a></h1>"
        + "<h4 class='vcard author'>vom <span class='fn'>Jane Doe</span></h4>" + PROSE)));
  }

  @Test
  void aPicturesCreditOrAQuestionInTheAuthorMarkupIsNoName() throws Exception {
    assertNull(author(page("", "<p class='byline'>Bild © hr</p>" + PROSE)));
    assertEquals("Jane Doe", author(page("", "<a href='/autoren/'>AUTHORS Who writes for us?</a>"
        + "<div class='author'><a href='/autoren/jane-doe/'>Jane Doe</a>, 21. Jan. 2015</div>" + PROSE)));
  }

  @Test
  void aHandleInTheMetadataIsWrittenAsTheBylineSpellsIt() throws Exception {
    assertEquals("Gàbor Muniér", author(page("<meta property='article:author' content='gabor_munier'>",
        "<ul><li class='submitted'>Author: <a href='/team/gm'>Gàbor Muniér</a>, Datum: 03.03.19</li></ul>" + PROSE)));
    assertEquals("jdoe", author(page("<meta property='article:author' content='jdoe'>", "<p>Von Max Mustermann</p>" + PROSE)));
  }

  @Test
  void aLicencesAttributionIsNoByline() throws Exception {
    assertNull(author(page("", "<span class='author-name'><a class='license-author' href='/wiki/File:x.jpg'>Jane Doe</a></span>" + PROSE)));
  }

  @Test
  void aSignOffOrANameAboveTheDateUnderThePostIsTheAuthor() throws Exception {
    assertEquals("MaxMuster", author(page("", PROSE + "<p>Viel Glück!</p><p>Euer MaxMuster</p>")));
    assertEquals("Jane", author(page("", PROSE + "<p>Cheers, Jane!</p>")));
    assertEquals("Benni", author(page("", PROSE + "<p>Benni<br>10. September 2017</p>")));
    assertNull(author(page("", PROSE + "<p>Eure deutschen Verwandten</p>")));
    assertNull(author(page("", PROSE + "<p>Viel Glück!</p>")));
  }

  @Test
  void theSitesInitialsAreNoAuthor() throws Exception {
    assertEquals("Jane Doe", author(page("<meta property='og:site_name' content='DAILY COURIER'>",
        "<span class='author'>DC</span><div class='byline'>Jane Doe</div>" + PROSE)));
  }

  @Test
  void initialsInTheBylineStandForTheNameOfTheCopyright() throws Exception {
    String footer = "<footer><p>© 2021 Jane Doe</p></footer>";
    assertEquals("Jane Doe", author(page("", "<span class='author'><a href='/author/jd/'>JD</a></span>" + PROSE).replace("</body>", footer + "</body>")));
    assertEquals("JD", author(page("", "<span class='author'><a href='/author/jd/'>JD</a></span>" + PROSE)
        .replace("</body>", "<footer><p>© 2021 Max Mustermann</p></footer></body>")));
  }

  @Test
  void aNameAboveTheSignersOfficeSignsThePost() throws Exception {
    assertEquals("Erika MUSTER", author(page("", PROSE + "<p>Erika MUSTER<br>Vorsitzende des Vereins</p>")));
    assertNull(author(page("", PROSE + "<p>Erika Muster<br>Tel. 030 123456</p>")));
  }

  @Test
  void aFirstNameInTheBylineIsCompletedByTheAuthorsBox() throws Exception {
    assertEquals("Jane Doe", author(page("<meta name='author' content='Jane'>", PROSE
        + "<div class='author-box'><div class='author-box__bio'>Jane Doe - reporter and cyclist. She has written about"
        + " mountains for the paper since 2002 and lives with her family in the hills above the city.</div></div>")));
  }

  @Test
  void anOrganisationOpeningWithItsAcronymYieldsToTheBylinesWriter() throws Exception {
    assertEquals("Cooper", author(page("<meta name='author' content='EFC Musterstadt'>",
        "<span class='itemPoster'>Geschrieben von <a href='/user?id=6'>Cooper</a></span> am 25.08.2015" + PROSE)));
    assertEquals("JANE DOE", author(page("<meta name='author' content='JANE DOE'>", "<p>Geschrieben von Cooper</p>" + PROSE)));
  }

  @Test
  void aPicturesCreditMarkedAsTheAuthorYieldsToTheByline() throws Exception {
    assertEquals("Erika Muster", author(page("", "<span class='gallery__autor'>Foto:&nbsp;Max&nbsp;Mustermann</span>"
        + "<p>Von Erika Muster</p>" + PROSE)));
  }

  @Test
  void theArticlesBylineOverridesAMetaElementNoJsonLdConfirms() throws Exception {
    assertEquals("Erika Muster", author(page("<meta name='author' content='Max Mustermann - Jane Doe'>",
        "<div class='article-author'><a rel='author' href='/author/em/'>Erika Muster</a></div>" + PROSE)));
    assertEquals("Jane Doe", author(page("<meta name='author' content='Jane Doe'>",
        "<div class='article-author'><a rel='author' href='/author/jd/'>Jane Doe</a></div>" + PROSE)));
    assertEquals("Max Mustermann", author(page("<meta name='author' content='Max Mustermann'>"
        + "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"author\":{\"@type\":\"Person\",\"name\":\"Max Mustermann\"}}</script>",
        "<div class='article-author'><a rel='author' href='/author/em/'>Erika Muster</a></div>" + PROSE)));
  }
}
