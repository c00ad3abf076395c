package org.dyad.extract.source;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/** A file of URLs to fetch: one a line; blank lines and lines starting with {@code #} are skipped. */
public final class UrlList {
  private UrlList() {}

  /** Whether a command-line input names a web page rather than a file. */
  public static boolean isUrl(String input) {
    String s = input.toLowerCase(Locale.ROOT);
    return s.startsWith("http://") || s.startsWith("https://");
  }

  /**
   * The URLs of {@code file}, in order. A line that is not an http(s) URL is reported as
   * {@code file:line} and skipped; an unreadable file is reported and gives no URL.
   */
  public static List<String> read(Path file, Consumer<DocumentSources.Failure> errors) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      errors.accept(new DocumentSources.Failure(file.toString(), "no such file"));
      return List.of();
    } catch (CharacterCodingException e) {
      errors.accept(new DocumentSources.Failure(file.toString(), "is not a UTF-8 text file of URLs"));
      return List.of();
    } catch (IOException e) {
      errors.accept(new DocumentSources.Failure(file.toString(), "cannot read: " + e.getMessage()));
      return List.of();
    }
    List<String> urls = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).replace("\uFEFF", "").strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (isUrl(line) && !line.contains(" ")) {
        urls.add(line);
      } else {
        errors.accept(new DocumentSources.Failure(file + ":" + (i + 1), "is not an http or https URL: " + line));
      }
    }
    return urls;
  }
}
