package org.dyad.actors.places;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.actors.knowledge.IsoCountries;
import org.dyad.model.io.TsvReader;

/**
 * Regions by name: the first-level divisions of every country (the build's table of
 * country-state-city, {@link DivisionIndex}) and the team's regions.tsv (occupied, breakaway and
 * disputed territories, and regions news names otherwise), read with the words of region-words.tsv
 * that name a kind of division ("State", "Oblast") or say nothing alone ("Central").
 *
 * <p>A division is known by its full name and, unless that is only generic words or a country's
 * name ("Georgia", "Niger", "Rivers"), by its name without the division word ("Kaduna" for "Kaduna
 * State"); such a name is known only with a division word ("Niger State", "Rivers State").
 * The gazetteer ({@link Gazetteer#find}) ranks a region among the cities of its name.
 */
final class Regions {
  /** The team's regions. */
  static final String CURATED = "dyad/actors/regions.tsv";
  /** The words of region names. */
  static final String WORDS = "dyad/actors/region-words.tsv";
  /** Dyad's countries, whose names no division may take. */
  static final String COUNTRIES = "dyad/actors/countries.tsv";

  /** How sure a name is to mean the region rather than a city of that name. */
  enum Tier {
    /** A region of regions.tsv. */
    CURATED,
    /** A division named with its division word ("Kaduna State"). */
    EXPLICIT,
    /** A division named by its bare name ("Kaduna"): a better-known city of that name comes first. */
    BARE
  }

  /**
   * One name of a region.
   *
   * @param place the region as a place (no GeoNames id), or null for a disputed name of no country
   * @param tier how surely the name means the region
   */
  record Named(Place place, Tier tier) {}

  static final Regions NONE = new Regions(Map.of(), List.of(), Set.of());

  private final Map<String, List<Named>> byKey;
  /** Divisions known alone by no name of theirs, only with a division word ("Rivers State", "Niger State"). */
  private final Map<String, List<Named>> withWordOnly = new HashMap<>();
  private final List<String> divisionWords;
  private final Set<String> genericWords;

  private Regions(Map<String, List<Named>> byKey, List<String> divisionWords, Set<String> genericWords) {
    this.byKey = byKey;
    this.divisionWords = divisionWords;
    this.genericWords = genericWords;
  }

  /** The bundled regions; the towns of regions.tsv are looked up in {@code cities}. */
  static Regions standard(Gazetteer cities) {
    return load(cities, TsvReader.readResource(CURATED), TsvReader.readResource(DivisionIndex.RESOURCE));
  }

