package org.dyad.extract.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads {@code <meta>} elements and JSON-LD blocks of a page. */
public final class Metadata {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_DEPTH = 8;
  private static final String[] KEYS = {"property", "name", "itemprop", "http-equiv"};

  private Metadata() {}

  /** The first non-blank content of a meta element named one of {@code names}, in that order. */
  public static String meta(Document doc, String... names) {
    Map<String, String> all = metas(doc);
    for (String n : names) {
      String c = all.get(n.toLowerCase(Locale.ROOT));
      if (c != null) {
        return c;
      }
    }
    return null;
  }

  /**
   * The first non-blank content of each meta element by its lower-cased property, name, itemprop
   * or http-equiv; one pass over the page for callers that try many names.
   */
  public static Map<String, String> metas(Document doc) {
    Map<String, String> out = new HashMap<>();
    for (Element e : doc.getElementsByTag("meta")) {
      String c = e.attr("content").strip();
      if (c.isEmpty()) {
        continue;
      }
      for (String key : KEYS) {
        String n = e.attr(key).strip().toLowerCase(Locale.ROOT);
        if (!n.isEmpty()) {
          out.putIfAbsent(n, c);
        }
      }
    }
    return out;
  }

  /** The first value of {@code field} in the page's JSON-LD, or null. */
  public static String jsonLd(Document doc, String field) {
    List<String> all = jsonLdAll(doc, field);
    return all.isEmpty() ? null : all.get(0);
  }

  /** The values of the first {@code field} found in the page's JSON-LD; a person's or organisation's name for an object. */
  public static List<String> jsonLdAll(Document doc, String field) {
    for (Element s : doc.select("script[type=application/ld+json]")) {
      try {
        List<String> v = find(JSON.readTree(s.data()), field, 0);
        if (!v.isEmpty()) {
          return v;
        }
      } catch (java.io.IOException | RuntimeException e) {
        // malformed JSON-LD is common; other sources follow
      }
    }
    return List.of();
  }

  private static List<String> find(JsonNode n, String field, int depth) {
    if (n == null || depth > MAX_DEPTH) {
      return List.of();
    }
    if (n.isArray()) {
      for (JsonNode c : n) {
        List<String> v = find(c, field, depth + 1);
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
    if (v != null) {
      List<String> out = new ArrayList<>();
      for (JsonNode x : v.isArray() ? v : List.of(v)) {
        if (x.isTextual()) {
          out.add(x.asText());
        } else if (x.isObject() && x.has("name")) {
          out.add(x.get("name").asText());
        }
      }
      if (!out.isEmpty()) {
        return out;
      }
    }
    for (String nested : new String[] {"@graph", "mainEntity", "mainEntityOfPage"}) {
      List<String> w = find(n.get(nested), field, depth + 1);
      if (!w.isEmpty()) {
        return w;
      }
    }
    return List.of();
  }
}
