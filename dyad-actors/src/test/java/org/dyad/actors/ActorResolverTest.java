package org.dyad.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.actors.knowledge.IsoCountries;
import org.junit.jupiter.api.Test;

class ActorResolverTest {
  private static final LocalDate APRIL_2021 = LocalDate.of(2021, 4, 7);
  private final ActorResolver resolver = ActorResolver.standard();

  private String code(String text, LocalDate date) {
    Mention m = resolver.resolveText(text, date);
    return m.resolved() ? m.actor().code() : null;
  }

  @Test
  void countriesByNameAbbreviationAndAdjective() {
    assertEquals("PAK", code("Pakistan", APRIL_2021));
    assertEquals("USA", code("the U.S.", APRIL_2021));
    assertEquals("GBR", code("UK", APRIL_2021));
    assertEquals("AFG", code("Afghan", APRIL_2021));
  }

  @Test
  void capitalsAndSeatsStandForTheirGovernment() {
    assertEquals("RUSGOV", code("Moscow", APRIL_2021));
    assertEquals("RUSGOV", code("the Kremlin", APRIL_2021));
    assertEquals("PAKGOV", code("Islamabad", APRIL_2021));
    assertEquals("USAMIL", code("the Pentagon", APRIL_2021));
  }

  @Test
  void aGroupPlacedInAnotherCountrysCapitalIsTheGroup() {
    // the capital gives a country the phrase does not name before the group: no "Chile's Defense Department" reading
    assertEquals("AFGINS", code("Taliban in Islamabad", APRIL_2021));
    assertEquals(code("Hamas", APRIL_2021), code("Hamas in Doha", APRIL_2021));
    assertEquals(code("Taliban", APRIL_2021), code("Taliban Islamabad", APRIL_2021));
  }

  @Test
  void rolesGiveSectors() {
    assertEquals("RUSGOV", code("Russian special envoy for Afghanistan Zamir Kabulov", APRIL_2021));
    assertEquals("PAKMIL", code("Pakistani army", APRIL_2021));
    assertEquals("AFGINS", code("the Taliban", APRIL_2021));
  }

  @Test
  void officesDependOnTheDate() {
    assertEquals("PAKGOV", code("Prime Minister Imran Khan", APRIL_2021));
    assertEquals("PAKOPP", code("Imran Khan", LocalDate.of(2024, 3, 1)));
    assertEquals("AFGGOV", code("the Taliban", LocalDate.of(2022, 3, 1)));
  }

  @Test
  void aTitleTwoKingsBoreIsTheOneReigningOnTheDate() {
    assertEquals("SAUGOV", code("King Abdullah", LocalDate.of(2010, 5, 1)));
    assertEquals("JORGOV", code("King Abdullah", LocalDate.of(2023, 5, 1)));
    assertEquals("JORGOV", code("Jordan's King Abdullah", LocalDate.of(2023, 5, 1)));
  }

  @Test
  void theCountryAPhraseNamesTellsWhichNamesakeATitleAndNameIs() {
    LocalDate may2010 = LocalDate.of(2010, 5, 1);
    assertEquals("JORGOV", code("Jordan's King Abdullah", may2010));
    assertEquals("JORGOV", code("Jordanian King Abdullah", may2010));
    assertEquals("JORGOV", code("King Abdullah of Jordan", may2010));
    assertEquals("Abdullah II of Jordan", resolver.resolveText("the Jordanian King Abdullah", may2010).actor().wikipedia());
    assertEquals("SAUGOV", code("Saudi King Abdullah", may2010));
    assertEquals("SAUGOV", code("Saudi Arabia's King Abdullah", may2010));
    assertEquals("MCOGOV", code("Monaco's Albert II", may2010));
    assertEquals("BELGOV", code("Belgian Albert II", may2010));
    assertEquals("SAUELI", code("Saudi King Abdullah", LocalDate.of(2023, 5, 1)), "a namesake out of office is a former one");
  }

  @Test
  void theCountryATextSpeaksOfTellsWhichNamesakeATitleAndNameIsWhenThePhraseNamesNone() {
    LocalDate may2010 = LocalDate.of(2010, 5, 1);
    assertEquals("JORGOV", resolver.resolveText("King Abdullah", may2010, "JOR").actor().code());
    assertEquals("SAUGOV", resolver.resolveText("King Abdullah", may2010, "EGY").actor().code(), "no namesake there");
    assertEquals("SAUGOV", resolver.resolveText("Saudi King Abdullah", may2010, "JOR").actor().code(), "the phrase's own country first");
    assertTrue(resolver.mayName(SimpleTokenizer.words("King Abdullah"), "JOR"));
    assertFalse(resolver.mayName(SimpleTokenizer.words("Vladimir Putin"), "RUS"), "one country's tenures only");
  }

  @Test
  void aCountryBesideAPersonsNameLeavesTheirOtherOfficesAlone() {
    assertEquals("IGOECL", code("Poland's Donald Tusk", LocalDate.of(2016, 5, 1)));
  }

