package org.dyad.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.actors.knowledge.Country;
import org.dyad.actors.knowledge.KnowledgeBase;
import org.dyad.actors.knowledge.Organisation;
import org.dyad.actors.knowledge.Person;
import org.dyad.actors.knowledge.Role;
import org.dyad.actors.places.Gazetteer;
import org.dyad.actors.places.Place;
import org.dyad.model.Actor;

/**
 * Resolves the words of a noun phrase to an actor, as of a date: a known person in the office
 * held that day, an organisation or armed group as it stood that day, or a country with the
 * sector its role words give ("Russian Foreign Minister" is RUSGOV, "the Kremlin" RUSGOV,
 * "Pakistani troops" PAKMIL), or, failing those, a town or city large enough to be news with its
 * country ("residents of Kharkiv" is UKRCVL, "Gorazde" BIH). Thread-safe.
 */
public final class ActorResolver {
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those");
  /**
   * Places smaller than this are not taken for actors: among small places' names are too many
   * words and surnames ("Hope", "Unity"); Gorazde (17,650) is just above it.
   */
  static final int MIN_ACTOR_POPULATION = 15_000;

  private static final Set<String> PLACE_PREPOSITIONS = Set.of("of", "from", "in");
  /** Prepositions that place people in a city: "in Kabul", "from Tehran", "outside Nairobi". */
  private static final Set<String> LOCATIVES =
      Set.of("of", "from", "in", "at", "near", "around", "outside", "across", "throughout");
  /** Territories without people or government: places, never actors. */
  private static final Set<String> UNINHABITED = Set.of("ATA", "BVT", "HMD");
  /** Courtesy titles before a surname. */
  private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "dr", "sir", "dame");
  /** Capitalised words that are never taken for a lone surname. */
  private static final Set<String> NOT_SURNAMES = Set.of("January", "February", "March", "April", "May", "June", "July",
      "August", "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
      "Saturday", "Sunday");
  /**
   * Compass words and the like: capitalised in "the North", "the West", never a town on their own
   * (GeoNames gives "North" as another name of North Salt Lake).
   */
  private static final Set<String> NOT_PLACES = Set.of("North", "South", "East", "West", "Northern", "Southern",
      "Eastern", "Western", "Central", "Upper", "Lower", "Middle", "Greater", "Far", "Near");
  /**
   * Common words that name small places too (GeoNames has a March, a Union, a Republic and a Göd)
   * but in news are words: the generic nouns and adjectives of political names ("the Democratic
   * People's Republic", "the Homeland Union", "Party of God"), words of religion, and the like. A
   * run of capitalised words made only of these, of month and weekday names and of compass words
   * is never taken for a place.
   */
  private static final Set<String> GENERIC_WORDS = Set.of("Union", "Republic", "Republics", "Kingdom", "State", "States",
      "Federation", "Confederation", "Commonwealth", "Empire", "Emirate", "Party", "Front", "Movement", "Army", "Council",
      "Congress", "Assembly", "Parliament", "Government", "Court", "Democratic", "Democracy", "People", "Peoples",
      "Popular", "Liberation", "National", "United", "Independence", "Alliance", "Coalition", "League", "Commission",
      "Committee", "Ministry", "Agency", "Authority", "Revolution", "Revolutionary", "Socialist", "Islamic", "Arab",
      "Federal", "Free", "Freedom", "Justice", "Unity", "Progress", "Hope", "Liberty", "Victory", "Homeland", "Patriotic",
      "Workers", "Labour", "Labor", "Green", "Greens", "Reform", "Renewal", "Solidarity", "Forces", "Force", "Guard",
      "God", "Allah", "Lord", "Christ", "Heaven", "Church", "Mosque", "Prophet", "Holy", "Saint",
      "Conservative", "Conservatives", "Liberal", "Liberals", "Democrat", "Democrats", "Republican", "Republicans",
      "Socialists", "Communist", "Communists", "Nationalist", "Nationalists");
  /** Prefixes of a hyphenated word that make the name after them a stance: "pro-Iranian", "anti-Western". */
  private static final Set<String> STANCES = Set.of("pro", "anti");
  /** Head nouns that make a country adjective name a language, not an actor: "the Russian language". */
  private static final Set<String> LANGUAGE_NOUNS = Set.of("language", "languages", "dialect", "dialects", "tongue");
  /**
   * Words of party names that every country's politics uses: an alias made only of these
   * ("Conservatives", "Social Democrats", "Republicans") names a party only with its country named
   * in the phrase or the context.
   */
  private static final Set<String> GENERIC_PARTY_WORDS = Set.of("Conservative", "Conservatives", "Liberal", "Liberals",
      "Democrat", "Democrats", "Democratic", "Republican", "Republicans", "Socialist", "Socialists", "Social",
      "Christian", "Free", "Greens", "Green", "Labour", "Labor", "Communist", "Communists", "Nationalist", "Nationalists",
      "Party", "People", "People's", "'s", "Popular", "Progressive", "Progressives", "Workers", "Workers'", "'");
  /** Role nouns for the government a leader heads: "the Bush administration", "the Modi government". */
  private static final Set<String> GOVERNMENTS_OF_LEADERS = Set.of("administration", "government", "regime", "cabinet");
  /** The offices whose holder gives their name to a government. */
  private static final Set<String> LEADER_OFFICES = Set.of("HEAD_OF_STATE", "HEAD_OF_GOVERNMENT");
  /** Pronouns that stand for one person. */
  private static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she", "him", "her");
  private static volatile ActorResolver standard;

  /** Sectors of the state's own bodies: a committee of parliament or a ministry is the state's, never unknown. */
  private static final Set<String> STATE_SECTORS = Set.of("GOV", "LEG", "JUD", "MIL", "COP", "SPY");

  private final NameIndex index;
  private final BodyWords bodies = BodyWords.standard();
  private volatile Gazetteer gazetteer;

  /** A resolver over {@code kb}, with the bundled gazetteer (read when a phrase first needs it). */
  public ActorResolver(KnowledgeBase kb) {
    this.index = new NameIndex(kb);
  }

  /** The gazetteer this resolver places towns and cities with, read on first use. */
  public Gazetteer gazetteer() {
    Gazetteer g = gazetteer;
    if (g == null) {
      g = Gazetteer.standard();
      gazetteer = g;
    }
    return g;
  }

  /**
   * The code of the country {@code text} names as a whole ("Afghanistan", "the U.S."), else
   * null; capitals, adjectives and seats of power do not count.
   */
  public String countryNamedBy(String text) {
    List<Word> words = SimpleTokenizer.words(text);
    if (!words.isEmpty() && DETERMINERS.contains(words.get(0).text().toLowerCase(Locale.ROOT))) {
      words = words.subList(1, words.size());
    }
    NameIndex.Match m = words.isEmpty() ? null : index.longestAt(words, 0);
    if (m == null || m.length() != words.size()) {
      return null;
    }
    for (NameIndex.Entry e : m.entries()) {
      if (e.kind() == NameIndex.Kind.COUNTRY) {
        return ((Country) e.value()).code();
      }
    }
    return null;
  }

  /**
   * A country named by a misspelt one-word name or adjective at {@code i} ("Ethopia"), or null: the
   * word must be a proper noun one letter away from the names of exactly one country, and neither
   * a place of the gazetteer nor the name of a known person, which it names as written.
   */
  private NameIndex.Match misspeltCountryAt(List<Word> words, int i) {
    Word w = words.get(i);
    if (!w.isProperNoun()) {
      return null;
    }
    NameIndex.Entry e = index.countryMisspelt(w.text());
    if (e == null || !index.bySurname(w.text()).isEmpty() || !gazetteer().find(w.text(), List.of()).isEmpty()) {
      return null;
    }
    return new NameIndex.Match(i, 1, List.of(e));
  }

  /** The resolver over the bundled knowledge. */
  public static ActorResolver standard() {
    ActorResolver r = standard;
    if (r == null) {
      synchronized (ActorResolver.class) {
        if (standard == null) {
          standard = new ActorResolver(KnowledgeBase.standard());
        }
        r = standard;
      }
    }
    return r;
  }

  /**
   * True when {@code country} names a state that had ceased to exist before {@code date}
   * ("USR" in 2021): a sentence about it speaks of history.
   */
  public boolean defunctBefore(String country, LocalDate date) {
    Country c = index.country(country);
    return c != null && c.validTo() != null && c.validTo().isBefore(date);
  }

  /**
   * Resolves free text such as "Russian Foreign Minister Sergey Lavrov"; a lone "he" or "she" is a
   * person of unknown role (sector UNK).
   */
  public Mention resolveText(String text, LocalDate date) {
    return resolveText(text, date, null);
  }

  /** Resolves free text in the context of a country (its code, or null): see {@link #resolve(List, LocalDate, String, String)}. */
  public Mention resolveText(String text, LocalDate date, String contextCountry) {
    if (PERSONAL_PRONOUNS.contains(text.strip().toLowerCase(Locale.ROOT))) {
      return new Mention(null, "UNK", true, null); // a person, of unknown role, until coreference says who
    }
    return resolve(SimpleTokenizer.words(text), date, text.strip(), contextCountry);
  }

  /**
   * Resolves {@code text} as a phrase of the sentence {@code context} (or null): a phrase that
   * leaves its country open but speaks of people or a body ("protesters", "the minister", "Mr
   * Smith", "Planning Minister Ana Ruiz", "the Border Monitoring Committee") takes the country the
   * sentence names, when it names exactly one (by name, adjective, capital, or in the name of a body
   * or person Dyad knows); with two or more it stays open. A phrase that names no actor at all ("a
   * commercial ship", "the new law") takes none.
   */
  public Mention resolveInContext(String text, LocalDate date, String context) {
    Mention m = resolveText(text, date);
    if (context == null || context.isBlank() || !speaksOfActor(text, m)) {
      return m;
    }
    String country = onlyCountryNamed(SimpleTokenizer.words(context), date);
    if (country == null) {
      return m;
    }
    if (m.resolved()) {
      boolean open = mayName(SimpleTokenizer.words(text), country); // "Congo", an unknown body
      return open ? resolveText(text, date, country) : m;
    }
    Mention placed = resolveText(text, date, country);
    if (placed.resolved()) {
      return placed;
    }
    String sector = m.sector();
    Actor a = new Actor(text.strip(), sector == null ? country : country + sector, country, sector, null, null, null, null);
    return new Mention(a, sector, m.person(), m.surname());
  }

  /**
   * The one country {@code words} name, or null when they name none or several: by a country's
   * name, adjective or capital, or by the country of a body or person Dyad knows ("the Kenya
   * Anti-Corruption Commission", "Hamas"); international bodies, stances ("pro-Iranian"), kin
   * ("ethnic Albanians") and generic party names ("the Conservatives") name none. With no country
   * named at all, the country of the place the words resolve to, if any.
   */
  String onlyCountryNamed(List<Word> text, LocalDate date) {
    List<Word> words = SimpleTokenizer.splitHyphens(text);
    Set<String> named = new HashSet<>();
    int i = 0;
    while (i < words.size()) {
      NameIndex.Match m = index.longestAt(words, i);
      if (m == null) {
        i++;
        continue;
      }
      String before = i > 0 ? words.get(i - 1).text().toLowerCase(Locale.ROOT) : "";
      boolean stance = STANCES.contains(before) || before.equals("ethnic"); // "pro-Iranian"; "ethnic Albanians" are kin
      NameIndex.Entry e = rank(m.entries(), date).get(0);
      boolean genericParty = words.subList(i, i + m.length()).stream().allMatch(w -> GENERIC_PARTY_WORDS.contains(w.text()));
      String code = switch (e.kind()) {
        case COUNTRY, ADJECTIVE, CAPITAL, SEAT -> ((Country) e.value()).code();
        case ORGANISATION -> genericParty ? null : ((Organisation) e.value()).country(); // "the Conservatives": any country's
        case PERSON -> pick(m.entries(), date).country();
        case ROLE -> null;
      };
      if (code != null && !stance && index.country(code) != null && !UNINHABITED.contains(code)) {
        named.add(code);
      }
      i += m.length();
    }
    if (named.size() > 1) {
      return null;
    }
    if (named.size() == 1) {
      return named.iterator().next();
    }
    Mention whole = resolve(words, date, join(words));
    return whole.resolved() && index.country(whole.actor().country()) != null ? whole.actor().country() : null;
  }

  /** True when the phrase has a role, is a person, or names someone Dyad does not know ("Mr Smith"). */
  private static boolean speaksOfActor(String text, Mention m) {
    if (m.sector() != null || m.person()) {
      return true;
    }
    List<Word> words = SimpleTokenizer.words(text);
    for (int k = 0; k < words.size(); k++) {
      Word w = words.get(k);
      boolean opening = k == 0 && words.size() > 1; // "Ships", capitalised only because it opens a sentence
      if (w.isProperNoun() && !opening && !DETERMINERS.contains(w.text().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return words.size() == 1 && words.get(0).isProperNoun();
  }

  /**
   * Resolves the words of one noun phrase.
   *
   * @param words the phrase's words, in order
   * @param date the date the phrase speaks of, for offices and states that changed; may be null
   * @param text the phrase as written, kept on the actor
   */
  public Mention resolve(List<Word> words, LocalDate date, String text) {
    return resolve(words, date, text, null);
  }

  /**
   * Resolves the words of one noun phrase in a context: {@code contextCountry} is the country the
   * sentence or document speaks of (its code), or null. The context gives a country to what the
   * phrase leaves open and only that: an institution named without its country ("the Supreme
   * Court"), a party named by a generic word ("the Conservatives"), a place name several countries
   * bear ("Tripoli", "Alexandria").
   */
  public Mention resolve(List<Word> phrase, LocalDate date, String text, String contextCountry) {
    List<Word> words = SimpleTokenizer.splitHyphens(phrase);
    Country context = index.country(contextCountry);
    Person person = null;
    Organisation org = null;
    Country country = null;
    String placeSector = null;
    String placeWiki = null;
    Role role = null;
    int orgStart = -1;
    int orgEnd = -1;
    boolean orgGeneric = false; // named by an alias of generic party words only
    String capital = null; // the capital's name as written, when the country is named by its capital
    int countryEnd = -1;
    int roleStart = -1;
    boolean elite = false; // "former", "ex-", "retired"
    Country ethnicity = null; // "ethnic Russians": the kin state of a group, not where it is
    List<NameIndex.Entry> personEntries = List.of();
    Set<String> namedCountries = new HashSet<>(); // every country the phrase names, by name or adjective
    List<Word> unmatchedNames = new ArrayList<>();
    List<Integer> unmatchedAt = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      NameIndex.Match m = index.longestAt(words, i);
      if (m == null) {
        m = misspeltCountryAt(words, i);
      }
      if (m != null && i > 0 && STANCES.contains(words.get(i - 1).text().toLowerCase(Locale.ROOT))
          && m.entries().stream().noneMatch(e -> e.kind() == NameIndex.Kind.ROLE)) {
        i += m.length(); // "pro-Iranian", "anti-American": whom the actor sides with or against, not its own
        continue;
      }
      if (m == null) {
        Word w = words.get(i);
        if (w.isProperNoun() && !DETERMINERS.contains(w.text().toLowerCase(Locale.ROOT))) {
          unmatchedNames.add(w);
          unmatchedAt.add(i);
        }
        i++;
        continue;
      }
      for (NameIndex.Entry e : preferring(rank(m.entries(), date), context)) {
        switch (e.kind()) {
          case PERSON -> {
            Person p = pick(m.entries(), date);
            if (person == null && (m.length() > 1 || surnameFits(words, m, p, date))) {
              person = p;
              personEntries = m.entries();
            } else if (person == null) {
              unmatchedNames.add(words.get(i));
            }
          }
          case ORGANISATION -> {
            if (org == null) {
              org = (Organisation) e.value();
              orgStart = i;
              orgEnd = i + m.length();
              orgGeneric = "PTY".equals(org.sector()) && words.subList(i, orgEnd).stream()
                  .allMatch(w -> GENERIC_PARTY_WORDS.contains(w.text()));
            }
          }
          case COUNTRY, ADJECTIVE -> {
            if (ethnicity == null && e.kind() == NameIndex.Kind.ADJECTIVE && i > 0
                && words.get(i - 1).text().equalsIgnoreCase("ethnic")) {
              ethnicity = (Country) e.value();
            } else {
              namedCountries.add(((Country) e.value()).code());
              if (country == null && !UNINHABITED.contains(((Country) e.value()).code())) {
                country = (Country) e.value();
                countryEnd = i + m.length();
              }
            }
          }
          case CAPITAL, SEAT -> {
            if (e.kind() == NameIndex.Kind.CAPITAL && i > 0
                && LOCATIVES.contains(words.get(i - 1).text().toLowerCase(Locale.ROOT))) {
              // "protesters in Nairobi", "residents of Kabul": people located in the city, not its
              // government; a capital stands for its government only as the head of the phrase
              if (country == null) {
                country = (Country) e.value();
                capital = join(words.subList(i, i + m.length()));
              }
              break;
            }
            if (country == null) {
              country = (Country) e.value();
              if (e.kind() == NameIndex.Kind.CAPITAL) {
                capital = join(words.subList(i, i + m.length()));
              }
              if (e.kind() == NameIndex.Kind.CAPITAL && m.length() == words.size() - leadingDeterminers(words)) {
                placeWiki = country.capitals().get(0); // "Tehran" alone names the city too
              }
            }
            placeSector = e.sector();
          }
          case ROLE -> {
            role = (Role) e.value();
            roleStart = i;
            elite |= former(role);
          }
        }
        break;
      }
      i += m.length();
    }
    if (person != null && !namedCountries.contains(person.country())) {
      // "Jordan's King Abdullah" in 2010, when Saudi Arabia's king was a King Abdullah too: the
      // country the phrase names says which namesake it is, else the country the text speaks of
      Set<String> of = !namedCountries.isEmpty() || context == null ? namedCountries : Set.of(context.code());
      Person namesake = namesakeOf(personEntries, person, of, date);
      if (namesake != null) {
        person = namesake;
      }
    }
    String surname = unmatchedNames.isEmpty() ? null : unmatchedNames.get(unmatchedNames.size() - 1).text();
    if (org == null && person == null && country != null && role == null && words.size() > countryEnd
        && countryEnd > 0 && LANGUAGE_NOUNS.contains(words.get(words.size() - 1).text().toLowerCase(Locale.ROOT))) {
      return Mention.NONE; // "the Russian language": a language, no actor
    }
    if (orgGeneric && (country == null || !country.code().equals(org.country()))) {
      // "the Conservatives": a party only of the country the phrase or its context names
      Country of = country != null ? country : context;
      if (of == null) {
        return Mention.NONE;
      }
      Actor a = of.code().equals(org.country()) ? new Actor(text, code(org), org.country(), "PTY", null, org.name(),
          org.wikipedia(), null) : actor(text, of.code(), "PTY", null, null, null);
      return new Mention(a, "PTY", false, null);
    }
    if (capital != null && context != null && !context.code().equals(country.code()) && person == null && org == null) {
      // "Tripoli" in a text about Lebanon: the city of that name in the country spoken of
      Place there = gazetteer().best(capital, List.of(context.code())).orElse(null);
      if (there != null && there.country().equals(context.code()) && there.population() >= MIN_ACTOR_POPULATION) {
        country = context;
        placeSector = null;
        placeWiki = null;
      }
    }
    if (org == null && role != null && GOVERNMENTS_OF_LEADERS.contains(role.phrase()) && roleStart == words.size() - 1) {
      Person leader = leaderNamedBefore(words, roleStart, person == null ? List.of() : personEntries, country, date);
      if (leader != null) { // "the Bush administration" in 2015 is still the US government of Bush's day
        Actor a = actor(text, leader.country(), "GOV", null, null, null);
        return new Mention(a, "GOV", false, null);
      }
    }
    if (ethnicity != null && org == null && person == null) {
      return ethnicGroup(words, text, ethnicity, country, role, unmatchedAt, roleStart);
    }
    if (role != null && role.office() != null && person == null && org == null && country == null
        && unmatchedNames.isEmpty()) {
      return uniqueOffice(text, role, date); // "the Pope": the Holy See's, whatever country the text is about
    }
    if (person == null && org == null && surname != null) {
      person = byNameParts(words, role, country, date);
      if (person == null && country == null) {
        country = index.country(titledNamesakesCountry(surname, role));
      }
    }
    if (person != null && org != null) {
      person = tenureIn(personEntries, person, org.code(), date); // "EU foreign policy chief Josep Borrell"
    }
    if (person != null) {
      String[] parts = person.name().split("\\s+");
      Organisation of = index.organisation(person.country());
      if (date != null && date.isBefore(person.start()) && !elite) {
        // Before every office Dyad knows of: no office's sector, only what the phrase's role words
        // say, with the person's country (none for the head of an international body)
        String sector = role == null || marker(role) ? null : role.sector();
        Actor a = index.organisation(person.country()) != null ? null
            : actor(text, person.country(), sector, null, person.name(), person.wikipedia());
        return new Mention(a, sector, true, parts[parts.length - 1]);
      }
      // Out of office on a known date, or called "former": an elite, as CAMEO codes former officials
      // (without a date, the latest office stands: text without a date is as likely old as new)
      if (date != null && !person.validOn(date) && !elite && role != null && !marker(role)) {
        // "Russian President Boris Yeltsin" in a text dated after his presidency: a title before a
        // name says the person holds that office as the text speaks (news writes "former" otherwise)
        person = titledTenure(person, role, country, date);
      }
      boolean former = (date != null && !person.validOn(date) && !titled(person, role)) || elite;
      String sector = former ? "ELI" : person.sector();
      String secondary = former ? null : role != null ? role.secondarySector()
          : person.office().equals("DEFENCE_MINISTER") ? "MIL" : null; // as roles.tsv codes a defence minister
      Actor a = of != null
          ? new Actor(text, former ? of.country() + "ELI" : code(of), of.country(), former ? "ELI" : of.sector(), null,
              person.name(), person.wikipedia(), null)
          : actor(text, person.country(), sector, secondary, person.name(), person.wikipedia());
      return new Mention(a, a.sector(), true, parts[parts.length - 1]);
    }
    if (org != null && country != null && countryEnd == words.size() && orgEnd < countryEnd && !"NGO".equals(org.sector())) {
      org = null; // "NATO member Norway": the head of the phrase is the country
    }
    if (org != null && country != null && namesOtherCountrysBody(words, org, country, countryEnd, orgStart)) {
      // "Chile's Defense Department": a body of the named country that shares its name with another's
      String sector = roleSector(words.subList(orgStart, orgEnd), org.sector());
      Actor a = actor(text, country.code(), sector, role != null ? role.sector() : null, null, null);
      return new Mention(a, sector, false, null);
    }
    // "former" alone marks a person only with a role beside it: "the former Soviet Union" is no elite
    boolean formerOfficial = elite && role != null && !marker(role);
    if (org != null && formerOfficial && !org.country().equals("IGO") && !org.country().equals("NGO")) {
      // "a former CIA official": an elite of the organisation's country
      Actor a = actor(text, org.country(), "ELI", org.sector(), null, null);
      return new Mention(a, "ELI", true, surname);
    }
    if (org != null && role != null && org.country().equals("IGO") && !"NGO".equals(org.sector())) {
      // "the EU legislature", "president of the European Council": a body or office of the organisation
      Actor a = new Actor(text, code(org), org.country(), role.sector(), org.sector(), org.name(), org.wikipedia(), null);
      return new Mention(a, role.sector(), false, null);
    }
    if (org != null && internationalNgo(org) && country != null && countryEnd == orgStart) {
      // "the American Red Cross", "Iranian Red Crescent": a national society, an NGO of its country
      Actor a = actor(text, country.code(), "NGO", null, null, null);
      return new Mention(a, "NGO", false, null);
    }
    if (org != null) {
      String sector = org.sector();
      // an NGO's president or spokesman is of the NGO, not of a government or an IGO
      boolean office = role != null && internationalNgo(org) && Set.of("GOV", "IGO").contains(role.sector());
      Actor a = new Actor(text, code(org), org.country(), sector, role != null && !office ? role.sector() : null,
          org.name(), org.wikipedia(), null);
      return new Mention(a, sector, false, null);
    }
    String sector = formerOfficial ? "ELI" : role == null || marker(role) ? placeSector : role.sector();
    boolean isPerson = role != null && surname != null;
    if (country != null) {
      Actor a = actor(text, country.code(), sector, role != null ? role.secondarySector() : null, null,
          sector != null && sector.equals(placeSector) ? placeWiki : null);
      return new Mention(a, sector, isPerson, isPerson ? surname : null);
    }
    // "envoy Zamir Kabulov" names a person; "residents of Kharkiv" and "Shanghai police" a place
    Place place = place(words, unmatchedAt, isPerson, roleStart, context);
    if (place != null) {
      boolean alone = unmatchedAt.size() == words.size() - leadingDeterminers(words);
      Actor a = actor(text, place.country(), sector, role != null ? role.secondarySector() : null, null,
          alone ? title(place, join(words.subList(leadingDeterminers(words), words.size()))) : null);
      return new Mention(a, sector, false, null);
    }
    if (isPerson && context != null && !formerOfficial && sector != null && STATE_SECTORS.contains(sector)) {
      // "Planning Minister Tran Van Hoa" in a text about Vietnam: a person Dyad does not know, titled
      // with a national office, holds it in the country the text speaks of
      Actor a = actor(text, context.code(), sector, role.secondarySector(), null, null);
      return new Mention(a, sector, true, surname);
    }
    if (unknownBody(words, role)) {
      // "the Lake Basin Water Forum": a body Dyad does not know, of the country the text speaks of
      // unless its name says it is international, else a non-governmental body as PLOVER codes one
      boolean national = context != null && !bodies.international(words);
      Actor a = national ? actor(text, context.code(), null, null, null, null) : actor(text, "NGO", null, null, null, null);
      return new Mention(a, null, false, null);
    }
    if (role != null && context != null && !isPerson && institution(words, roleStart)) {
      // "the Supreme Court" in a text about Ivory Coast: that country's institution
      Actor a = actor(text, context.code(), role.sector(), role.secondarySector(), null, null);
      return new Mention(a, role.sector(), false, null);
    }
    if (role != null) {
      return new Mention(null, role.sector(), isPerson, isPerson ? surname : null);
    }
    return Mention.NONE;
  }

  /**
   * True when the phrase is the proper name of a body Dyad does not know ("the Border Monitoring
   * Committee (BMC)"): a name of body-words.tsv's kind, with a word of its own besides generic
   * ones ("the Central Committee" is some party's), and no role of the state in it.
   */
  private boolean unknownBody(List<Word> words, Role role) {
    boolean stateRole = role != null && role.sector() != null && STATE_SECTORS.contains(role.sector());
    if (stateRole || !bodies.namesBody(words, leadingDeterminers(words))) {
      return false;
    }
    // the tagger may take the name's words for common nouns ("Ceasefire/NN Violations/NNS Committee")
    return words.stream().map(Word::text).anyMatch(w -> Character.isUpperCase(w.codePointAt(0))
        && !GENERIC_WORDS.contains(w) && !NOT_PLACES.contains(w) && !NOT_SURNAMES.contains(w) && !bodies.isHead(w)
        && !DETERMINERS.contains(w.toLowerCase(Locale.ROOT)));
  }

  /**
   * A title that names the one office of one country or organisation ("the Pope", "the
   * Secretary-General"): that body, with the holder on {@code date} when Dyad knows exactly one.
   */
  private Mention uniqueOffice(String text, Role role, LocalDate date) {
    Person holder = null;
    for (Person p : index.people(role.office())) {
      if (p.sector().equals(role.sector()) && p.validOn(date)) {
        if (holder != null && !holder.name().equals(p.name())) {
          holder = null;
          break;
        }
        holder = p;
      }
    }
    String name = holder == null ? null : holder.name();
    String wiki = holder == null ? null : holder.wikipedia();
    String surname = name == null ? null : name.substring(name.lastIndexOf(' ') + 1);
    Organisation org = index.organisation(role.office());
    Actor a = org != null
        ? new Actor(text, code(org), org.country(), role.sector(), org.sector(), name != null ? name : org.name(),
            wiki != null ? wiki : org.wikipedia(), null)
        : actor(text, role.office(), role.sector(), role.secondarySector(), name, wiki);
    return new Mention(a, role.sector(), true, surname);
  }

  /** True when the role at {@code roleStart} is written as a proper name ("Supreme Court", "Parliament"). */
  private boolean institution(List<Word> words, int roleStart) {
    NameIndex.Match m = roleStart < 0 ? null : index.roleAt(words, roleStart);
    if (m == null) {
      return false;
    }
    for (int k = roleStart; k < roleStart + m.length(); k++) {
      if (!Character.isUpperCase(words.get(k).text().codePointAt(0))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The largest place named by a run of capitalised words that matched nothing else, the last run
   * first (the head of the phrase); a lone short all-capitals word is an abbreviation, not a place.
   * Beside a role, only a run after "of", "from" or "in", or right before the role word ("Shanghai
   * police"), is a place.
   */
  private Place place(List<Word> words, List<Integer> unmatchedAt, boolean besideRole, int roleStart, Country context) {
    int end = unmatchedAt.size();
    while (end > 0) {
      int start = end - 1;
      while (start > 0 && unmatchedAt.get(start - 1) == unmatchedAt.get(start) - 1) {
        start--;
      }
      StringBuilder name = new StringBuilder();
      boolean capitalised = true;
      for (int k = start; k < end; k++) {
        String w = words.get(unmatchedAt.get(k)).text();
        capitalised &= Character.isUpperCase(w.codePointAt(0));
        name.append(k > start ? " " : "").append(w);
      }
      boolean abbreviation = end - start == 1 && name.length() <= 4 && name.toString().equals(name.toString().toUpperCase(Locale.ROOT));
      boolean generic = true; // "March", "the Homeland Union": words, not places
      for (int k = start; k < end; k++) {
        String w = words.get(unmatchedAt.get(k)).text();
        generic &= GENERIC_WORDS.contains(w) || NOT_SURNAMES.contains(w) || NOT_PLACES.contains(w);
      }
      int before = unmatchedAt.get(start) - 1;
      boolean afterPreposition = before >= 0 && PLACE_PREPOSITIONS.contains(words.get(before).text().toLowerCase(Locale.ROOT));
      boolean beforeRole = roleStart >= 0 && unmatchedAt.get(end - 1) + 1 == roleStart;
      if (capitalised && !abbreviation && !generic && (!besideRole || afterPreposition || beforeRole)) {
        Place p = gazetteer().best(name.toString(), context == null ? List.of() : List.of(context.code())).orElse(null);
        if (p != null && p.population() >= MIN_ACTOR_POPULATION) {
          return p;
        }
      }
      end = start;
    }
    return null;
  }

  /**
   * A known person named by parts of their name: a title or courtesy title and surname ("President
   * Duterte", "Nigerian President Buhari", "Mr Sharif"), first name, perhaps an initial, and surname
   * ("George Dubya Bush", "G. W. Bush"), or a surname alone that only one known person bears
   * ("Blinken"). Only one person may fit: the title's sector, the country named, and the office
   * held on the date (for a title or a lone surname without a date, held today).
   */
  private Person byNameParts(List<Word> words, Role role, Country country, LocalDate date) {
    List<String> run = new ArrayList<>(); // the last run of capitalised words, initials' dots skipped
    boolean honorific = false;
    for (int k = words.size() - 1; k >= 0; k--) {
      Word w = words.get(k);
      if (w.text().equals(".") && !run.isEmpty()) {
        continue;
      }
      if (!run.isEmpty() && HONORIFICS.contains(w.text().toLowerCase(Locale.ROOT))) {
        honorific = true; // "Mr Sharif", "Dr. Tedros"
        break;
      }
      if (!w.isProperNoun()) {
        break;
      }
      NameIndex.Match named = index.longestAt(words, k);
      if (named != null && named.entries().get(0).kind() != NameIndex.Kind.PERSON) {
        break;
      }
      run.add(0, w.text());
    }
    boolean alone = run.size() == 1 && role == null && !honorific;
    if (run.isEmpty() || (alone && (run.size() != words.size() - leadingDeterminers(words) || run.get(0).length() < 4
        || NOT_SURNAMES.contains(run.get(0)) || index.bySurname(run.get(0)).stream().map(n -> n.person().name()).distinct().count() != 1))) {
      return null; // a lone word is a surname only when it is the whole phrase and one known person's
    }
    String last = run.get(run.size() - 1);
    Person found = null;
    for (NameIndex.FullName n : index.bySurname(last)) {
      Person p = n.person();
      boolean fits = run.size() > 1 ? firstNameFits(run.get(0), n.words().get(0))
          : role == null || role.sector().equals(p.sector()) || ("GOV".equals(role.sector()) && "IGO".equals(p.sector()));
      boolean inOffice = date != null ? p.validOn(date) : !alone || p.validOn(null);
      if (!fits || (country != null && !country.code().equals(p.country())) || !inOffice) {
        continue;
      }
      if (found != null && !found.name().equals(p.name())) {
        if (date != null || run.size() < 2) {
          return null; // two people fit: say nothing
        }
        // no date, a first name and surname two people share ("George Bush"): the one whose
        // middle names fit better ("G. W. Bush"), else the later, as the latest office stands
        int a = middleFit(run, found);
        int b = middleFit(run, p);
        if (b > a || (b == a && p.start().isAfter(found.start()))) {
          found = p;
        }
        continue;
      }
      if (found == null || p.validOn(date) || (!found.validOn(date) && p.start().isAfter(found.start()))) {
        found = p;
      }
    }
    if (found == null && run.size() >= 2) {
      // "Francois Mitterand": a first name and a misspelt surname of one known person, whatever the
      // date, as their name written right is
      for (NameIndex.FullName n : index.bySurnameMisspelt(last)) {
        Person p = n.person();
        if (!run.get(0).equals(n.words().get(0)) || (country != null && !country.code().equals(p.country()))) {
          continue;
        }
        if (found != null && !found.name().equals(p.name())) {
          return null;
        }
        if (found == null || p.start().isAfter(found.start())) {
          found = p;
        }
      }
    }
    return found;
  }

  /**
   * The country of every known person whose distinctive surname (an alias in people.tsv) is
   * {@code surname} and whose office fits the title before the name, or null when there is no
   * title, no such person, or people of several countries. "President Bush" is American whichever
   * Bush it is and whenever the text speaks, though which person it names is left open.
   */
  private String titledNamesakesCountry(String surname, Role role) {
    if (role == null || marker(role) || role.sector() == null) {
      return null;
    }
    Set<String> countries = new HashSet<>();
    for (NameIndex.FullName n : index.bySurname(surname)) {
      if (titled(n.person(), role) && n.person().aliases().contains(surname)) {
        countries.add(n.person().country());
      }
    }
    return countries.size() == 1 ? countries.iterator().next() : null;
  }

  /**
   * The tenure, among the entries of one name, of another person than {@code person} (a namesake:
   * another Wikipedia title) of one of the {@code countries} the phrase names, picked for the date;
   * null when no namesake or namesakes of several of those countries bear the name. Another tenure
   * of the same person stays with the person: "Poland's Donald Tusk" may be the European Council's.
   */
  private static Person namesakeOf(List<NameIndex.Entry> entries, Person person, Set<String> countries, LocalDate date) {
    List<NameIndex.Entry> there = entries.stream()
        .filter(e -> e.value() instanceof Person p && countries.contains(p.country()) && !samePerson(p, person)).toList();
    long ofCountries = there.stream().map(e -> ((Person) e.value()).country()).distinct().count();
    return ofCountries == 1 ? pick(there, date) : null;
  }

  /** True when two tenures are one person's: the same Wikipedia title, or without one the same name. */
  private static boolean samePerson(Person a, Person b) {
    return a.wikipedia() != null && !a.wikipedia().isEmpty() ? a.wikipedia().equals(b.wikipedia()) : a.name().equals(b.name());
  }

  /** The person's tenure in organisation {@code orgCode}, if they held one, else {@code person}. */
  private static Person tenureIn(List<NameIndex.Entry> entries, Person person, String orgCode, LocalDate date) {
    List<NameIndex.Entry> there = entries.stream()
        .filter(e -> e.value() instanceof Person p && p.name().equals(person.name()) && p.country().equals(orgCode)).toList();
    return there.isEmpty() ? person : pick(there, date);
  }

  /**
   * The person's tenure that the title before their name speaks of: one of the title's sector (in
   * the country the phrase names, if any), the latest that began before {@code date}, else the
   * earliest; {@code person} itself when none fits.
   */
  private Person titledTenure(Person person, Role role, Country country, LocalDate date) {
    String[] parts = person.name().split("\\s+");
    Person best = null;
    for (NameIndex.FullName n : index.bySurname(parts[parts.length - 1])) {
      Person p = n.person();
      if (!p.name().equals(person.name()) || !titled(p, role) || (country != null && !country.code().equals(p.country()))) {
        continue;
      }
      boolean begun = p.start().isBefore(date);
      if (best == null || (begun && (!best.start().isBefore(date) || p.start().isAfter(best.start())))
          || (!begun && !best.start().isBefore(date) && p.start().isBefore(best.start()))) {
        best = p;
      }
    }
    return best == null ? person : best;
  }

  /** True when a title's sector is the tenure's: "President" for a head of state, "Foreign Minister" for a minister. */
  private static boolean titled(Person p, Role role) {
    return role != null && !marker(role) && role.sector() != null && role.sector().equals(p.sector())
        && !"ELI".equals(role.sector());
  }

  /** How many of the written middle names fit the person's, position by position. */
  private int middleFit(List<String> run, Person p) {
    int best = 0;
    for (NameIndex.FullName n : index.bySurname(run.get(run.size() - 1))) {
      if (!n.person().name().equals(p.name())) {
        continue;
      }
      int fit = 0;
      for (int k = 1; k < run.size() - 1 && k < n.words().size() - 1; k++) {
        fit += firstNameFits(run.get(k), n.words().get(k)) ? 1 : 0;
      }
      best = Math.max(best, fit);
    }
    return best;
  }

  /** "George" fits "George", and "G" fits any name starting with G. */
  private static boolean firstNameFits(String written, String known) {
    return written.equals(known) || (written.length() == 1 && known.startsWith(written));
  }

  /** True for a role that says its holder no longer holds office ("former", "ex-minister", "retired general"). */
  private static boolean former(Role r) {
    String p = r.phrase();
    return "ELI".equals(r.sector()) && (p.startsWith("former") || p.startsWith("ex") || p.startsWith("retired"));
  }

  /** True for the bare words "former" and "ex", which say nothing of a role themselves. */
  private static boolean marker(Role r) {
    return r.phrase().equals("former") || r.phrase().equals("ex");
  }

  /**
   * The Wikipedia title of a place written {@code written}: its own name ("Puerto Peñasco" however
   * its accents are written), except that a place whose own name is not plain ASCII and that the
   * text calls by another name is titled as English writes it ("Geneva" for Genève).
   */
  private static String title(Place p, String written) {
    boolean ownAscii = p.name().chars().allMatch(c -> c < 128);
    boolean writtenAscii = written.chars().allMatch(c -> c < 128);
    boolean otherName = !Gazetteer.sameName(p.name(), written);
    return !ownAscii && writtenAscii && otherName ? written : p.name();
  }

  private static String join(List<Word> words) {
    StringBuilder b = new StringBuilder();
    for (Word w : words) {
      b.append(b.length() > 0 ? " " : "").append(w.text());
    }
    return b.toString();
  }

  /** How many determiners open the phrase. */
  private static int leadingDeterminers(List<Word> words) {
    int n = 0;
    while (n < words.size() && DETERMINERS.contains(words.get(n).text().toLowerCase(Locale.ROOT))) {
      n++;
    }
    return n;
  }

  /**
   * True when {@code country} is named right before an organisation of another state ("Chile's
   * Defense Department", "Pakistani Taliban"): the phrase speaks of that country's own body.
   */
  private static boolean namesOtherCountrysBody(List<Word> words, Organisation org, Country country, int countryEnd,
      int orgStart) {
    if (countryEnd < 0 || org.country().equals("IGO") || org.country().equals("NGO") || org.country().equals(country.code())) {
      return false; // a country the phrase does not name (taken from a capital, seat or context) is before nothing
    }
    boolean adjacent = countryEnd == orgStart
        || (countryEnd + 1 == orgStart && words.get(countryEnd).tag().equals("POS"));
    return adjacent;
  }

  /** The sector the role words of {@code words} give as a whole, else {@code fallback}. */
  private String roleSector(List<Word> words, String fallback) {
    NameIndex.Match m = index.roleAt(words, 0);
    return m != null && m.length() == words.size() ? m.entries().get(0).sector() : fallback;
  }

  /**
   * A one-word match ("Zamir") names the known person only when the name does not go on
   * ("Zamir Kabulov" is someone else) and the person held office on the date.
   */
  private static boolean surnameFits(List<Word> words, NameIndex.Match m, Person p, LocalDate date) {
    int next = m.start() + m.length();
    boolean continues = next < words.size() && words.get(next).isProperNoun();
    return !continues && p != null && p.validOn(date);
  }

  /**
   * True when {@code words} hold a title of one body's unique office ("the Pope", "the
   * Secretary-General"): a possessive or of-phrase beside the phrase may still make it another's
   * ("Hezbollah's secretary-general", "the Secretary-General of NATO").
   */
  public boolean namesUniqueOffice(List<Word> phrase) {
    List<Word> words = SimpleTokenizer.splitHyphens(phrase);
    for (int i = 0; i < words.size(); i++) {
      NameIndex.Match m = index.roleAt(words, i);
      if (m != null && m.entries().stream().anyMatch(e -> ((Role) e.value()).office() != null)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Puts the entries of the context country first: a name or adjective several countries bear
   * ("Congo", "Congolese", "Dominican") is the one the text speaks of, else the first listed.
   */
  private static List<NameIndex.Entry> preferring(List<NameIndex.Entry> entries, Country context) {
    if (context == null || entries.size() < 2) {
      return entries;
    }
    List<NameIndex.Entry> out = new ArrayList<>(entries);
    out.sort(Comparator.comparingInt((NameIndex.Entry e) -> e.value() == context ? 0 : 1));
    return out;
  }

  /**
   * True when a name or adjective in {@code words} may name the country {@code code} and another
   * ("Congo", "Congolese"), or a title and name namesakes of that country and another bear ("King
   * Abdullah"): the phrase should be resolved in the context of the country the text speaks of.
   */
  public boolean mayName(List<Word> phrase, String code) {
    List<Word> words = SimpleTokenizer.splitHyphens(phrase);
    Country c = index.country(code);
    if (c == null) {
      return false;
    }
    if (bodies.namesBody(words, leadingDeterminers(words)) && !bodies.international(words)) {
      return true; // "the Border Monitoring Committee": a body Dyad does not know may be that country's
    }
    for (int i = 0; i < words.size(); i++) {
      NameIndex.Match m = index.longestAt(words, i);
      if (m == null || m.entries().size() < 2) {
        continue;
      }
      if (m.entries().stream().anyMatch(e -> e.value() == c)) {
        return true;
      }
      Set<String> countries = new HashSet<>();
      m.entries().forEach(e -> countries.add(e.value() instanceof Person p ? p.country() : ""));
      if (countries.contains(code) && countries.size() > 1 && !countries.contains("")) {
        return true;
      }
    }
    return false;
  }

  /** Puts the entries valid on {@code date} first. */
  private static List<NameIndex.Entry> rank(List<NameIndex.Entry> entries, LocalDate date) {
    List<NameIndex.Entry> out = new ArrayList<>(entries);
    out.sort(Comparator.comparingInt((NameIndex.Entry e) -> valid(e, date) ? 0 : 1));
    return out;
  }

  private static boolean valid(NameIndex.Entry e, LocalDate date) {
    Object v = e.value();
    if (v instanceof Country c) {
      return c.validOn(date);
    }
    if (v instanceof Organisation o) {
      return o.validOn(date);
    }
    if (v instanceof Person p) {
      return p.validOn(date);
    }
    return true;
  }

  /**
   * The tenure valid on {@code date} (today when null), else the latest that began before it, else
   * (a date before every tenure) the earliest.
   */
  private static Person pick(List<NameIndex.Entry> entries, LocalDate date) {
    Person latestBegun = null;
    Person earliest = null;
    for (NameIndex.Entry e : entries) {
      if (e.value() instanceof Person p) {
        if (p.validOn(date)) {
          return p;
        }
        if ((date == null || p.start().isBefore(date)) && (latestBegun == null || p.start().isAfter(latestBegun.start()))) {
          latestBegun = p;
        }
        if (earliest == null || p.start().isBefore(earliest.start())) {
          earliest = p;
        }
      }
    }
    return latestBegun != null ? latestBegun : earliest;
  }

  /**
   * The head of state or government whose name comes right before {@code roleAt} ("the Bush
   * administration", "the Merkel government"): the one in office on {@code date}, else the latest
   * before it, else the first; null when none or when leaders of two countries bear the name.
   */
  private Person leaderNamedBefore(List<Word> words, int roleAt, List<NameIndex.Entry> matched, Country country,
      LocalDate date) {
    int at = roleAt - 1;
    if (at >= 0 && (words.get(at).tag().equals("POS") || words.get(at).text().equals("'s"))) {
      at--;
    }
    if (at < 0 || !words.get(at).isProperNoun()) {
      return null;
    }
    List<NameIndex.Entry> leaders = new ArrayList<>();
    for (NameIndex.Entry e : matched) {
      if (e.value() instanceof Person p && LEADER_OFFICES.contains(p.office())) {
        leaders.add(e);
      }
    }
    if (leaders.isEmpty()) {
      for (NameIndex.FullName n : index.bySurname(words.get(at).text())) {
        if (LEADER_OFFICES.contains(n.person().office())) {
          leaders.add(new NameIndex.Entry(NameIndex.Kind.PERSON, n.person(), n.person().sector()));
        }
      }
    }
    if (country != null) {
      leaders.removeIf(e -> !((Person) e.value()).country().equals(country.code()));
    }
    Person leader = pick(leaders, date);
    if (leader == null || (!leader.validOn(date)
        && leaders.stream().anyMatch(e -> !((Person) e.value()).country().equals(leader.country())))) {
      return null;
    }
    return leader;
  }

  /**
   * "ethnic Russians in Ukraine": a civilian group (or the role the phrase names) of the place it
   * is in, coded as PLOVER codes ethnic groups, with its kin state's code in lower case after the
   * sector (UKRCVLrus). Without a place named there is no country: the sentence must give it.
   */
  private Mention ethnicGroup(List<Word> words, String text, Country kin, Country in, Role role,
      List<Integer> unmatchedAt, int roleStart) {
    String sector = role == null || marker(role) ? "CVL" : role.sector();
    String where = in != null ? in.code() : null;
    if (where == null) {
      Place place = place(words, unmatchedAt, false, roleStart, null);
      where = place == null ? null : place.country();
    }
    if (where == null) {
      return new Mention(null, sector, false, null);
    }
    Actor a = new Actor(text, where + sector + kin.code().toLowerCase(Locale.ROOT), where, sector, null, null, null, null);
    return new Mention(a, sector, false, null);
  }

  /** True for an international NGO known by name (the Red Cross, Amnesty), coded IGO as PLOVER codes it. */
  private static boolean internationalNgo(Organisation o) {
    return (o.country().equals("IGO") || o.country().equals("NGO")) && "NGO".equals(o.sector());
  }

  /** International bodies are coded as their kind and their own code ("IGOUNO"), groups as they are. */
  private static String code(Organisation o) {
    return o.country().equals("IGO") || o.country().equals("NGO") ? o.country() + o.code() : o.code();
  }

  private static Actor actor(String text, String country, String sector, String secondary, String name, String wiki) {
    String code = sector == null ? country : country + sector;
    return new Actor(text, code, country, sector, secondary, name, wiki, null);
  }
}
