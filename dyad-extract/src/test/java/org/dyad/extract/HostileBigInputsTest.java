package org.dyad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.dyad.extract.HostileFixturesTest.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile inputs too big to commit, made in a temporary folder: each is read or refused with its
 * name and the reason, well within a minute (the timeouts catch hangs, they do not measure), and
 * the file after it is still read.
 */
class HostileBigInputsTest {
  private static final long GIB = 1024L * 1024 * 1024;
  private static final String SENTENCE = "Iranian officials met Iraqi diplomats in Baghdad on Monday to discuss border security.";
  private static final Duration HANG = Duration.ofSeconds(60);
  /** The two largest texts the extractor accepts take tens of seconds on a slow machine. */
  private static final Duration HANG_NEAR_THE_LIMIT = Duration.ofSeconds(120);

  @TempDir Path dir;

  /** Reads {@code file} and then a good page, as one batch; the good page must always come out. */
  private Outcome read(Path file, Duration timeout) throws IOException {
    Path good = Files.writeString(dir.resolve("zz-after.txt"), "Talks\n\n" + SENTENCE + "\n");
    Map<String, List<Outcome>> all =
        assertTimeoutPreemptively(timeout, () -> HostileFixturesTest.read(List.of(file.toString(), good.toString())));
    assertNotNull(all.get("zz-after.txt").get(0).article(), "the batch went on after " + file);
    List<Outcome> got = all.get(file.getFileName().toString());
    assertEquals(1, got.size(), file + " gave " + got);
    return got.get(0);
  }

  private static void refused(Outcome o, String reason) {
    assertNull(o.article(), o.origin());
    assertEquals(reason, o.reason(), o.origin());
  }

  @Test
  void aFiftyMegabytePageIsCutWithAWarning() throws IOException {
    Path page = dir.resolve("page-50mb.html");
    try (Writer w = Files.newBufferedWriter(page)) {
      w.write("<html><body><article>");
      String p = "<p>" + SENTENCE + "</p>\n";
      for (long n = 0; n < 50L * 1024 * 1024 / p.length(); n++) {
        w.write(p);
      }
      w.write("</article></body></html>");
    }
    Outcome o = read(page, HANG_NEAR_THE_LIMIT);
    assertNotNull(o.article(), o.reason());
    assertTrue(o.article().text().startsWith(SENTENCE), o.article().text().substring(0, 200));
    assertEquals("the document is over the 16.0 MB limit; only its first 16.0 MB were read", o.article().warnings().get(0));
  }

  @Test
  void aSparseFileOfTenGigabytesIsCutAndRefusedAsBinary() throws IOException {
    Path page = dir.resolve("sparse.txt");
    try (RandomAccessFile f = new RandomAccessFile(page.toFile(), "rw")) {
      f.setLength(10 * GIB);
    }
    refused(read(page, HANG), "is binary (it contains NUL bytes), not a text or HTML page");
  }

  @Test
  void aGzipBombIsRefusedUnpacked() throws IOException {
    for (String name : List.of("bomb.html.gz", "bomb.html")) {
      Path bomb = dir.resolve(name);
      try (OutputStream out = gzip(Files.newOutputStream(bomb))) {
        zeros(out, GIB);
      }
      assertTrue(Files.size(bomb) < 8 * 1024 * 1024, "a bomb is small: " + Files.size(bomb));
      refused(read(bomb, HANG), "is gzip-compressed, not a text or HTML page");
    }
  }

