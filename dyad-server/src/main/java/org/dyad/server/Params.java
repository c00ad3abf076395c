package org.dyad.server;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A request's query parameters, checked before anything reaches the store: only the names a
 * route knows, each at most once, each value of its declared shape. Every failure is a 400
 * naming the parameter; the bad value itself is not echoed back.
 */
final class Params {
  private static final Pattern CODE = Pattern.compile("[A-Z]{3,12}");
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern NUMBER = Pattern.compile("\\d{1,9}");

  private final Map<String, List<String>> values;

  private Params(Map<String, List<String>> values) {
    this.values = values;
  }

  /** The parameters of a request to a route that knows {@code allowed}. */
  static Params of(Map<String, List<String>> query, Set<String> allowed) throws ApiException {
    for (Map.Entry<String, List<String>> e : query.entrySet()) {
      if (!allowed.contains(e.getKey())) {
        throw ApiException.badRequest(allowed.isEmpty() ? "this route takes no parameters"
            : "unknown parameter; this route takes " + String.join(", ", allowed.stream().sorted().toList()));
      }
      if (e.getValue().size() > 1) {
        throw ApiException.badRequest("parameter '" + e.getKey() + "' is given more than once");
      }
    }
    return new Params(query);
  }

  /** The raw value, or null when absent or empty. */
  String get(String name) {
    List<String> v = values.get(name);
    return v == null || v.isEmpty() || v.get(0).isEmpty() ? null : v.get(0);
  }

  /** A country or actor code ({@code RUS}, {@code RUSGOV}), or null. */
  String code(String name) throws ApiException {
    String v = get(name);
    if (v != null && !CODE.matcher(v).matches()) {
      throw ApiException.badRequest("'" + name + "' must be a code of 3 to 12 capital letters, such as RUS or RUSGOV");
    }
    return v;
  }

  /** A required code. */
  String requiredCode(String name) throws ApiException {
    String v = code(name);
    if (v == null) {
      throw ApiException.badRequest("parameter '" + name + "' is required");
    }
    return v;
  }

  /** Two codes separated by a comma ({@code PAK,RUS}), or null. */
  String[] pair(String name) throws ApiException {
    String v = get(name);
    if (v == null) {
      return null;
    }
    String[] sides = v.split(",", -1);
    if (sides.length != 2 || !CODE.matcher(sides[0]).matches() || !CODE.matcher(sides[1]).matches()) {
      throw ApiException.badRequest("'" + name + "' must be two codes separated by a comma, such as PAK,RUS");
    }
    return sides;
  }

  /** An ISO date ({@code 2021-04-07}), or null. */
  LocalDate date(String name) throws ApiException {
    String v = get(name);
    if (v == null) {
      return null;
    }
    try {
      if (DATE.matcher(v).matches()) {
        return LocalDate.parse(v);
      }
    } catch (DateTimeParseException e) {
      // Falls through to the same answer as any other malformed date.
    }
    throw ApiException.badRequest("'" + name + "' must be a date such as 2021-04-07");
  }

  /** A whole number in {@code min..max}, or {@code fallback} when absent. */
  int integer(String name, int fallback, int min, int max) throws ApiException {
    String v = get(name);
    if (v == null) {
      return fallback;
    }
    if (!NUMBER.matcher(v).matches() || Integer.parseInt(v) < min || Integer.parseInt(v) > max) {
      throw ApiException.badRequest("'" + name + "' must be a whole number from " + min + " to " + max);
    }
    return Integer.parseInt(v);
  }

  /** One of {@code choices}, or {@code fallback} when absent. */
  String choice(String name, String fallback, List<String> choices) throws ApiException {
    String v = get(name);
    if (v == null) {
      return fallback;
    }
    if (!choices.contains(v)) {
      throw ApiException.badRequest("'" + name + "' must be one of " + String.join(", ", choices));
    }
    return v;
  }

  /** Free text of at most {@code max} characters, required; it is never echoed back in errors. */
  String requiredText(String name, int max) throws ApiException {
    String v = get(name);
    if (v == null || v.isBlank()) {
      throw ApiException.badRequest("parameter '" + name + "' is required");
    }
    if (v.length() > max) {
      throw ApiException.badRequest("'" + name + "' must be at most " + max + " characters");
    }
    return v;
  }

  /** A path's code segment ({@code RUS}, {@code RUSGOV}). */
  static String pathCode(String value) throws ApiException {
    if (value == null || !CODE.matcher(value).matches()) {
      throw ApiException.badRequest("an actor code is 3 to 12 capital letters, such as RUS or RUSGOV");
    }
    return value;
  }

  /** A path's id segment: letters, digits, '-' and '_' only, so no path or SQL syntax gets through. */
  static String id(String what, String value) throws ApiException {
    if (value == null || !ID.matcher(value).matches()) {
      throw ApiException.badRequest(what + " id must be 1 to 64 letters, digits, '-' or '_'");
    }
    return value;
  }
}