  /** Regions of a regions.tsv and a division table; a bad row fails with its file, line and reason. */
  static Regions load(Gazetteer cities, List<TsvReader.Row> curated, List<TsvReader.Row> divisions) {
    List<String> divisionWords = new ArrayList<>();
    Set<String> genericWords = new HashSet<>();
    for (TsvReader.Row r : TsvReader.readResource(WORDS)) {
      String w = PlaceNames.fold(r.get("word"));
      switch (r.get("kind")) {
        case "division" -> divisionWords.add(w);
        case "generic" -> genericWords.add(w);
        default -> throw new IllegalStateException(r.where() + ": kind '" + r.get("kind") + "' is not division or generic");
      }
    }
    divisionWords.sort(Comparator.comparingInt(String::length).reversed()); // the longest suffix first
    Set<String> countryNames = new HashSet<>();
    for (TsvReader.Row r : TsvReader.readResource(COUNTRIES)) {
      addFolded(countryNames, r.get("name"));
      r.list("aliases").forEach(a -> addFolded(countryNames, a));
    }
    IsoCountries.byAlpha3().values().forEach(c -> c.names().forEach(n -> addFolded(countryNames, n)));
    Set<String> codes = new HashSet<>(IsoCountries.byAlpha3().keySet());
    codes.add("XKX");

    Regions out = new Regions(new HashMap<>(), List.copyOf(divisionWords), Set.copyOf(genericWords));
    for (TsvReader.Row r : curated) {
      String name = r.get("name");
      if (name.isEmpty()) {
        throw new IllegalStateException(r.where() + ": a region needs a name");
      }
      if (r.get("source").isEmpty()) {
        throw new IllegalStateException(r.where() + ": " + name + " has no source");
      }
      String country = r.optional("country");
      Place place = null;
      if (country != null) {
        if (!codes.contains(country)) {
          throw new IllegalStateException(r.where() + ": country '" + country + "' is not an ISO alpha-3 code");
        }
        List<String> towns = r.list("towns");
        if (towns.isEmpty()) {
          throw new IllegalStateException(r.where() + ": " + name + " names no town");
        }
        long population = 0;
        Place chief = null;
        for (String t : towns) {
          Place town = cities.best(t, List.of(country)).filter(p -> p.country().equals(country)).orElseThrow(
              () -> new IllegalStateException(r.where() + ": town '" + t + "' is no gazetteer place in " + country));
          chief = chief == null ? town : chief;
          population += town.population();
        }
        place = new Place(name, country, chief.lat(), chief.lon(), null, population);
      } else if (!r.list("towns").isEmpty()) {
        throw new IllegalStateException(r.where() + ": " + name + " has towns but no country");
      }
      Named n = new Named(place, Tier.CURATED);
      out.add(name, n);
      for (String a : r.list("aliases")) {
        out.add(a, n);
      }
    }
    for (TsvReader.Row r : divisions) {
      String name = r.get("name");
      String lat = r.get("lat");
      Place place;
      try {
        place = new Place(name, r.get("country"), lat.isEmpty() ? null : Double.valueOf(lat),
            lat.isEmpty() ? null : Double.valueOf(r.get("lon")), null, Long.parseLong(r.get("population")));
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(r.where() + ": " + e.getMessage(), e);
      }
      String full = PlaceNames.fold(name.replaceAll("\\s*\\(.*\\)", ""));
      if (full == null) {
        continue;
      }
      String bare = out.bare(full);
      String alone = bare == null ? full : bare;
      if (alone.length() >= 3 && !out.generic(alone) && !countryNames.contains(alone)) {
        out.addKey(alone, new Named(place, Tier.BARE));
      } else {
        out.withWordOnly.computeIfAbsent(alone, k -> new ArrayList<>(1)).add(new Named(place, Tier.EXPLICIT));
      }
      if (bare != null && !countryNames.contains(full)) {
        out.addKey(full, new Named(place, Tier.EXPLICIT));
      }
    }
    return out;
  }

  private static void addFolded(Set<String> names, String name) {
    String k = PlaceNames.fold(name);
    if (k != null) {
      names.add(k);
    }
  }

  private void add(String name, Named n) {
    String k = PlaceNames.fold(name);
    if (k != null) {
      addKey(k, n);
      String bare = bare(k);
      if (bare != null) {
        addKey(bare, n);
      }
    }
  }

  private void addKey(String key, Named n) {
    List<Named> all = byKey.computeIfAbsent(key, k -> new ArrayList<>(1));
    if (!all.contains(n)) {
      all.add(n);
    }
  }

  /** The regions known by folded name {@code key}. */
  List<Named> named(String key) {
    return byKey.getOrDefault(key, List.of());
  }

  /** The regions known by folded name {@code bare} followed by a division word ("rivers" of "Rivers State"). */
  List<Named> namedWithWord(String bare) {
    List<Named> out = new ArrayList<>(named(bare));
    out.addAll(withWordOnly.getOrDefault(bare, List.of()));
    return out;
  }

  /** The folded name without its closing division words ("kaduna" of "kaduna state"), or null. */
  String bare(String key) {
    for (String w : divisionWords) {
      if (key.length() > w.length() + 1 && key.endsWith(" " + w)) {
        return key.substring(0, key.length() - w.length() - 1);
      }
    }
    return null;
  }

  /** True when every word of the folded name is generic ("central", "north east"). */
  private boolean generic(String key) {
    for (String w : key.split(" ")) {
      if (!genericWords.contains(w)) {
        return false;
      }
    }
    return true;
  }

  /** The number of names known. */
  int names() {
    return byKey.size();
  }
}
