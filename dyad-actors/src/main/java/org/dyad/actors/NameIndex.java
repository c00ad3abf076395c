package org.dyad.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.dyad.actors.knowledge.Country;
import org.dyad.actors.knowledge.KnowledgeBase;
import org.dyad.actors.knowledge.Organisation;
import org.dyad.actors.knowledge.Person;
import org.dyad.actors.knowledge.Role;

/**
 * Every name and role phrase of the knowledge base in two word tries: names are matched as
 * written (capitalisation matters: "US" the country, not "us"), role phrases by lowercase lemma.
 */
final class NameIndex {
  /** What kind of knowledge a phrase names. */
  enum Kind {
    PERSON,
    ORGANISATION,
    COUNTRY,
    ADJECTIVE,
    CAPITAL,
    SEAT,
    ROLE
  }

  /** One thing a phrase names; {@code sector} is set for seats and roles. */
  record Entry(Kind kind, Object value, String sector) {}

  /** A person's full name (or a full alias) as words, for matching by first name and surname. */
  record FullName(Person person, List<String> words) {}

  /** A one-word name of a country as written. */
  private record CountryWord(String word, Entry entry) {}

  /** A surname's first letter and length. */
  private record Shape(char first, int length) {}

  /** Entries matched over {@code length} words from {@code start}. */
  record Match(int start, int length, List<Entry> entries) {}

  private static final class Node {
    final Map<String, Node> next = new HashMap<>();
    final List<Entry> entries = new ArrayList<>();
  }

  private static final int MISSPELT_MIN = 7;

  private final Node names = new Node();
  private final Map<String, Country> countries = new HashMap<>();
  private final Map<String, Organisation> organisations = new HashMap<>();
  private final Node roles = new Node();
  private final Map<String, List<FullName>> bySurname = new HashMap<>();
  /** The surnames of seven letters or more by first letter and length, the only ones a misspelling is looked for in. */
  private final Map<Shape, List<String>> longSurnames = new HashMap<>();
  private final Map<String, List<Person>> byCountry = new HashMap<>();
  /** One-word country names, aliases and adjectives of six letters or more by first letter and length. */
  private final Map<Shape, List<CountryWord>> longCountryWords = new HashMap<>();
  private final Map<String, Entry> countryWords = new HashMap<>();

  NameIndex(KnowledgeBase kb) {
    for (Role r : kb.roles()) {
      add(roles, r.phrase(), new Entry(Kind.ROLE, r, r.sector()));
    }
    for (Country c : kb.countries()) {
      countries.putIfAbsent(c.code(), c);
      add(names, c.name(), new Entry(Kind.COUNTRY, c, null));
      c.aliases().forEach(a -> add(names, a, new Entry(Kind.COUNTRY, c, null)));
      c.adjectives().forEach(a -> add(names, a, new Entry(Kind.ADJECTIVE, c, null)));
      countryWord(c.name(), new Entry(Kind.COUNTRY, c, null));
      c.aliases().forEach(a -> countryWord(a, new Entry(Kind.COUNTRY, c, null)));
      c.adjectives().forEach(a -> countryWord(a, new Entry(Kind.ADJECTIVE, c, null)));
      c.capitals().forEach(a -> add(names, a, new Entry(Kind.CAPITAL, c, "GOV")));
      c.seats().forEach((seat, sector) -> {
        if (!genericInstitution(seat)) {
          add(names, seat, new Entry(Kind.SEAT, c, sector));
        }
      });
    }
    for (Organisation o : kb.organisations()) {
      organisations.putIfAbsent(o.code(), o);
      add(names, o.name(), new Entry(Kind.ORGANISATION, o, o.sector()));
      o.aliases().forEach(a -> add(names, a, new Entry(Kind.ORGANISATION, o, o.sector())));
    }
    for (Person p : kb.people()) {
      byCountry.computeIfAbsent(p.country(), k -> new ArrayList<>()).add(p);
      add(names, p.name(), new Entry(Kind.PERSON, p, p.sector()));
      p.aliases().forEach(a -> add(names, a, new Entry(Kind.PERSON, p, p.sector())));
      fullName(p, p.name());
      p.aliases().forEach(a -> fullName(p, a));
    }
    for (String surname : bySurname.keySet()) {
      if (surname.length() >= MISSPELT_MIN) {
        longSurnames.computeIfAbsent(new Shape(surname.charAt(0), surname.length()), k -> new ArrayList<>()).add(surname);
      }
    }
  }

