package org.dyad.spark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.dyad.extract.ArticleExtractor;
import org.dyad.extract.source.DocumentSources;
import org.dyad.model.RawDocument;

/**
 * The pages of one input file read through Hadoop's file system: a WARC or WARC.gz file gives
 * one page per HTML or text {@code response} record, any other file is one page. The bytes are
 * copied to a local temporary file and read by Dyad's own {@link DocumentSources}, so the job
 * reads exactly what {@code dyad code} reads; pages are handed on one at a time as the file is
 * read, and origins name the input path, not the copy.
 */
final class InputPages {
  private InputPages() {}

  /** Feeds each page of the file at {@code path} to {@code pages}, and each problem to {@code failures}. */
  static void read(String path, InputStream bytes, Consumer<RawDocument> pages, Consumer<DocumentSources.Failure> failures)
      throws IOException {
    String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    String suffix = name.endsWith(".warc.gz") ? ".warc.gz" : name.endsWith(".warc") ? ".warc" : ".page";
    Path local = Files.createTempFile("dyad-spark-", suffix);
    try {
      Files.copy(bytes, local, StandardCopyOption.REPLACE_EXISTING);
      new DocumentSources(ArticleExtractor.DEFAULT_MAX_BYTES, null, false).read(
          List.of(local.toString()), InputStream.nullInputStream(),
          d -> pages.accept(new RawDocument(renamed(d.origin(), local, path), d.url(), d.content(), d.mediaType(), d.fetchDate(),
              d.title())),
          f -> failures.accept(new DocumentSources.Failure(renamed(f.origin(), local, path), f.reason())));
    } finally {
      Files.deleteIfExists(local);
    }
  }

  private static String renamed(String origin, Path local, String path) {
    String l = local.toString();
    return origin.startsWith(l) ? path + origin.substring(l.length()) : origin;
  }
}
