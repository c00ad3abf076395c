package org.dyad.extract.html;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the extract stage's small knowledge files: one entry a line, '#' starts a comment. */
public final class WordList {
  private WordList() {}

  /**
   * The non-blank, comment-free lines of the class-path resource {@code name}, stripped.
   *
   * @throws IllegalStateException when the resource is missing, as the build must ship it
   */
  public static List<String> lines(String name) {
    InputStream in = WordList.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing resource " + name);
    }
    List<String> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        int hash = line.indexOf('#');
        String s = (hash >= 0 ? line.substring(0, hash) : line).strip();
        if (!s.isEmpty()) {
          out.add(s);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + name, e);
    }
    return List.copyOf(out);
  }
}
