package org.dyad.actors.places;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.actors.knowledge.IsoCountries;
import org.dyad.model.io.TsvReader;

/**
 * The first-level administrative divisions of every country (states, provinces, regions, oblasts),
 * from the npm package country-state-city, as a small table among the classes from which, with
 * regions.tsv, the index that {@link Regions} loads is made. dyad-actors' Maven build runs {@link #main} after the gazetteer index: it checks the
 * tarball against its pinned sha512, reads the package's {@code state.json} and writes one row per
 * division: its ISO 3166-2 code, country (alpha-3), name, centre and population.
 *
 * <p>The package gives no population and some centres that lie in another country (a few are in
 * the United States); a centre is kept only when a gazetteer place of the division's own country
 * lies within {@value #NEAR_KM} km of it, and a division's population is that of the gazetteer's
 * places of its country nearer its centre than any other division's: an estimate, used only to
 * rank it among places of the same name.
 */
public final class DivisionIndex {
  /** Where the build puts the table, among the classes. */
  public static final String RESOURCE = "dyad/actors/geonames/divisions.tsv";
  /** The package's file of divisions. */
  static final String ENTRY = "package/lib/assets/state.json";

  private static final int NEAR_KM = 400;

  private DivisionIndex() {}

  /** One division as the package gives it, with its country as alpha-3. */
  record Division(String code, String country, String name, Double lat, Double lon) {}

  /**
   * Builds the table: {@code TARBALL SHA512 GAZETTEER_INDEX OUTPUT}, and beside it the index of
   * every region's names ({@link Regions#write}) with the regions of regions.tsv. Fails, writing
   * nothing, when the tarball's sha512 is not the pinned one or a row of regions.tsv is bad.
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 4) {
      throw new IllegalArgumentException("usage: DivisionIndex TARBALL SHA512 GAZETTEER_INDEX OUTPUT");
    }
    Path tarball = Path.of(args[0]);
    byte[] packed = Files.readAllBytes(tarball);
    String sha512 = GeoNamesArchive.pinnedSha512(tarball, packed, args[1]);
    Path cities = Path.of(args[2]);
    Gazetteer g = GazetteerIndex.read(Files.readAllBytes(cities), cities.toString());
    List<Division> divisions = read(packed, tarball.toString());
    Path out = Path.of(args[3]);
    Files.createDirectories(out.toAbsolutePath().getParent());
    Path partial = out.resolveSibling(out.getFileName() + ".partial");
    try (Writer w = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
      write(divisions, g, RegionNames.standard(), RegionNames.countryNames(), sha512, w);
    }
    Regions regions;
    try (InputStream in = Files.newInputStream(partial)) {
      regions = Regions.load(g, TsvReader.readResource(Regions.CURATED), TsvReader.read(RESOURCE, in));
    }
    Path index = out.resolveSibling(Path.of(Regions.INDEX).getFileName());
    Path partialIndex = index.resolveSibling(index.getFileName() + ".partial");
    try (Writer w = Files.newBufferedWriter(partialIndex, StandardCharsets.UTF_8)) {
      regions.write(w);
    }
    Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING);
    Files.move(partialIndex, index, StandardCopyOption.REPLACE_EXISTING);
  }

  /** The divisions of the package tarball {@code packed}; {@code where} names it in errors. */
  static List<Division> read(byte[] packed, String where) throws IOException {
    StringBuilder json = new StringBuilder();
    GeoNamesArchive.readLines(new ByteArrayInputStream(packed), ENTRY, line -> json.append(line).append('\n'));
    List<Map<String, String>> objects;
    try {
      objects = new FlatJson(json.toString()).array();
    } catch (IllegalArgumentException e) {
      throw new IOException(where + ": " + ENTRY + ": " + e.getMessage(), e);
    }
    Map<String, String> alpha3 = new HashMap<>();
    IsoCountries.byAlpha3().values().forEach(c -> alpha3.put(c.alpha2(), c.alpha3()));
    alpha3.put("XK", "XKX"); // Kosovo: user-assigned code, as in countries.tsv
    List<Division> out = new ArrayList<>();
    for (Map<String, String> o : objects) {
      String country = alpha3.get(o.getOrDefault("countryCode", ""));
      String name = o.get("name");
      String code = o.get("isoCode");
      if (country == null || name == null || name.isBlank() || code == null || code.isBlank()) {
        continue; // a division of no ISO country cannot be attributed
      }
      out.add(new Division(o.get("countryCode") + "-" + code, country, name.strip().replaceAll("\\s+", " "), number(o.get("latitude"), 90),
          number(o.get("longitude"), 180)));
    }
    if (out.isEmpty()) {
      throw new IOException(where + ": " + ENTRY + " holds no division");
    }
    return out;
  }

