package org.dyad.actors.places;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dyad.actors.knowledge.IsoCountries;
import org.dyad.model.io.TsvReader;

/**
 * How regions are named, from region-words.tsv: the words naming a kind of division, written after
 * a region's name ("Kaduna State", "Donetsk Oblast"), and the words that name no region alone
 * ("Central", "Rivers"). Names are compared folded, as {@link PlaceNames#fold} makes them.
 */
final class RegionNames {
  /** The words of region names. */
  static final String WORDS = "dyad/actors/region-words.tsv";
  /** Dyad's countries, whose names no division may take alone. */
  static final String COUNTRIES = "dyad/actors/countries.tsv";

  private final List<String> divisionWords;
  private final Set<String> genericWords;

  private RegionNames(List<String> divisionWords, Set<String> genericWords) {
    this.divisionWords = divisionWords;
    this.genericWords = genericWords;
  }

  /** The bundled words; a bad row fails with its file, line and reason. */
  static RegionNames standard() {
    List<String> division = new ArrayList<>();
    Set<String> generic = new HashSet<>();
    for (TsvReader.Row r : TsvReader.readResource(WORDS)) {
      String w = PlaceNames.fold(r.get("word"));
      switch (r.get("kind")) {
        case "division" -> division.add(w);
        case "generic" -> generic.add(w);
        default -> throw new IllegalStateException(r.where() + ": kind '" + r.get("kind") + "' is not division or generic");
      }
    }
    division.sort(Comparator.comparingInt(String::length).reversed()); // the longest suffix first
    return new RegionNames(List.copyOf(division), Set.copyOf(generic));
  }

  /** The folded names of every country of countries.tsv and ISO 3166-1, aliases included. */
  static Set<String> countryNames() {
    Set<String> names = new HashSet<>();
    for (TsvReader.Row r : TsvReader.readResource(COUNTRIES)) {
      addFolded(names, r.get("name"));
      r.list("aliases").forEach(a -> addFolded(names, a));
    }
    IsoCountries.byAlpha3().values().forEach(c -> c.names().forEach(n -> addFolded(names, n)));
    return names;
  }

  private static void addFolded(Set<String> names, String name) {
    String k = PlaceNames.fold(name);
    if (k != null) {
      names.add(k);
    }
  }

  /** The folded name without its closing division words ("kaduna" of "kaduna state"), or null. */
  String bare(String key) {
    for (String w : divisionWords) {
      if (key.length() > w.length() + 1 && key.endsWith(w) && key.charAt(key.length() - w.length() - 1) == ' ') {
        return key.substring(0, key.length() - w.length() - 1);
      }
    }
    return null;
  }

  /** True when every word of the folded name is generic ("central", "north east"). */
  boolean generic(String key) {
    for (String w : key.split(" ")) {
      if (!genericWords.contains(w)) {
        return false;
      }
    }
    return true;
  }
}
