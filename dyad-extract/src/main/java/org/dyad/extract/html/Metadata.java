package org.dyad.extract.html;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * A page's {@code <meta>} elements and JSON-LD blocks, each read once: the extract stage asks
 * them for many fields.
 */
public final class Metadata {
  /** Read leniently: JSON-LD written by hand or by templates often has raw line breaks, comments, trailing commas. */
  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
              JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
          .build();
  private static final int MAX_DEPTH = 8;
  private static final String[] KEYS = {"property", "name", "itemprop", "http-equiv"};
  private static final Evaluator JSON_LD = QueryParser.parse("script[type=application/ld+json]");
  private static final String[] NESTED = {"@graph", "mainEntity", "mainEntityOfPage", "itemListElement"};

  private static final Pattern LOCAL_TIME =
      Pattern.compile("\\s*\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d(:\\d\\d([.,]\\d+)?)?[+-]\\d\\d:\\d\\d\\s*");

  private final Map<String, String> metas;
  private final List<JsonNode> jsonLd;
  /** The names of the JSON-LD objects that have an {@code @id}, by that id: a reference names its object. */
  private final Map<String, String> namesById = new HashMap<>();

  private Metadata(Map<String, String> metas, List<JsonNode> jsonLd) {
    this.metas = metas;
    this.jsonLd = jsonLd;
    for (JsonNode n : jsonLd) {
      indexNames(n, 0);
    }
  }

  private void indexNames(JsonNode n, int depth) {
    if (n == null || depth > MAX_DEPTH || !n.isContainerNode()) {
      return;
    }
    if (n.isObject() && n.path("@id").isTextual() && n.path("name").isTextual()) {
      namesById.putIfAbsent(n.get("@id").asText(), n.get("name").asText());
    }
    for (JsonNode c : n) {
      indexNames(c, depth + 1);
    }
  }

  /** Reads the metadata of {@code doc}. */
  public static Metadata of(Document doc) {
    Map<String, String> metas = new HashMap<>();
    for (Element e : doc.getElementsByTag("meta")) {
      String c = e.attr("content").strip();
      if (c.isEmpty()) {
        continue;
      }
      for (String key : KEYS) {
        String n = e.attr(key).strip().toLowerCase(Locale.ROOT);
        if (!n.isEmpty()) {
          metas.putIfAbsent(n, c);
        }
      }
    }
    List<JsonNode> json = new ArrayList<>();
    for (Element s : doc.select(JSON_LD)) {
      try {
        json.add(JSON.readTree(s.data().strip()));
      } catch (IOException | RuntimeException e) {
        // malformed JSON-LD is common; other sources follow
      }
    }
    return new Metadata(metas, json);
  }

  /** The first non-blank content of a meta element named one of {@code names}, in that order. */
  public String meta(String... names) {
    for (String n : names) {
      String c = metas.get(n.toLowerCase(Locale.ROOT));
      if (c != null) {
        return c;
      }
    }
    return null;
  }

  /** The content of every meta element by its lower-cased property, name, itemprop or http-equiv. */
  public Map<String, String> metas() {
    return metas;
  }

  /** The first value of {@code field} in the page's JSON-LD, or null. */
  public String jsonLd(String field) {
    List<String> all = jsonLdAll(field);
    return all.isEmpty() ? null : all.get(0);
  }

  /**
   * The values of the first {@code field} found in the page's JSON-LD, looking in the objects of an
   * article type first; a person's or organisation's name for an object.
   */
  public List<String> jsonLdAll(String field) {
    for (boolean articlesOnly : new boolean[] {true, false}) {
      for (JsonNode n : jsonLd) {
        List<String> v = find(n, field, 0, articlesOnly);
        if (!v.isEmpty()) {
          return v;
        }
      }
    }
    return List.of();
  }