  @Test
  void aWarcBombIsCutAtTheLimitAndTheNextRecordIsRead() throws IOException {
    Path warc = dir.resolve("bomb.warc.gz");
    try (OutputStream file = Files.newOutputStream(warc)) {
      // A record of one gibibyte of spaces, compressed to about a megabyte.
      try (OutputStream out = gzip(new NonClosing(file))) {
        byte[] http = httpHeaders("text/html", null, GIB);
        out.write(warcHeaders("https://example.org/bomb", http.length + GIB));
        out.write(http);
        spaces(out, GIB);
        out.write("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      }
      // A page whose HTTP body is itself a gzip bomb, to be decoded.
      try (OutputStream out = gzip(new NonClosing(file))) {
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        try (OutputStream in = gzip(packed)) {
          spaces(in, GIB);
        }
        byte[] http = httpHeaders("text/html", "gzip", packed.size());
        out.write(warcHeaders("https://example.org/encoded-bomb", http.length + packed.size()));
        out.write(http);
        packed.writeTo(out);
        out.write("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      }
      try (OutputStream out = gzip(new NonClosing(file))) {
        byte[] body = ("<html><body><article><p>" + SENTENCE + "</p></article></body></html>").getBytes(StandardCharsets.UTF_8);
        byte[] http = httpHeaders("text/html; charset=utf-8", null, body.length);
        out.write(warcHeaders("https://example.org/good", http.length + body.length));
        out.write(http);
        out.write(body);
        out.write("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      }
    }
    assertTrue(Files.size(warc) < 16 * 1024 * 1024, "a bomb is small: " + Files.size(warc));
    List<Outcome> all = assertTimeoutPreemptively(HANG, () -> HostileFixturesTest.read(List.of(warc.toString()))).get("bomb.warc.gz");
    assertEquals(3, all.size(), all.toString());
    assertEquals("is over the 16.0 MB limit for one document", reasonOf(all, warc + "!https://example.org/bomb"));
    assertEquals("is over the 16.0 MB limit for one document", reasonOf(all, warc + "!https://example.org/encoded-bomb"));
    Outcome good = all.stream().filter(o -> o.origin().equals(warc + "!https://example.org/good")).findFirst().orElseThrow();
    assertTrue(good.article().text().startsWith("Iranian officials met"), good.article().text());
  }

  private static String reasonOf(List<Outcome> all, String origin) {
    return all.stream().filter(o -> o.origin().equals(origin)).findFirst()
        .orElseThrow(() -> new AssertionError(origin + " neither read nor reported: " + all)).reason();
  }

  @Test
  void aHundredThousandNestedTags() throws IOException {
    Path page = dir.resolve("nested.html");
    Files.writeString(page, "<html><body>" + "<div>".repeat(100_000) + "<p>" + SENTENCE + "</p>" + "</div>".repeat(100_000)
        + "</body></html>");
    assertEquals(SENTENCE, read(page, HANG).article().text());
  }

  @Test
  void aHundredThousandUnclosedTags() throws IOException {
    Path page = dir.resolve("unclosed.html");
    Files.writeString(page, "<html><body>" + "<span><b>".repeat(50_000) + SENTENCE);
    assertEquals(SENTENCE, read(page, HANG).article().text());
  }

  @Test
  void aTagWithTwoHundredThousandAttributes() throws IOException {
    StringBuilder p = new StringBuilder("<html><body><p");
    for (int i = 0; i < 200_000; i++) {
      p.append(" a").append(i).append("=\"").append(i).append('"');
    }
    Path page = Files.writeString(dir.resolve("attributes.html"), p.append('>').append(SENTENCE).append("</p></body></html>"));
    assertEquals(SENTENCE, read(page, HANG).article().text());
  }

  @Test
  void aMillionSentences() throws IOException {
    Path text = dir.resolve("million.txt");
    try (Writer w = Files.newBufferedWriter(text)) {
      w.write("Talks\n\n");
      for (int i = 0; i < 1_000_000; i++) {
        w.write("Iran met Iraq. ");
      }
    }
    assertTrue(Files.size(text) < ArticleExtractor.DEFAULT_MAX_BYTES);
    Outcome o = read(text, HANG_NEAR_THE_LIMIT);
    assertNotNull(o.article(), o.reason());
    assertTrue(o.article().text().startsWith("Iran met Iraq. Iran met Iraq."));
  }

  @Test
  void aTenMegabyteLine() throws IOException {
    Path text = dir.resolve("line.txt");
    try (Writer w = Files.newBufferedWriter(text)) {
      w.write("Talks\n\n");
      for (int i = 0; i < 10 * 1024 * 1024 / SENTENCE.length(); i++) {
        w.write(SENTENCE);
        w.write(' ');
      }
    }
    Outcome o = read(text, HANG_NEAR_THE_LIMIT);
    assertTrue(o.article().text().startsWith(SENTENCE), o.article().text().substring(0, 200));
  }

  @Test
  void aTenMegabyteWord() throws IOException {
    char[] word = new char[10 * 1024 * 1024];
    Arrays.fill(word, 'a');
    Path text = Files.writeString(dir.resolve("word.txt"), "Talks\n\n" + SENTENCE + "\n\n" + new String(word));
    assertTrue(read(text, HANG).article().text().startsWith(SENTENCE));
  }

  private static OutputStream gzip(OutputStream out) throws IOException {
    return new GZIPOutputStream(out, 1 << 16) {
      {
        def.setLevel(Deflater.BEST_SPEED);
      }
    };
  }

  private static void zeros(OutputStream out, long n) throws IOException {
    fill(out, n, (byte) 0);
  }

  private static void spaces(OutputStream out, long n) throws IOException {
    fill(out, n, (byte) ' ');
  }

  private static void fill(OutputStream out, long n, byte b) throws IOException {
    byte[] block = new byte[1 << 20];
    Arrays.fill(block, b);
    for (long left = n; left > 0; left -= block.length) {
      out.write(block, 0, (int) Math.min(block.length, left));
    }
  }

  private static byte[] warcHeaders(String uri, long length) {
    return ("WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: " + uri + "\r\nWARC-Date: 2024-03-04T10:00:00Z\r\n"
        + "WARC-Record-ID: <urn:uuid:" + UUID.nameUUIDFromBytes(uri.getBytes(StandardCharsets.UTF_8)) + ">\r\n"
        + "Content-Type: application/http; msgtype=response\r\nContent-Length: " + length + "\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[] httpHeaders(String type, String encoding, long length) {
    return ("HTTP/1.1 200 OK\r\nContent-Type: " + type + "\r\n" + (encoding == null ? "" : "Content-Encoding: " + encoding + "\r\n")
        + "Content-Length: " + length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
  }

  /** Lets one gzip member per record be finished without closing the file. */
  private static final class NonClosing extends FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
