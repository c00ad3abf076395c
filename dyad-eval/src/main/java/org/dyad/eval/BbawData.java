package org.dyad.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The BBAW archive of the trafilatura and htmldate evaluation sets, unpacked once into a work
 * directory outside the repository.
 */
public final class BbawData {
  /** The archive's name inside the data directory. */
  public static final String ARCHIVE = "bbaw/bbaw-trafilatura-htmldate.tar.xz";

  // Written after tar succeeds, so an interrupted unpack is redone rather than half-used.
  private static final String DONE = ".dyad-unpacked";

  private BbawData() {}

  /**
   * The directory holding {@code trafilatura/} and {@code htmldate/}, unpacking the archive of
   * {@code dataDir} into {@code workDir} first when that has not been done.
   *
   * @throws IOException naming the archive or the directory and the reason
   */
  public static Path pages(Path dataDir, Path workDir) throws IOException, InterruptedException {
    Path root = workDir.resolve("bbaw");
    if (Files.isRegularFile(workDir.resolve(DONE))) {
      return root;
    }
    Path archive = dataDir.resolve(ARCHIVE);
    if (!Files.isRegularFile(archive)) {
      throw new IOException(archive + ": no such file");
    }
    Files.createDirectories(workDir);
    Path log = Files.createTempFile(workDir, "tar", ".log");
    try {
      Process tar =
          new ProcessBuilder(List.of("tar", "xJf", archive.toAbsolutePath().toString(), "-C", workDir.toAbsolutePath().toString()))
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      int code = tar.waitFor();
      if (code != 0) {
        throw new IOException(
            archive + ": tar xJf failed with exit code " + code + ": " + Files.readString(log, StandardCharsets.UTF_8).strip());
      }
    } finally {
      Files.deleteIfExists(log);
    }
    if (!Files.isDirectory(root.resolve("trafilatura")) || !Files.isDirectory(root.resolve("htmldate"))) {
      throw new IOException(archive + ": does not hold bbaw/trafilatura and bbaw/htmldate");
    }
    Files.writeString(workDir.resolve(DONE), archive.toAbsolutePath() + "\n", StandardCharsets.UTF_8);
    return root;
  }

  /** The first existing {@code file} inside one of {@code dirs}, in order, or null. */
  static Path firstExisting(String file, Path... dirs) {
    for (Path d : dirs) {
      Path p = d.resolve(file).normalize();
      if (p.startsWith(d.normalize()) && Files.isRegularFile(p)) {
        return p;
      }
    }
    return null;
  }

  /** A gold file; a bare {@code NaN} is allowed, as the htmldate set has some. */
  static JsonNode readJson(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IOException(file + ": no such file");
    }
    try {
      return new ObjectMapper().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS.mappedFeature()).readTree(file.toFile());
    } catch (JsonProcessingException e) {
      throw new IOException(file + ": not valid JSON: " + e.getOriginalMessage(), e);
    }
  }
}