  @Test
  void formerOfficialsAreElites() {
    assertEquals("GBRELI", code("Tony Blair", LocalDate.of(2015, 1, 1)));
    assertEquals("GBRGOV", code("Tony Blair", LocalDate.of(2005, 1, 1)));
    assertEquals("GBRELI", code("former Prime Minister Tony Blair", LocalDate.of(2005, 1, 1)));
  }

  @Test
  void aMoscowOfTheSovietEraIsTheSovietUnion() {
    assertEquals("USRGOV", code("Moscow", LocalDate.of(1980, 1, 1)));
  }

  @Test
  void aKnownPersonKeepsNameAndWikipediaTitle() {
    Mention m = resolver.resolveText("Russian Foreign Minister Sergey Lavrov", APRIL_2021);
    assertEquals("Sergey Lavrov", m.actor().name());
    assertEquals("Sergey Lavrov", m.actor().wikipedia());
    assertEquals("RUSGOV", resolver.resolveText("Sergei Lavrov", APRIL_2021).actor().code());
  }

  @Test
  void aSurnameOfSomeoneElseIsNotTheKnownPerson() {
    Mention m = resolver.resolveText("Zamir Kabulov", APRIL_2021);
    assertFalse(m.resolved() && "Eyal Zamir".equals(m.actor().name()));
  }

  @Test
  void wordsThatNameNoActor() {
    assertNull(code("the weather", APRIL_2021));
    assertNull(code("us", APRIL_2021));
    assertNull(code("", APRIL_2021));
  }

  @Test
  void aTownOrCityNamesItsCountry() {
    assertEquals("BIH", code("Gorazde", APRIL_2021));
    assertEquals("UKRCVL", code("residents of Kharkiv", APRIL_2021));
    Mention m = resolver.resolveText("Kharkiv", APRIL_2021);
    assertEquals("UKR", m.actor().country());
    assertNull(m.actor().sector());
    assertFalse(m.person());
    assertEquals("RUSGOV", code("Moscow", APRIL_2021), "a capital stays its government");
  }

  @Test
  void smallPlacesAndAbbreviationsAreNotActors() {
    assertNull(code("Hope", APRIL_2021));
    assertNull(code("Unity", APRIL_2021));
    assertNull(code("IST", APRIL_2021));
  }

  @Test
  void countriesNamedAsAWhole() {
    assertEquals("AFG", resolver.countryNamedBy("Afghanistan"));
    assertEquals("USA", resolver.countryNamedBy("the U.S."));
    assertNull(resolver.countryNamedBy("Baghdad"));
    assertNull(resolver.countryNamedBy("Afghan"));
    assertNull(resolver.countryNamedBy("Istanbul"));
  }