  /**
   * Writes the table: the divisions with their checked centres, estimated populations and the
   * folded names they are known by (see {@link Regions}).
   */
  static void write(List<Division> divisions, Gazetteer g, RegionNames names, Set<String> countryNames,
      String sourceSha512, Writer w) throws IOException {
    Map<String, List<Integer>> byCountry = new HashMap<>();
    for (int i = 0; i < g.size; i++) {
      byCountry.computeIfAbsent(g.countryCodes[g.countries[i]], c -> new ArrayList<>()).add(i);
    }
    Map<String, List<Integer>> centred = new LinkedHashMap<>();
    boolean[] near = new boolean[divisions.size()];
    for (int d = 0; d < divisions.size(); d++) {
      Division v = divisions.get(d);
      if (v.lat() == null || v.lon() == null) {
        continue;
      }
      for (int i : byCountry.getOrDefault(v.country(), List.of())) {
        if (km(v.lat(), v.lon(), g.lats[i], g.lons[i]) <= NEAR_KM) {
          near[d] = true;
          break;
        }
      }
      if (near[d]) {
        centred.computeIfAbsent(v.country(), c -> new ArrayList<>()).add(d);
      }
    }
    long[] population = new long[divisions.size()];
    for (Map.Entry<String, List<Integer>> e : centred.entrySet()) {
      for (int i : byCountry.getOrDefault(e.getKey(), List.of())) {
        int nearest = -1;
        double best = Double.MAX_VALUE;
        for (int d : e.getValue()) {
          double km = km(divisions.get(d).lat(), divisions.get(d).lon(), g.lats[i], g.lons[i]);
          if (km < best) {
            best = km;
            nearest = d;
          }
        }
        population[nearest] += g.populations[i];
      }
    }
    w.write("# First-level divisions of country-state-city (sha512 " + sourceSha512 + "), made by the build.\n");
    w.write("# bare = the folded name without its division word; alone = yes when the division is known by it\n");
    w.write("# alone (not only generic words nor a country's name); full = the folded name with its division word.\n");
    w.write("code\tcountry\tname\tlat\tlon\tpopulation\tbare\talone\tfull\n");
    for (int d = 0; d < divisions.size(); d++) {
      Division v = divisions.get(d);
      String lat = near[d] ? String.format(Locale.ROOT, "%.4f", v.lat()) : "";
      String lon = near[d] ? String.format(Locale.ROOT, "%.4f", v.lon()) : "";
      String full = PlaceNames.fold(v.name().replaceAll("\\s*\\(.*\\)", ""));
      if (full == null) {
        continue; // a name in another script only
      }
      String bare = names.bare(full);
      String alone = bare == null ? full : bare;
      boolean known = alone.length() >= 3 && !names.generic(alone) && !countryNames.contains(alone);
      String withWord = bare != null && !countryNames.contains(full) ? full : "";
      w.write(String.join("\t", v.code(), v.country(), v.name(), lat, lon, Long.toString(population[d]), alone,
          known ? "yes" : "no", withWord) + "\n");
    }
  }

  /** The great-circle distance in km. */
  static double km(double lat1, double lon1, double lat2, double lon2) {
    double p1 = Math.toRadians(lat1);
    double p2 = Math.toRadians(lat2);
    double dp = p2 - p1;
    double dl = Math.toRadians(lon2 - lon1);
    double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    return 6371 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
  }

  private static Double number(String s, double limit) {
    if (s == null || s.isBlank()) {
      return null;
    }
    try {
      double v = Double.parseDouble(s.strip());
      return Math.abs(v) <= limit ? v : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }


  /** A JSON array of objects whose values are strings, numbers or null: all the package's file holds. */
  private static final class FlatJson {
    private final String s;
    private int at;

    FlatJson(String s) {
      this.s = s;
    }

    List<Map<String, String>> array() {
      List<Map<String, String>> out = new ArrayList<>();
      expect('[');
      if (peek() == ']') {
        at++;
        return out;
      }
      while (true) {
        out.add(object());
        char c = next();
        if (c == ']') {
          return out;
        }
        if (c != ',') {
          throw new IllegalArgumentException("expected , or ] at " + (at - 1));
        }
      }
    }

    private Map<String, String> object() {
      Map<String, String> o = new HashMap<>();
      expect('{');
      if (peek() == '}') {
        at++;
        return o;
      }
      while (true) {
        String key = string();
        expect(':');
        o.put(key, value());
        char c = next();
        if (c == '}') {
          return o;
        }
        if (c != ',') {
          throw new IllegalArgumentException("expected , or } at " + (at - 1));
        }
      }
    }

    private String value() {
      char c = peek();
      if (c == '"') {
        return string();
      }
      int from = at;
      while (at < s.length() && ",}] \t\r\n".indexOf(s.charAt(at)) < 0) {
        at++;
      }
      String v = s.substring(from, at);
      if (v.equals("null")) {
        return null;
      }
      if (v.isEmpty() || !v.matches("-?[0-9.eE+-]+|true|false")) {
        throw new IllegalArgumentException("bad value '" + v + "' at " + from);
      }
      return v;
    }

    private String string() {
      expect('"');
      StringBuilder b = new StringBuilder();
      while (true) {
        if (at >= s.length()) {
          throw new IllegalArgumentException("unterminated string");
        }
        char c = s.charAt(at++);
        if (c == '"') {
          return b.toString();
        }
        if (c != '\\') {
          b.append(c);
          continue;
        }
        char e = s.charAt(at++);
        switch (e) {
          case 'n' -> b.append('\n');
          case 't' -> b.append('\t');
          case 'r' -> b.append('\r');
          case 'b' -> b.append('\b');
          case 'f' -> b.append('\f');
          case 'u' -> {
            b.append((char) Integer.parseInt(s.substring(at, at + 4), 16));
            at += 4;
          }
          default -> b.append(e);
        }
      }
    }

    private void expect(char c) {
      if (next() != c) {
        throw new IllegalArgumentException("expected " + c + " at " + (at - 1));
      }
    }

    private char next() {
      char c = peek();
      at++;
      return c;
    }

    private char peek() {
      while (at < s.length() && Character.isWhitespace(s.charAt(at))) {
        at++;
      }
      if (at >= s.length()) {
        throw new IllegalArgumentException("unexpected end");
      }
      return s.charAt(at);
    }
  }
}