  /**
   * The date-times with a time zone offset other than UTC's written in the page's meta elements
   * and JSON-LD: a publisher's local time, to tell the local day of a time given in UTC.
   */
  public List<OffsetDateTime> localTimes() {
    List<OffsetDateTime> out = new ArrayList<>();
    for (String v : metas.values()) {
      addLocalTime(v, out);
    }
    for (JsonNode n : jsonLd) {
      localTimes(n, 0, out);
    }
    return out;
  }

  private static void localTimes(JsonNode n, int depth, List<OffsetDateTime> out) {
    if (n == null || depth > MAX_DEPTH) {
      return;
    }
    if (n.isTextual()) {
      addLocalTime(n.asText(), out);
    }
    for (JsonNode c : n) {
      localTimes(c, depth + 1, out);
    }
  }

  private static void addLocalTime(String v, List<OffsetDateTime> out) {
    if (v.length() < 20 || v.length() > 40 || !LOCAL_TIME.matcher(v).matches()) {
      return;
    }
    try {
      OffsetDateTime t = OffsetDateTime.parse(v.strip());
      if (t.getOffset().getTotalSeconds() != 0) {
        out.add(t);
      }
    } catch (DateTimeParseException e) {
      // not a date-time after all
    }
  }

  /** The names of the JSON-LD objects of {@code type} (e.g. "Organization"), anywhere in the page's JSON-LD. */
  public List<String> jsonLdNamesOfType(String type) {
    List<String> out = new ArrayList<>();
    for (JsonNode n : jsonLd) {
      namesOfType(n, type, 0, out);
    }
    return out;
  }

  private static void namesOfType(JsonNode n, String type, int depth, List<String> out) {
    if (n == null || depth > MAX_DEPTH || !n.isContainerNode()) {
      return;
    }
    if (n.isObject() && hasType(n, type) && !hasType(n, "Person") && n.path("name").isTextual()) {
      out.add(n.path("name").asText());
    }
    for (JsonNode c : n) {
      namesOfType(c, type, depth + 1, out);
    }
  }

  private static boolean hasType(JsonNode n, String type) {
    JsonNode t = n.get("@type");
    if (t == null) {
      return false;
    }
    for (JsonNode x : t.isArray() ? t : List.of(t)) {
      if (x.asText().equalsIgnoreCase(type)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isArticle(JsonNode n) {
    JsonNode t = n.get("@type");
    if (t == null) {
      return false;
    }
    for (JsonNode x : t.isArray() ? t : List.of(t)) {
      String s = x.asText().toLowerCase(Locale.ROOT);
      if (s.contains("article") || s.contains("posting") || s.equals("report") || s.equals("review")
          || s.equals("webpage") || s.equals("creativework") || s.equals("recipe")) {
        return true;
      }
    }
    return false;
  }

  private List<String> find(JsonNode n, String field, int depth, boolean articlesOnly) {
    if (n == null || depth > MAX_DEPTH) {
      return List.of();
    }
    if (n.isArray()) {
      for (JsonNode c : n) {
        List<String> v = find(c, field, depth + 1, articlesOnly);
        if (!v.isEmpty()) {
          return v;
        }
      }
      return List.of();
    }
    if (!n.isObject()) {
      return List.of();
    }
    JsonNode v = n.get(field);
    if (v != null && (!articlesOnly || isArticle(n))) {
      List<String> out = new ArrayList<>();
      for (JsonNode x : v.isArray() ? v : List.of(v)) {
        if (x.isTextual()) {
          out.add(x.asText());
        } else if (x.isObject() && x.path("name").isTextual()) {
          out.add(x.get("name").asText());
        } else if (x.isObject() && x.path("@id").isTextual() && namesById.containsKey(x.get("@id").asText())) {
          out.add(namesById.get(x.get("@id").asText()));
        }
      }
      if (!out.isEmpty()) {
        return out;
      }
    }
    for (String nested : NESTED) {
      List<String> w = find(n.get(nested), field, depth + 1, articlesOnly);
      if (!w.isEmpty()) {
        return w;
      }
    }
    return List.of();
  }
}