  @Test
  void everyIsoCountryResolvesByItsName() {
    List<String> wrong = new ArrayList<>();
    for (IsoCountries.Entry iso : IsoCountries.byAlpha3().values()) {
      for (String name : iso.names()) {
        if (resolver.mayName(SimpleTokenizer.words(name), iso.alpha3())) {
          // a name several countries bear ("Congo"): this country's in a text about it
          Mention m = resolver.resolveText(name, APRIL_2021, iso.alpha3());
          if (!m.resolved() || !iso.alpha3().equals(m.actor().country())) {
            wrong.add(name + " in context -> " + (m.resolved() ? m.actor().country() : null) + " (" + iso.alpha3() + ")");
          }
        } else if (!iso.alpha3().equals(resolver.countryNamedBy(name))) {
          wrong.add(name + " -> " + resolver.countryNamedBy(name) + " (" + iso.alpha3() + ")");
        }
      }
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void aPlaceRightBeforeARoleIsWhereTheRoleIs() {
    assertEquals("CHNCOP", code("Shanghai police", APRIL_2021));
    assertEquals("GBREDU", code("Oxford University", APRIL_2021));
  }

  @Test
  void aCountryNamedBeforeAnotherStatesBodyKeepsIt() {
    assertEquals("CHLGOV", code("Chile's Defense Department", APRIL_2021));
    assertEquals("USAMIL", code("the Defense Department", APRIL_2021), "alone, the name is the US department's");
    assertEquals("PAKINS", code("Pakistani Taliban", APRIL_2021));
  }

  @Test
  void formerMembersOfAnOrganisationAreElitesOfItsCountry() {
    assertEquals("USAELI", code("a former CIA official", APRIL_2021));
    assertEquals("PAKELI", code("former Pakistani minister", APRIL_2021));
    assertEquals("USR", code("the former Soviet Union", LocalDate.of(1995, 1, 1)), "a former state, not an elite");
  }

  @Test
  void aTitleAndSurnameOrFirstNameAndSurnameNameAKnownPerson() {
    Mention duterte = resolver.resolveText("President Duterte", LocalDate.of(2019, 5, 1));
    assertEquals("Rodrigo Duterte", duterte.actor().name());
    assertEquals("George W. Bush", resolver.resolveText("George Dubya Bush", LocalDate.of(2004, 5, 1)).actor().name());
    assertEquals("George W. Bush", resolver.resolveText("G. W. Bush", LocalDate.of(2004, 5, 1)).actor().name());
    assertNull(code("President Smith", APRIL_2021), "no known president is called Smith");
    assertEquals("Recep Tayyip Erdoğan", resolver.resolveText("Mr Erdogan", APRIL_2021).actor().name());
    assertEquals("Antony Blinken", resolver.resolveText("Blinken", APRIL_2021).actor().name(), "a surname only he bears");
    assertNull(code("Blinken", LocalDate.of(2026, 1, 1)), "out of office, a lone surname is not enough");
    assertNull(code("May", LocalDate.of(2018, 5, 1)), "a month, not Theresa May");
  }

  @Test
  void aFirstNameAndASurnameMisspeltByOneLetterNameTheKnownPerson() {
    assertEquals("François Mitterrand", resolver.resolveText("President Francois Mitterand", LocalDate.of(1990, 1, 1)).actor().name());
    assertEquals("FRAGOV", code("President Francois Mitterand", LocalDate.of(1990, 1, 1)));
    assertNull(code("President Jean Mitterand", LocalDate.of(1990, 1, 1)), "another first name");
    assertEquals("FRAGOV", code("President Francois Mitterrrand", LocalDate.of(1990, 1, 1)), "a letter added");
    assertEquals("FRAGOV", code("President Francois Mitterrant", LocalDate.of(1990, 1, 1)), "a letter changed");
    assertNull(code("Barack Obamo", LocalDate.of(2012, 1, 1)), "a short surname is not guessed");
  }

  @Test
  void aCountryNameOrAdjectiveMisspeltByOneLetterNamesThatCountry() {
    assertEquals("KEN", code("Kenyya", null), "a letter added");
    assertEquals("BGD", code("Bangladsh", null), "a letter dropped");
    assertEquals("ARG", code("Argantina", null), "a letter changed");
    assertEquals("CMR", code("Camreoon", null), "two letters swapped");
    assertEquals("MNGGOV", code("the Mongolain government", null), "an adjective misspelt");
    assertEquals("USA", code("Indiana", null), "a place of the gazetteer, not India misspelt");
    assertNull(code("Malia", null), "a short word is not guessed");
  }

  @Test
  void aTitleAndTheSurnameOfKnownOfficeHoldersOfOneCountryNameThatCountry() {
    assertEquals("USAGOV", code("President Bush", null), "two presidents Bush, both American");
    assertEquals("USAGOV", code("President Obama", LocalDate.of(1995, 1, 1)), "out of office, still American");
    assertNull(code("President Smith", LocalDate.of(1995, 1, 1)), "no known president is called Smith");
    assertNull(code("Bush", LocalDate.of(1995, 1, 1)), "no title, no country");
  }

  @Test
  void anOrganisationNamedBesideAPersonPicksTheirTenureThere() {
    Mention borrell = resolver.resolveText("EU foreign policy chief Josep Borrell", APRIL_2021);
    assertEquals("IGOEEC", borrell.actor().code());
    assertEquals("ESPGOV", code("Josep Borrell", LocalDate.of(2019, 1, 1)));
  }

  @Test
  void acronymsWrittenAsWordsAndCapitalsNameTheirWikipediaPage() {
    assertEquals("NATO", resolver.resolveText("Nato", APRIL_2021).actor().wikipedia());
    Mention tehran = resolver.resolveText("TEHRAN", APRIL_2021);
    assertEquals("IRNGOV", tehran.actor().code());
    assertEquals("Tehran", tehran.actor().wikipedia());
    assertNull(resolver.resolveText("Tehran officials", APRIL_2021).actor().wikipedia());
    assertEquals("Puerto Peñasco", resolver.resolveText("Puerto Penasco", APRIL_2021).actor().wikipedia());
  }

  @Test
  void breakawayStatesAndParamilitariesHaveTheirOwnSectors() {
    assertEquals("GEOPRE", code("Abkhazia", APRIL_2021));
    assertEquals("MDAPRE", code("Transnistria", APRIL_2021));
    assertEquals("PRM", resolver.resolveText("paramilitary organization", APRIL_2021).sector());
    assertEquals("UNK", resolver.resolveText("two men", APRIL_2021).sector());
    assertEquals("CRM", resolver.resolveText("group of thieves", APRIL_2021).sector());
  }

  @Test
  void stateNewsAgenciesSpeakForTheirGovernment() {
    assertEquals("PRKGOV", code("KCNA", APRIL_2021));
    assertEquals("SOMGOV", code("Somalia state news agency", APRIL_2021));
  }

  @Test
  void northKoreaIsNeverAnotherCountry() {
    LocalDate summit = LocalDate.of(2018, 6, 12);
    for (String name : List.of("North Korea", "the DPRK", "D.P.R.K.", "N Korea", "NORTH KOREA", "Pyongyang",
        "the North Korean regime", "N. Korean troops")) {
      assertEquals("PRK", resolver.resolveText(name, summit).actor().country(), name);
    }
    assertNull(code("the North", summit), "a compass word is no town: the sentence must say which North");
    assertNull(code("the reclusive North", summit));
    assertNull(code("Central", summit));
  }

  @Test
  void anEthnicGroupIsCodedWhereItLivesWithItsKinState() {
    Mention russians = resolver.resolveText("ethnic Russians in eastern Ukraine", LocalDate.of(2014, 4, 1));
    assertEquals("UKRCVLrus", russians.actor().code());
    assertEquals("UKR", russians.actor().country());
    assertEquals("CVL", russians.actor().sector());
    assertEquals("SRBCVLalb", code("Serbia's ethnic Albanians", LocalDate.of(2001, 3, 1)));
    Mention unplaced = resolver.resolveText("ethnic Hungarians", LocalDate.of(2001, 3, 1));
    assertNull(unplaced.actor(), "where they live is the sentence's to say, not their kin state's");
    assertEquals("CVL", unplaced.sector());
    assertEquals("REB", resolver.resolveText("ethnic Albanian rebels", LocalDate.of(2001, 3, 1)).sector());
  }

  @Test
  void aLeadersAdministrationIsTheGovernmentOfTheirCountryWhateverTheDate() {
    assertEquals("USAGOV", code("the Bush administration", LocalDate.of(2003, 3, 20)));
    assertEquals("USAGOV", code("the Bush administration", LocalDate.of(2016, 3, 20)), "spoken of later");
    assertEquals("USAGOV", code("the Biden administration", LocalDate.of(2022, 2, 24)));
    assertEquals("INDGOV", code("the Modi government", LocalDate.of(2019, 8, 5)));
    assertEquals("GBRGOV", code("the Johnson government", LocalDate.of(2023, 1, 1)));
    assertEquals("DEUGOV", code("the Merkel government", LocalDate.of(2024, 1, 1)));
    Mention regime = resolver.resolveText("the Assad regime", LocalDate.of(2013, 8, 21));
    assertEquals("SYRGOV", regime.actor().code());
    assertNull(regime.actor().name(), "the government, not the man");
    assertFalse(regime.person());
    assertNull(code("the Smith administration", APRIL_2021), "no known leader is called Smith");
  }

  @Test
  void humanitarianAndRightsGroupsAreInternationalOrganisationsOfTheNgoSector() {
    for (String name : List.of("the Red Cross", "ICRC", "the International Committee of the Red Cross", "Amnesty",
        "Amnesty International", "Red Cross officials", "ICRC president", "Amnesty International's secretary general",
        "Amnesty International USA")) {
      Mention m = resolver.resolveText(name, APRIL_2021);
      assertEquals("IGO", m.actor().country(), name + ": PLOVER codes international organisations IGO");
      assertEquals("NGO", m.actor().sector(), name);
      assertNull(m.actor().secondarySector(), name + ": an office of the NGO is no government or IGO");
    }
    assertEquals("USANGO", code("the American Red Cross", APRIL_2021), "a national society");
  }

  @Test
  void aPersonBeforeEveryKnownOfficeHasNoOfficesSector() {
    Mention early = resolver.resolveText("Volodymyr Zelensky", LocalDate.of(2015, 1, 1));
    assertEquals("UKR", early.actor().code(), "not yet president, and never an official before");
    assertEquals("Volodymyr Zelenskyy", early.actor().name());
    assertEquals("UKRGOV", code("Volodymyr Zelensky", APRIL_2021));
    assertEquals("UKROPP", code("opposition leader Volodymyr Zelensky", LocalDate.of(2015, 1, 1)),
        "the phrase's own role words");
    assertEquals("PRTELI", code("Antonio Guterres", LocalDate.of(2010, 1, 1)),
        "between offices: a former Portuguese prime minister, not the UN secretary-general he became");
    assertEquals("IGOUNO", code("Antonio Guterres", APRIL_2021));
  }

  @Test
  void aDefenceMinisterIsGovernmentWithAMilitarySecondSector() {
    Mention gallant = resolver.resolveText("Yoav Gallant", LocalDate.of(2023, 10, 9));
    assertEquals("ISRGOV", gallant.actor().code());
    assertEquals("MIL", gallant.actor().secondarySector());
    assertNull(resolver.resolveText("Yoav Gallant", LocalDate.of(2025, 6, 1)).actor().secondarySector());
  }

  @Test
  void anAllCapitalsAliasMatchesOnlyWrittenInCapitals() {
    // "PLAN" is China's navy, "plan" a word; "TASS" a news agency, "tass" nothing
    assertNull(code("a peace plan", APRIL_2021));
    assertNull(code("Plan", APRIL_2021));
    assertEquals("CHNMIL", code("PLAN", APRIL_2021));
    assertNull(code("the ceasefire plan", APRIL_2021));
    // a word form is an alias only where the knowledge file gives it
    assertEquals("IGONAT", code("Nato", APRIL_2021));
    assertEquals("IGONAT", code("NATO", APRIL_2021));
  }

  @Test
  void monthsWeekdaysAndPoliticalWordsAreNotPlaces() {
    for (String word : List.of("March", "last May", "Monday", "Union", "Republic", "the Republic", "God", "the Federation",
        "the Homeland Union", "the Federal Republic")) {
      assertNull(code(word, APRIL_2021), word);
    }
    assertEquals("PRK", code("the Democratic People's Republic of Korea", APRIL_2021));
    assertEquals("LBNINS", code("the Party of God", APRIL_2021)); // Hezbollah's name in English
  }

  @Test
  void aLanguageIsNoActor() {
    assertNull(code("the Russian language", APRIL_2021));
    assertNull(code("the Arabic language", APRIL_2021));
    assertEquals("RUS", code("Russian", APRIL_2021));
    assertEquals("RUSGOV", code("Russian officials", APRIL_2021));
  }

  @Test
  void aPartyNamedByAGenericWordNeedsItsCountry() {
    assertNull(code("the Conservatives", APRIL_2021));
    assertNull(code("Social Democrats", APRIL_2021));
    assertNull(code("the People's Party", APRIL_2021));
    assertEquals("ESPPTY", resolver.resolveText("the People's Party", APRIL_2021, "ESP").actor().code());
    assertEquals("ESPPTY", code("Spain's People's Party", APRIL_2021));
    assertEquals("GBRPTY", code("British Conservatives", APRIL_2021));
    assertEquals("LTUPTY", code("Lithuanian Conservatives", APRIL_2021));
    Mention inContext = resolver.resolveText("the Conservatives", APRIL_2021, "GBR");
    assertEquals("GBRPTY", inContext.actor().code());
    assertEquals("Conservative Party (UK)", inContext.actor().wikipedia());
    assertEquals("CANPTY", resolver.resolveText("the Conservatives", APRIL_2021, "CAN").actor().code());
    // a name of one country's party needs no context; a name every country's politics uses does
    assertEquals("GBRPTY", code("the Tories", APRIL_2021));
    assertEquals("DEUPTY", code("the CDU", APRIL_2021));
    assertNull(code("the Conservative Party", APRIL_2021));
    assertEquals("GBRPTY", resolver.resolveText("the Conservative Party", APRIL_2021, "GBR").actor().code());
  }

  @Test
  void anInstitutionTakesItsCountryFromItsPhraseElseTheContextNeverAFixedOne() {
    assertEquals("CIVJUD", code("the Ivory Coast's Supreme Court", APRIL_2021));
    assertEquals("PAKJUD", code("the Supreme Court of Pakistan", APRIL_2021));
    assertEquals("INDJUD", code("the Indian Supreme Court", APRIL_2021));
    assertEquals("USAJUD", code("the U.S. Supreme Court", APRIL_2021));
    Mention bare = resolver.resolveText("the Supreme Court", APRIL_2021);
    assertFalse(bare.resolved());
    assertEquals("JUD", bare.sector());
    assertEquals("KENJUD", resolver.resolveText("the Supreme Court", APRIL_2021, "KEN").actor().code());
    assertEquals("PERLEG", resolver.resolveText("Congress", APRIL_2021, "PER").actor().code());
    assertFalse(resolver.resolveText("Congress", APRIL_2021).resolved());
    // a lower-case role is no named institution: the context does not make "a court" a country's
    assertFalse(resolver.resolveText("a court", APRIL_2021, "KEN").resolved());
  }

  @Test
  void aBarePlaceIsTheBetterKnownOneUnlessTheContextNamesACountry() {
    Mention geneva = resolver.resolveText("Geneva", APRIL_2021);
    assertEquals("CHE", geneva.actor().country());
    assertEquals("Geneva", geneva.actor().wikipedia());
    assertEquals("EGY", code("Alexandria", APRIL_2021));
    assertEquals("USA", resolver.resolveText("Alexandria", APRIL_2021, "USA").actor().country());
    assertEquals("LBYGOV", code("Tripoli", APRIL_2021));
    assertEquals("LBN", resolver.resolveText("Tripoli", APRIL_2021, "LBN").actor().country());
    assertEquals("LBYGOV", resolver.resolveText("Tripoli", APRIL_2021, "LBY").actor().code());
    // the phrase's own country comes first
    assertEquals("EGY", resolver.resolveText("Alexandria, Egypt", APRIL_2021, "USA").actor().country());
  }

  @Test
  void armedGroupsOfTheLateTwentiethCenturyAsTheyStoodThen() {
    LocalDate y1995 = LocalDate.of(1995, 6, 1);
    assertEquals("AGOREB", code("UNITA", y1995));
    assertEquals("AGOPTY", code("UNITA", LocalDate.of(2010, 1, 1)));
    assertEquals("SLEREB", code("the Revolutionary United Front", y1995));
    assertEquals("LKAREB", code("the Tamil Tigers", y1995));
    assertEquals("LKAREB", code("LTTE", y1995));
    assertEquals("KHMGOV", code("the Khmer Rouge", LocalDate.of(1977, 1, 1)));
    assertEquals("KHMINS", code("the Khmer Rouge", LocalDate.of(1990, 1, 1)));
    assertEquals("GBRREB", code("the IRA", y1995));
    assertEquals("ESPSEP", code("ETA", y1995));
    assertEquals("NICREB", code("the Contras", LocalDate.of(1986, 1, 1)));
    assertEquals("MOZREB", code("RENAMO", LocalDate.of(1988, 1, 1)));
    assertEquals("SDNREB", code("the SPLA", y1995));
    assertEquals("SSDPTY", code("the SPLM", LocalDate.of(2015, 1, 1)));
    assertEquals("TURREB", code("the rebel Kurdistan Workers' Party", y1995));
    assertEquals("COLREB", code("FARC", y1995));
    assertEquals("COLREB", code("the ELN", y1995));
  }

  @Test
  void leadersOfTheNineteenNinetiesOnTheirDates() {
    LocalDate y1995 = LocalDate.of(1995, 6, 1);
    assertEquals("RUSGOV", code("Boris Yeltsin", y1995));
    assertEquals("RUSGOV", code("Russian Foreign Minister Andrei Kozyrev", y1995));
    assertEquals("USAGOV", code("Secretary of State Warren Christopher", y1995));
    assertEquals("ZAFGOV", code("President Nelson Mandela", y1995));
    assertEquals("PSEGOV", code("Yasser Arafat", y1995));
    assertEquals("DEUGOV", code("Chancellor Helmut Kohl", y1995));
    assertEquals("FRGGOV", code("Chancellor Helmut Kohl", LocalDate.of(1988, 1, 1)));
    assertEquals("YUGGOV", code("Vojislav Kostunica", LocalDate.of(2001, 5, 1)));
    assertEquals("SRBGOV", code("Vojislav Kostunica", LocalDate.of(2007, 5, 1)));
    assertEquals("ZAFREL", code("Archbishop Desmond Tutu", LocalDate.of(1990, 1, 1)));
    for (LocalDate d = LocalDate.of(2009, 1, 20); d.isBefore(LocalDate.of(2017, 1, 20)); d = d.plusDays(97)) {
      assertEquals("USAGOV", code("President Obama", d), d.toString());
    }
    // two presidents named George Bush: the date decides, else the middle initial, else the later
    assertEquals("George H. W. Bush", resolver.resolveText("George Bush", LocalDate.of(1991, 1, 1)).actor().name());
    assertEquals("George W. Bush", resolver.resolveText("George Bush", LocalDate.of(2003, 1, 1)).actor().name());
    assertEquals("George W. Bush", resolver.resolveText("G. W. Bush", null).actor().name());
    assertEquals("George H. W. Bush", resolver.resolveText("George H. W. Bush", null).actor().name());
  }

  private String inContext(String text, String sentence) {
    Mention m = resolver.resolveInContext(text, APRIL_2021, sentence);
    return m.resolved() ? m.actor().code() : null;
  }

  @Test
  void aCapitalisedOrUnlemmatisedPluralRoleIsItsRole() {
    assertEquals("CVL", resolver.resolveText("Protesters", APRIL_2021).sector());
    assertEquals("EDU", resolver.resolveText("Students", APRIL_2021).sector());
    assertEquals("FRAMIL", code("French Soldiers", APRIL_2021));
    List<Word> troops = List.of(new Word("Turkish", "Turkish", "JJ", 0, 7), new Word("troops", "troops", "NNS", 8, 14));
    assertEquals("TURMIL", resolver.resolve(troops, APRIL_2021, "Turkish troops").actor().code());
    assertEquals("GOV", resolver.resolveText("the minister", APRIL_2021).sector());
  }

  @Test
  void peopleInACapitalAreItsPeopleNotItsGovernment() {
    assertEquals("KENCVL", code("Protesters in Nairobi", APRIL_2021));
    assertEquals("IRNEDU", code("Students in Tehran", APRIL_2021));
    assertEquals("AFGUAF", code("Gunmen in Kabul", APRIL_2021));
    assertEquals("PERAGR", code("farmers outside Lima", APRIL_2021));
    assertEquals("GEO", code("thousands in Tbilisi", APRIL_2021));
    assertEquals("SENCVL", code("residents of Dakar", APRIL_2021));
    // the capital as the head of the phrase is still its government
    assertEquals("KENGOV", code("Nairobi", APRIL_2021));
    assertEquals("RUSGOV", code("Moscow", APRIL_2021));
  }

  @Test
  void aUniqueOfficeIsItsBodysWhateverTheContext() {
    assertEquals("VATREL", inContext("the Pope", "The Pope called for peace in Ukraine."));
    assertEquals("Pope Francis", resolver.resolveText("the pope", APRIL_2021).actor().name());
    assertEquals("Pope Leo XIV", resolver.resolveText("Pope", LocalDate.of(2025, 9, 1)).actor().name());
    assertEquals("CHNREL", inContext("the Dalai Lama", "The Dalai Lama met students in India."));
    assertEquals("IGOUNO", inContext("the Secretary-General", "The Secretary-General visited Mali."));
    assertEquals("António Guterres", resolver.resolveText("the Secretary-General", APRIL_2021).actor().name());
    // a phrase that names another body or person is not the unique office
    assertEquals("IGONAT", code("NATO Secretary-General", APRIL_2021));
    assertEquals("EGYREL", inContext("Coptic Pope Shenouda", "Coptic Pope Shenouda spoke in Egypt."));
  }

  @Test
  void onlyPeopleAndGroupsTakeTheContextsCountry() {
    assertNull(inContext("a commercial ship", "Houthi rebels attacked a commercial ship off Yemen."));
    assertNull(inContext("the new law", "Protesters in Georgia rejected the new law."));
    assertNull(inContext("A temporary bridge", "A temporary bridge opened in Nepal."));
    assertEquals("YEMCVL", inContext("the residents", "Yemen said the residents were safe."));
    assertEquals("NPLGOV", inContext("the minister", "The minister spoke in Nepal."));
    assertEquals("NPL", inContext("Ram Bahadur Thapa", "Ram Bahadur Thapa spoke in Nepal."));
  }

  @Test
  void aNameSeveralCountriesBearIsTheContextsElseTheOneNewsMostlyMeans() {
    assertEquals("COD", code("Congo", APRIL_2021));
    assertEquals("COD", code("eastern Congo", APRIL_2021));
    assertEquals("CODMIL", code("the Congolese army", APRIL_2021));
    assertEquals("COG", code("the Republic of the Congo", APRIL_2021));
    assertEquals("COG", resolver.resolveText("Congo", APRIL_2021, "COG").actor().code());
    assertEquals("COGMIL", resolver.resolveText("Congolese soldiers", APRIL_2021, "COG").actor().code());
    assertEquals("CODGOV", code("Kinshasa", APRIL_2021));
    assertEquals("COGGOV", code("Brazzaville", APRIL_2021));
    List<Word> congo = SimpleTokenizer.words("northern Congo");
    assertTrue(resolver.mayName(congo, "COG"));
    assertFalse(resolver.mayName(SimpleTokenizer.words("Brazzaville"), "COD"));
  }

  @Test
  void aCounterpartIsAGovernmentOfficeOfTheCountryNamed() {
    assertEquals("SAUGOV", code("his Saudi counterpart", APRIL_2021));
    assertEquals("GOV", resolver.resolveText("counterpart", APRIL_2021).sector());
  }

  /** Words as a tagger gives them, each as written, hyphenated ones kept whole. */
  private static List<Word> tagged(String... wordsAndTags) {
    List<Word> out = new ArrayList<>();
    int at = 0;
    for (int k = 0; k < wordsAndTags.length; k += 2) {
      String w = wordsAndTags[k];
      String tag = wordsAndTags[k + 1];
      out.add(new Word(w, tag.startsWith("NNP") ? w : w.toLowerCase(java.util.Locale.ROOT), tag, at, at + w.length()));
      at += w.length() + 1;
    }
    return out;
  }

  @Test
  void aHyphenatedWordTheTaggerKeptWholeMatchesItsParts() {
    Mention vice = resolver.resolve(tagged("Vice-President", "NNP", "Ruth", "NNP", "Okello", "NNP"), APRIL_2021,
        "Vice-President Ruth Okello");
    assertEquals("GOV", vice.sector());
    assertTrue(vice.person());
    Mention protesters = resolver.resolve(tagged("anti-government", "JJ", "protesters", "NNS"), APRIL_2021,
        "anti-government protesters");
    assertEquals("OPP", protesters.sector());
    assertEquals("ELI", resolver.resolve(tagged("ex-minister", "NN"), APRIL_2021, "ex-minister").sector());
    List<Word> parts = SimpleTokenizer.splitHyphens(tagged("Co-Chair", "NNP"));
    assertEquals(List.of("Co", "Chair"), parts.stream().map(Word::text).toList());
    assertEquals(3, parts.get(1).begin());
  }

  @Test
  void aCountryAfterProOrAntiIsAStanceNotTheActorsCountry() {
    assertNull(code("anti-American protesters", APRIL_2021));
    assertEquals("CVL", resolver.resolveText("anti-American protesters", APRIL_2021).sector());
    assertEquals("LBNINS", code("the pro-Iranian Hezbollah", APRIL_2021));
    assertEquals("SEP", resolver.resolveText("pro-Russian separatists", APRIL_2021).sector());
    assertEquals("UKRSEP", code("pro-Russian separatists in Donetsk", APRIL_2021));
  }

  @Test
  void everyBodyWordsExampleIsAnUnknownBody() {
    for (String example : BodyWords.standard().examples()) {
      assertEquals("NGO", code(example, APRIL_2021), example);
    }
  }

  @Test
  void anUnknownBodyIsNonGovernmentalUnlessTheTextSpeaksOfOneCountry() {
    assertEquals("NGO", code("the Harbour Safety Committee (HSC)", APRIL_2021));
    assertEquals("NGO", code("the Open Sky Association", APRIL_2021));
    assertEquals("GHA", inContext("the Harbour Safety Committee", "The Harbour Safety Committee inspected the port of Tema in Ghana."));
    assertEquals("NGO", inContext("the World Rivers Forum", "The World Rivers Forum met in Ghana."), "an international name keeps no country");
    assertEquals("NGO", inContext("the Harbour Safety Committee", "The Harbour Safety Committee blamed Ghana and Togo."));
    assertNull(code("the Central Committee", APRIL_2021), "generic words only: some party's");
    assertNull(code("Committee", APRIL_2021));
    assertEquals("KEN", code("the Kenya Fisheries Commission", APRIL_2021), "a body whose name carries its country");
    assertEquals("IGOEUC", code("the European Commission", APRIL_2021));
    assertEquals("LEG", resolver.resolveText("the Parliamentary Committee", APRIL_2021).sector(), "a state body stays a role");
    List<Word> body = SimpleTokenizer.words("the Harbour Safety Committee");
    assertTrue(resolver.mayName(body, "GHA"));
  }

  @Test
  void aTitledUnknownPersonTakesTheOneCountryTheSentenceNames() {
    assertEquals("PERGOV", inContext("Planning Minister Ana Ruiz", "Planning Minister Ana Ruiz said Peru is committed to reform."));
    assertEquals("KENGOV", inContext("Vice-President Juma Oduya",
        "Vice-President Juma Oduya resisted pressure from the Kenya Fisheries Commission."), "a body naming the country");
    assertEquals("MLIMIL", inContext("General Issa Konate", "General Issa Konate said Malian troops would stay."), "by adjective");
    assertNull(inContext("Planning Minister Ana Ruiz", "Planning Minister Ana Ruiz said Peru and Chile are committed to reform."),
        "two countries: no telling whose");
    assertNull(inContext("the minister", "The minister met Hamid Karzai in Accra."), "a known person's country counts too");
    assertEquals("PERGOV", inContext("Planning Minister Ana Ruiz", "Planning Minister Ana Ruiz condemned pro-Cuban protests in Peru."),
        "a stance names no country");
    assertEquals("VNMGOV", resolver.resolveText("Planning Minister Tran Van Hoa", APRIL_2021, "VNM").actor().code(),
        "the country the document speaks of");
    assertEquals("VNMMIL", resolver.resolveText("General Le Van Dung", APRIL_2021, "VNM").actor().code());
    assertNull(resolver.resolveText("activist Le Van Dung", APRIL_2021, "VNM").actor(), "no national office");
    assertNull(resolver.resolveText("former minister Le Van Dung", APRIL_2021, "VNM").actor(), "no office held");
    assertNull(resolver.resolveText("former Le Van Dung", APRIL_2021, "VNM").actor(), "a bare marker is no title");
    assertEquals("SRBCVL", inContext("the villagers", "The villagers hid ethnic Albanians near Nis in Serbia."), "kin name no country");
    assertEquals("PERGOV", inContext("the minister", "The minister met the Conservatives in Peru."), "a generic party is any country's");

  }

  @Test
  void aPluralTheRolesListIsMeantApartFromItsLemma() {
    // a tagger lemmatises "people" to "person"; the roles list "people" (civilians) apart from "person" (anyone)
    assertEquals("CVL", resolver.resolve(List.of(new Word("people", "person", "NNS", 0, 6)), APRIL_2021, "people").sector());
    assertEquals("UNK", resolver.resolve(List.of(new Word("person", "person", "NN", 0, 6)), APRIL_2021, "person").sector());
    List<Word> inCity = List.of(new Word("people", "person", "NNS", 0, 6), new Word("in", "in", "IN", 7, 9),
        new Word("Kharkiv", "Kharkiv", "NNP", 10, 17));
    assertEquals("UKRCVL", resolver.resolve(inCity, APRIL_2021, "people in Kharkiv").actor().code());
  }

  @Test
  void peopleNamedByWhatTheyDoArePlacedByTheirTown() {
    assertEquals("AFGCVL", code("hundreds of mourners in Kandahar", APRIL_2021));
    assertEquals("PERCVL", code("shoppers in Lima", APRIL_2021));
    Mention marchers = resolver.resolveText("thousands of marchers in Lima", APRIL_2021);
    assertEquals("PERCVL", marchers.actor().code());
    assertEquals("OPP", marchers.actor().secondarySector(), "marchers are protesters");
  }
}
