package org.dyad.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Set;
import org.dyad.model.RawDocument;
import org.dyad.model.json.Json;

/**
 * The body of {@code POST /api/ingest}: {@code {"text": ..., "date": ...}} for plain text or
 * {@code {"html": ..., "url": ...}} for a page, {@code url} and {@code date} optional in both.
 *
 * @param text plain text, or null
 * @param html an HTML page, or null
 * @param url the page's address, or null
 * @param date the publication date the caller vouches for, or null
 */
record IngestRequest(String text, String html, String url, LocalDate date) {
  private static final Set<String> FIELDS = Set.of("text", "html", "url", "date");
  private static final String ORIGIN = "POST /api/ingest";

  /** Parses and checks a body; anything malformed is a 400. */
  static IngestRequest parse(byte[] body) throws ApiException {
    JsonNode root;
    try {
      root = Json.mapper().readTree(body);
    } catch (JsonProcessingException e) {
      throw ApiException.badRequest("the body is not valid JSON");
    } catch (IOException e) {
      throw ApiException.badRequest("the body cannot be read as JSON");
    }
    if (root == null || !root.isObject()) {
      throw ApiException.badRequest("the body must be a JSON object with \"text\" or \"html\"");
    }
    for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!FIELDS.contains(name)) {
        throw ApiException.badRequest("unknown field; the body takes text or html, and url and date");
      }
      if (!root.get(name).isTextual() && !root.get(name).isNull()) {
        throw ApiException.badRequest("field '" + name + "' must be a string");
      }
    }
    String text = string(root, "text");
    String html = string(root, "html");
    if ((text == null) == (html == null)) {
      throw ApiException.badRequest("give exactly one of \"text\" and \"html\"");
    }
    return new IngestRequest(text, html, url(string(root, "url")), date(string(root, "date")));
  }

  /** The document as the pipeline reads it. */
  RawDocument document() {
    String content = text != null ? text : html;
    return new RawDocument(url != null ? url : ORIGIN, url, content.getBytes(StandardCharsets.UTF_8),
        text != null ? "text/plain" : "text/html", null);
  }

  private static String string(JsonNode root, String name) {
    JsonNode v = root.get(name);
    return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText();
  }

  private static String url(String s) throws ApiException {
    if (s == null) {
      return null;
    }
    try {
      URI u = new URI(s);
      if (s.length() <= 2048 && u.getHost() != null && ("http".equals(u.getScheme()) || "https".equals(u.getScheme()))) {
        return s;
      }
    } catch (URISyntaxException e) {
      // Falls through to the same answer as any other bad address.
    }
    throw ApiException.badRequest("\"url\" must be an http or https address of at most 2048 characters");
  }

  private static LocalDate date(String s) throws ApiException {
    if (s == null) {
      return null;
    }
    try {
      if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
        return LocalDate.parse(s);
      }
    } catch (DateTimeParseException e) {
      // Falls through to the same answer as any other malformed date.
    }
    throw ApiException.badRequest("\"date\" must be a date such as 2021-04-07");
  }
}
