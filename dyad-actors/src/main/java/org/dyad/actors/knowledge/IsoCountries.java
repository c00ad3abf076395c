package org.dyad.actors.knowledge;

import com.neovisionaries.i18n.CountryCode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The officially assigned ISO 3166-1 countries and territories as the nv-i18n package gives them:
 * alpha-2, alpha-3 and numeric codes and the English short name, with its inverted forms turned
 * the way news writes them ("Korea, Republic of" is also "Republic of Korea").
 */
public final class IsoCountries {
  /**
   * One ISO country.
   *
   * @param alpha2 two-letter code
   * @param alpha3 three-letter code
   * @param numeric numeric code
   * @param names the ISO English name and, where it is inverted, the name in reading order
   */
  public record Entry(String alpha2, String alpha3, int numeric, List<String> names) {}

  private static final Map<String, Entry> BY_ALPHA3 = load();

  private IsoCountries() {}

  private static Map<String, Entry> load() {
    Map<String, Entry> out = new LinkedHashMap<>();
    for (CountryCode c : CountryCode.values()) {
      if (c.getAssignment() != CountryCode.Assignment.OFFICIALLY_ASSIGNED || c.getAlpha3() == null) {
        continue;
      }
      out.put(c.getAlpha3(), new Entry(c.getAlpha2(), c.getAlpha3(), c.getNumeric(), names(c.getName())));
    }
    return out;
  }

  /** Every officially assigned country, by alpha-3 code, in the package's order. */
  public static Map<String, Entry> byAlpha3() {
    return BY_ALPHA3;
  }

  /**
   * The name as ISO writes it and, for an inverted name, in reading order: "Congo, the Democratic
   * Republic of the" is "the Democratic Republic of the Congo", "Virgin Islands, British" is
   * "British Virgin Islands"; a comma that does not invert ("Bonaire, Sint Eustatius and Saba")
   * stays.
   */
  static List<String> names(String iso) {
    List<String> out = new ArrayList<>();
    out.add(iso);
    int comma = iso.indexOf(", ");
    if (comma > 0 && iso.indexOf(", ", comma + 2) < 0) {
      String head = iso.substring(0, comma);
      String tail = iso.substring(comma + 2);
      boolean ofForm = tail.endsWith(" of") || tail.endsWith(" of the");
      boolean oneWord = !tail.contains(" ");
      if (ofForm || oneWord) {
        out.add(tail + " " + head);
      }
    }
    return List.copyOf(out);
  }
}
