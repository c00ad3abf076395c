package org.dyad.actors.knowledge;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.model.io.TsvReader;

/**
 * Dyad's actor knowledge: countries (every ISO 3166-1 country and territory from the nv-i18n package,
 * with what {@code countries.tsv} adds: historical states, short forms, demonyms, capitals, seats), role nouns, organisations and armed groups, and people in
 * office, read from the versioned files under {@code dyad/actors/}. Reading validates them: codes,
 * sectors and date order; a bad row stops loading with its file and line.
 */
public final class KnowledgeBase {
  /** The agent sectors a role or an office may carry. */
  public static final Set<String> SECTORS =
      Set.of(
          "GOV", "MIL", "REB", "INS", "SEP", "OPP", "COP", "JUD", "LEG", "BUS", "MED", "EDU", "CVL", "ELI",
          "REF", "SPY", "LAB", "HLH", "CRM", "UAF", "ENV", "AGR", "DEV", "HRI", "RAD", "MOD", "SET", "IGO",
          "NGO", "REL", "PTY", "MNC", "IMG", "AMN", "UNK", "JEW", "MUS", "CHR", "HIN", "BUD",
          // from the NGEC/PLOVER agent set: paramilitary, partially recognised state
          "PRM", "PRE");

  private static volatile KnowledgeBase standard;

  private final List<Country> countries;
  private final List<Role> roles;
  private final List<Organisation> organisations;
  private final List<Person> people;

  private KnowledgeBase(List<Country> countries, List<Role> roles, List<Organisation> organisations, List<Person> people) {
    this.countries = List.copyOf(countries);
    this.roles = List.copyOf(roles);
    this.organisations = List.copyOf(organisations);
    this.people = List.copyOf(people);
  }

  /** The bundled knowledge, read once per process. */
  public static KnowledgeBase standard() {
    KnowledgeBase k = standard;
    if (k == null) {
      synchronized (KnowledgeBase.class) {
        if (standard == null) {
          standard = load("dyad/actors/");
        }
        k = standard;
      }
    }
    return k;
  }

  static KnowledgeBase load(String dir) {
    List<Country> countries = new ArrayList<>();
    for (TsvReader.Row r : TsvReader.readResource(dir + "countries.tsv")) {
      String code = code(r, "code");
      Map<String, String> seats = new LinkedHashMap<>();
      for (String s : r.list("seats")) {
        int eq = s.lastIndexOf('=');
        if (eq <= 0) {
          throw new IllegalStateException(r.where() + ": seat '" + s + "' is not Name=SECTOR");
        }
        seats.put(s.substring(0, eq).strip(), sector(r, s.substring(eq + 1).strip()));
      }
      IsoCountries.Entry iso = IsoCountries.byAlpha3().get(code);
      List<String> aliases = new ArrayList<>(r.list("aliases"));
      if (iso != null) {
        iso.names().stream().filter(n -> !n.equals(r.get("name")) && !aliases.contains(n)).forEach(aliases::add);
      }
      countries.add(new Country(code, iso == null ? null : iso.alpha2(), iso == null ? -1 : iso.numeric(), r.get("name"),
          aliases, r.list("adjectives"), r.list("capitals"), seats, date(r, "validFrom"), date(r, "validTo")));
      ordered(r, date(r, "validFrom"), date(r, "validTo"));
    }
    // Countries and territories the package has and the file lacks: codes and ISO names only
    Set<String> known = new HashSet<>();
    countries.forEach(c -> known.add(c.code()));
    for (IsoCountries.Entry iso : IsoCountries.byAlpha3().values()) {
      if (known.add(iso.alpha3())) {
        List<String> names = iso.names();
        String name = names.get(names.size() - 1);
        countries.add(new Country(iso.alpha3(), iso.alpha2(), iso.numeric(), name,
            names.stream().filter(n -> !n.equals(name)).toList(), List.of(), List.of(), Map.of(), null, null));
      }
    }
    List<Role> roles = new ArrayList<>();
    for (TsvReader.Row r : TsvReader.readResource(dir + "roles.tsv")) {
      String second = r.optional("secondarySector");
      String office = r.optional("office");
      roles.add(new Role(r.get("phrase").toLowerCase(Locale.ROOT), sector(r, r.get("sector")),
          second == null ? null : sector(r, second), office == null ? null : code(r, "office")));
    }
    List<Organisation> orgs = new ArrayList<>();
    if (TsvReader.class.getClassLoader().getResource(dir + "organisations.tsv") != null) {
      for (TsvReader.Row r : TsvReader.readResource(dir + "organisations.tsv")) {
        orgs.add(new Organisation(r.get("code"), r.get("name"), r.list("aliases"), r.get("country"),
            sector(r, r.get("sector")), date(r, "validFrom"), date(r, "validTo"), r.optional("wikipedia")));
        ordered(r, date(r, "validFrom"), date(r, "validTo"));
      }
    }
    List<Person> people = new ArrayList<>();
    if (TsvReader.class.getClassLoader().getResource(dir + "people.tsv") != null) {
      for (TsvReader.Row r : TsvReader.readResource(dir + "people.tsv")) {
        LocalDate start = date(r, "start");
        if (start == null) {
          throw new IllegalStateException(r.where() + ": a tenure needs a start date");
        }
        people.add(new Person(r.get("name"), r.list("aliases"), r.get("country"), sector(r, r.get("sector")),
            r.get("office"), start, date(r, "end"), r.optional("wikipedia")));
        ordered(r, start, date(r, "end"));
      }
    }
    return new KnowledgeBase(countries, roles, orgs, people);
  }

  private static String code(TsvReader.Row r, String column) {
    String v = r.get(column);
    if (!v.matches("[A-Z]{3}")) {
      throw new IllegalStateException(r.where() + ": " + column + " '" + v + "' is not a three-letter code");
    }
    return v;
  }

  private static String sector(TsvReader.Row r, String v) {
    if (!SECTORS.contains(v)) {
      throw new IllegalStateException(r.where() + ": unknown sector '" + v + "'");
    }
    return v;
  }

  /**
   * An ISO date; or, where the day is not known, a month ({@code 2013-10}) or a year ({@code 1989}),
   * read so as to claim no day it may not cover: a start as the last day of that month or year,
   * an end as its first.
   */
  private static LocalDate date(TsvReader.Row r, String column) {
    String v = r.get(column);
    if (v.isEmpty()) {
      return null;
    }
    boolean start = column.equals("start") || column.equals("validFrom");
    try {
      return switch (v.length()) {
        case 4 -> start ? Year.parse(v).atMonth(12).atEndOfMonth() : Year.parse(v).atDay(1);
        case 7 -> start ? YearMonth.parse(v).atEndOfMonth() : YearMonth.parse(v).atDay(1);
        default -> LocalDate.parse(v);
      };
    } catch (DateTimeParseException e) {
      throw new IllegalStateException(r.where() + ": " + column + " '" + v + "' is not an ISO date, month or year", e);
    }
  }

  private static void ordered(TsvReader.Row r, LocalDate from, LocalDate to) {
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalStateException(r.where() + ": ends " + to + " before it starts " + from);
    }
  }

  /** Every country and historical state. */
  public List<Country> countries() {
    return countries;
  }

  /** Every role noun. */
  public List<Role> roles() {
    return roles;
  }

  /** Every organisation and armed group row. */
  public List<Organisation> organisations() {
    return organisations;
  }

  /** Every tenure. */
  public List<Person> people() {
    return people;
  }
}