  /**
   * True when a seat of power is named by a role phrase as a whole ("Supreme Court", "Congress",
   * "Justice Department"): every country has one, so the phrase or its context must say whose it
   * is; such a name is left to the role, never read as one fixed country's.
   */
  boolean genericInstitution(String phrase) {
    List<Word> words = SimpleTokenizer.words(phrase);
    Match m = words.isEmpty() ? null : roleAt(words, 0);
    return m != null && m.length() == words.size();
  }

  private void fullName(Person p, String name) {
    List<String> words = SimpleTokenizer.words(name).stream().map(Word::text).filter(w -> !w.equals(".")).toList();
    if (words.size() >= 2) {
      bySurname.computeIfAbsent(words.get(words.size() - 1), k -> new ArrayList<>()).add(new FullName(p, words));
    }
  }

  /** The tenures of people of a country or organisation (its code). */
  List<Person> people(String code) {
    return byCountry.getOrDefault(code, List.of());
  }

  /** The full names of the people whose name (or a full alias) ends with {@code surname}. */
  List<FullName> bySurname(String surname) {
    return bySurname.getOrDefault(surname, List.of());
  }

  /**
   * The full names whose surname is {@code written} with one letter added, dropped, changed or
   * swapped ("Mitterand" for Mitterrand); none for a surname shorter than seven letters, where one
   * letter makes another name.
   */
  List<FullName> bySurnameMisspelt(String written) {
    if (written.length() < MISSPELT_MIN) {
      return List.of();
    }
    List<FullName> out = new ArrayList<>();
    for (String known : oneEditFrom(longSurnames, written, Function.identity())) {
      out.addAll(bySurname.get(known));
    }
    return out;
  }

  /**
   * The words of {@code byShape} one edit away from {@code written}: only those of its first letter
   * and of its length give or take one are compared.
   */
  private static <T> List<T> oneEditFrom(Map<Shape, List<T>> byShape, String written, Function<T, String> word) {
    List<T> out = new ArrayList<>();
    for (int length = written.length() - 1; length <= written.length() + 1; length++) {
      for (T t : byShape.getOrDefault(new Shape(written.charAt(0), length), List.of())) {
        if (oneEditApart(word.apply(t), written)) {
          out.add(t);
        }
      }
    }
    return out;
  }

  private void countryWord(String phrase, Entry e) {
    String p = phrase.strip();
    if (p.length() >= COUNTRY_MISSPELT_MIN - 1 && p.chars().allMatch(Character::isLetter) && Character.isUpperCase(p.charAt(0))) {
      countryWords.putIfAbsent(p, e);
      longCountryWords.computeIfAbsent(new Shape(p.charAt(0), p.length()), k -> new ArrayList<>()).add(new CountryWord(p, e));
    }
  }

  private static final int COUNTRY_MISSPELT_MIN = 6;

  /**
   * The country a capitalised word of six letters or more may name when it is one letter added,
   * dropped, changed or swapped away from the one-word name, alias or adjective of exactly one
   * country ("Ethopia", "Cambodain");
   * null when the word is itself a name, or is near the names of no country or of two. Whether the
   * word is another place's or a person's name is for the caller to check.
   */
  Entry countryMisspelt(String written) {
    if (written.length() < COUNTRY_MISSPELT_MIN || !Character.isUpperCase(written.charAt(0))
        || !written.chars().allMatch(Character::isLetter) || countryWords.containsKey(written)) {
      return null;
    }
    Entry found = null;
    for (CountryWord w : oneEditFrom(longCountryWords, written, CountryWord::word)) {
      Entry e = w.entry();
      if (found != null && !((Country) found.value()).code().equals(((Country) e.value()).code())) {
        return null;
      }
      if (found == null || (found.kind() == Kind.ADJECTIVE && e.kind() == Kind.COUNTRY)) {
        found = e;
      }
    }
    return found;
  }

