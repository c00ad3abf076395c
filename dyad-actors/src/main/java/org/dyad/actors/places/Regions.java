package org.dyad.actors.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
 * State"); such a name is known only with a division word ("Niger State", "Rivers State"). The build
 * works these names out once and checks regions.tsv ({@link DivisionIndex}), so that loading is a
 * matter of reading them. The gazetteer ({@link Gazetteer#find}) ranks a region among the places
 * of its name.
 */
final class Regions {
  /** The team's regions. */
  static final String CURATED = "dyad/actors/regions.tsv";
  /** Where the build puts the index of every region's names, among the classes. */
  static final String INDEX = "dyad/actors/geonames/regions.idx";

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

  static final Regions NONE = new Regions(Map.of(), null);

  private final Map<String, List<Named>> byKey;
  /** Divisions known alone by no name of theirs, only with a division word ("Rivers State", "Niger State"). */
  private final Map<String, List<Named>> withWordOnly = new HashMap<>();
  private final RegionNames words;

  private Regions(Map<String, List<Named>> byKey, RegionNames words) {
    this.byKey = byKey;
    this.words = words;
  }

  /** The bundled regions, as the build indexed them ({@link DivisionIndex}). */
  static Regions standard() {
    try (InputStream in = Regions.class.getClassLoader().getResourceAsStream(INDEX)) {
      if (in == null) {
        throw new IllegalStateException("region index missing from the class path: " + INDEX
            + " (dyad-actors' Maven build makes it)");
      }
      return read(in, INDEX, RegionNames.standard());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the region index " + INDEX, e);
    }
  }

  /**
   * Writes every name with its region, one a line: the folded name, its tier (C curated, E
   * explicit, B bare, W known only with a division word, D disputed), then the place's name,
   * country, latitude, longitude and population.
   */
  void write(Writer w) throws IOException {
    w.write("# Regions by folded name, made by the build from regions.tsv and the divisions table.\n");
    for (Map.Entry<String, List<Named>> e : byKey.entrySet()) {
      for (Named n : e.getValue()) {
        write(w, e.getKey(), n.place() == null ? "D" : n.tier().name().substring(0, 1), n.place());
      }
    }
    for (Map.Entry<String, List<Named>> e : withWordOnly.entrySet()) {
      for (Named n : e.getValue()) {
        write(w, e.getKey(), "W", n.place());
      }
    }
  }

  private static void write(Writer w, String key, String tier, Place p) throws IOException {
    w.write(key + "\t" + tier);
    if (p != null) {
      w.write("\t" + p.name() + "\t" + p.country() + "\t" + (p.lat() == null ? "" : p.lat()) + "\t"
          + (p.lon() == null ? "" : p.lon()) + "\t" + p.population());
    }
    w.write("\n");
  }

  /** Reads what {@link #write} wrote; {@code where} names it in errors. */
  static Regions read(InputStream in, String where, RegionNames words) throws IOException {
    Regions out = new Regions(new HashMap<>(), words);
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    int line = 0;
    for (String l = r.readLine(); l != null; l = r.readLine()) {
      line++;
      if (l.isEmpty() || l.startsWith("#")) {
        continue;
      }
      String[] f = l.split("\t", -1);
      try {
        Place p = f.length == 2 ? null : new Place(f[2], f[3], f[4].isEmpty() ? null : Double.valueOf(f[4]),
            f[5].isEmpty() ? null : Double.valueOf(f[5]), null, Long.parseLong(f[6]));
        switch (f[1]) {
          case "C" -> out.addKey(f[0], new Named(p, Tier.CURATED));
          case "D" -> out.addKey(f[0], new Named(null, Tier.CURATED));
          case "E" -> out.addKey(f[0], new Named(p, Tier.EXPLICIT));
          case "B" -> out.addKey(f[0], new Named(p, Tier.BARE));
          case "W" -> out.withWordOnly.computeIfAbsent(f[0], k -> new ArrayList<>(1)).add(new Named(p, Tier.EXPLICIT));
          default -> throw new IllegalArgumentException("tier '" + f[1] + "'");
        }
      } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
        throw new IOException(where + ":" + line + ": not a region index line (" + e.getMessage() + ")", e);
      }
    }
    return out;
  }

  /** Regions of a regions.tsv and a division table; a bad row fails with its file, line and reason. */
  static Regions load(Gazetteer cities, List<TsvReader.Row> curated, List<TsvReader.Row> divisions) {
    Set<String> codes = new HashSet<>(IsoCountries.byAlpha3().keySet());
    codes.add("XKX");
    Regions out = new Regions(new HashMap<>(), RegionNames.standard());
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
      String lat = r.get("lat");
      Place place;
      try {
        place = new Place(r.get("name"), r.get("country"), lat.isEmpty() ? null : Double.valueOf(lat),
            lat.isEmpty() ? null : Double.valueOf(r.get("lon")), null, Long.parseLong(r.get("population")));
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(r.where() + ": " + e.getMessage(), e);
      }
      if (r.get("alone").equals("yes")) {
        out.addKey(r.get("bare"), new Named(place, Tier.BARE));
      } else {
        out.withWordOnly.computeIfAbsent(r.get("bare"), k -> new ArrayList<>(1)).add(new Named(place, Tier.EXPLICIT));
      }
      if (!r.get("full").isEmpty()) {
        out.addKey(r.get("full"), new Named(place, Tier.EXPLICIT));
      }
    }
    return out;
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
    return words == null ? null : words.bare(key);
  }

  /** The number of names known. */
  int names() {
    return byKey.size();
  }
}
