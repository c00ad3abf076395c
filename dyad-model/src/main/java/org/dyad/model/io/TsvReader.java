package org.dyad.model.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads Dyad's knowledge files: UTF-8, tab-separated, {@code #} comments, a header row naming the
 * columns. Every row must have exactly the header's number of cells.
 */
public final class TsvReader {
  private TsvReader() {}

  /** One data row, its cells looked up by column name. */
  public record Row(String resource, int line, Map<String, Integer> columns, String[] cells) {
    /** The cell of {@code column}, trimmed; empty when blank. */
    public String get(String column) {
      Integer i = columns.get(column);
      if (i == null) {
        throw new IllegalStateException(resource + " has no column '" + column + "'");
      }
      return cells[i].trim();
    }

    /** The cell split on {@code |}, without blanks. */
    public List<String> list(String column) {
      String v = get(column);
      if (v.isEmpty()) {
        return List.of();
      }
      List<String> out = new ArrayList<>();
      for (String s : v.split("\\|")) {
        if (!s.isBlank()) {
          out.add(s.trim());
        }
      }
      return out;
    }

    /** The cell or null when blank. */
    public String optional(String column) {
      String v = get(column);
      return v.isEmpty() ? null : v;
    }

    /** Where this row is, for error messages. */
    public String where() {
      return resource + ":" + line;
    }
  }

  /** Reads a classpath resource. */
  public static List<Row> readResource(String resource) {
    InputStream in = TsvReader.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("knowledge file " + resource + " is missing from the classpath");
    }
    try (in) {
      return read(resource, in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /** Reads a stream; {@code name} is used in error messages. */
  public static List<Row> read(String name, InputStream in) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    List<Row> rows = new ArrayList<>();
    Map<String, Integer> columns = null;
    String line;
    int n = 0;
    while ((line = r.readLine()) != null) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      if (columns == null) {
        columns = new HashMap<>();
        for (int i = 0; i < cells.length; i++) {
          columns.put(cells[i].trim(), i);
        }
        continue;
      }
      if (cells.length != columns.size()) {
        throw new IllegalStateException(
            name + ":" + n + " has " + cells.length + " cells, the header has " + columns.size()
                + ": " + Arrays.toString(cells));
      }
      rows.add(new Row(name, n, columns, cells));
    }
    if (columns == null) {
      throw new IllegalStateException(name + " has no header row");
    }
    return rows;
  }
}