  /** True when {@code a} and {@code b} differ by exactly one insertion, deletion, substitution or swap of neighbours. */
  static boolean oneEditApart(String a, String b) {
    if (a.equals(b)) {
      return false;
    }
    int i = 0;
    while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    if (a.length() == b.length()) {
      if (a.substring(i + 1).equals(b.substring(i + 1))) {
        return true;
      }
      return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
          && a.substring(i + 2).equals(b.substring(i + 2));
    }
    String longer = a.length() > b.length() ? a : b;
    String shorter = a.length() > b.length() ? b : a;
    return longer.substring(i + 1).equals(shorter.substring(i));
  }

  private void add(Node root, String phrase, Entry e) {
    String p = phrase.strip();
    if (p.regionMatches(true, 0, "the ", 0, 4)) {
      p = p.substring(4);
    }
    List<Word> words = SimpleTokenizer.words(p);
    if (words.isEmpty()) {
      return;
    }
    Node n = root;
    for (Word w : words) {
      String key = root == roles ? w.text().toLowerCase(Locale.ROOT) : w.text();
      n = n.next.computeIfAbsent(key, k -> new Node());
    }
    n.entries.add(e);
  }

  /** The country with this code, or null. */
  Country country(String code) {
    return code == null ? null : countries.get(code);
  }

  /** The organisation with this code (its first row), or null. */
  Organisation organisation(String code) {
    return code == null ? null : organisations.get(code);
  }

  /** The longest name starting at {@code start}, else the longest role phrase, else null. */
  Match longestAt(List<Word> words, int start) {
    Match m = longest(names, words, start, false);
    return m != null ? m : longest(roles, words, start, true);
  }

  /** The longest role phrase starting at {@code start}, or null. */
  Match roleAt(List<Word> words, int start) {
    return longest(roles, words, start, true);
  }

  private static Match longest(Node root, List<Word> words, int start, boolean byLemma) {
    if (byLemma) {
      return longestByLemma(root, words, start, start, null);
    }
    Node n = root;
    Match best = null;
    for (int i = start; i < words.size(); i++) {
      Word w = words.get(i);
      Node next = n.next.get(w.text());
      if (next == null && w.text().length() > 1 && w.text().equals(w.text().toUpperCase(Locale.ROOT))) {
        next = n.next.get(capitalised(w.text()));
      }
      // an all-capitals name ("PLAN", "TASS") matches only written in capitals: "plan" and "Plan" are
      // words; where a word form is usual ("Nato", "Unicef") the knowledge file lists it as an alias
      if (next == null) {
        break;
      }
      n = next;
      if (!n.entries.isEmpty()) {
        best = new Match(start, i - start + 1, n.entries);
      }
    }
    return best;
  }

  /**
   * The longest role phrase from {@code start}, each word matched as written in lower case, by its
   * lemma, or as the singular of what is written: a tagger leaves a capitalised plural opening a sentence
   * ("Protesters", tagged a proper noun) or a plural like "troops" as written.
   */
  private static Match longestByLemma(Node n, List<Word> words, int start, int i, Match best) {
    if (i >= words.size()) {
      return best;
    }
    Word w = words.get(i);
    String lemma = w.lemma().toLowerCase(Locale.ROOT);
    String lower = w.text().toLowerCase(Locale.ROOT);
    String singular = SimpleTokenizer.singular(lower);
    Match found = best;
    // the word as written first: a plural the file lists is meant apart from its lemma ("people" are
    // civilians, a "person" anyone), and of two matches as long the first found stands
    String[] keys = {lower, lemma, singular};
    for (int k = 0; k < keys.length; k++) {
      String key = keys[k];
      if ((k >= 1 && key.equals(lower)) || (k == 2 && key.equals(lemma))) {
        continue;
      }
      Node next = n.next.get(key);
      if (next == null) {
        continue;
      }
      Match here = next.entries.isEmpty() ? best : new Match(start, i - start + 1, next.entries);
      Match deeper = longestByLemma(next, words, start, i + 1, here);
      if (deeper != null && (found == null || deeper.length() > found.length())) {
        found = deeper;
      }
    }
    return found;
  }

  private static String capitalised(String upper) {
    return upper.charAt(0) + upper.substring(1).toLowerCase(Locale.ROOT);
  }
}
