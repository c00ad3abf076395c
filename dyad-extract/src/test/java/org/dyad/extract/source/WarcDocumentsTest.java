package org.dyad.extract.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dyad.extract.ArticleExtractor;
import org.dyad.model.Article;
import org.dyad.model.RawDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** WARC input: response records with pages become documents; the rest is passed over. */
class WarcDocumentsTest {
  static final String ENGLISH =
      "<html><head><title>Talks in Doha</title></head><body><article><h1>Talks in Doha</h1>"
          + "<p>Qatari officials hosted Afghan and American envoys in Doha on Tuesday for a second round of talks"
          + " on the withdrawal of foreign troops and a ceasefire across the country.</p>"
          + "<p>The envoys said they would meet again next month, after consulting their governments about the"
          + " draft agreement and the exchange of prisoners.</p></article></body></html>";
  // No meta charset: only the HTTP header says windows-1251.
  static final String RUSSIAN =
      "<html><head><title>Переговоры в Москве</title></head><body><article>"
          + "<p>Министр иностранных дел России Сергей Лавров встретился в понедельник в Москве со своим"
          + " пакистанским коллегой и обсудил с ним торговлю, безопасность и положение в Афганистане.</p>"
          + "<p>Стороны договорились продолжить консультации и подготовить визит премьер-министра.</p>"
          + "</article></body></html>";

  @TempDir Path dir;

  static Path writeWarc(Path file, WarcCompression compression) throws Exception {
    try (WarcWriter w = new WarcWriter(
        FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE), compression)) {
      Instant fetched = Instant.parse("2024-03-05T23:30:00Z");
      w.write(new WarcRequest.Builder(URI.create("https://news.example/doha"))
          .date(fetched)
          .body(MediaType.HTTP_REQUEST, "GET /doha HTTP/1.1\r\nHost: news.example\r\n\r\n".getBytes(StandardCharsets.US_ASCII))
          .build());
      w.write(response("https://news.example/doha", fetched, "text/html; charset=utf-8",
          ENGLISH.getBytes(StandardCharsets.UTF_8)));
      w.write(response("https://news.example/logo.png", fetched, "image/png",
          new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13}));
      w.write(response("https://news.example/moskva", Instant.parse("2024-03-06T01:00:00Z"),
          "text/html; charset=windows-1251", RUSSIAN.getBytes(Charset.forName("windows-1251"))));
    }
    return file;
  }

  static WarcResponse response(String uri, Instant date, String type, byte[] body) throws Exception {
    ByteArrayOutputStream http = new ByteArrayOutputStream();
    http.write(("HTTP/1.1 200 OK\r\nContent-Type: " + type + "\r\nContent-Length: " + body.length + "\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII));
    http.write(body);
    return new WarcResponse.Builder(URI.create(uri)).date(date).body(MediaType.HTTP_RESPONSE, http.toByteArray()).build();
  }

  private record Read(List<RawDocument> docs, List<DocumentSources.Failure> failures) {}

  private static Read read(Path warc) {
    List<RawDocument> docs = new ArrayList<>();
    List<DocumentSources.Failure> failures = new ArrayList<>();
    new DocumentSources(1 << 20, null, false).read(List.of(warc.toString()), System.in, docs::add, failures::add);
    return new Read(docs, failures);
  }

  @Test
  void aWarcOnStandardInputIsToldByItsFirstBytes() throws Exception {
    for (Path warc : List.of(writeWarc(dir.resolve("in.warc"), WarcCompression.NONE),
        writeWarc(dir.resolve("in.warc.gz"), WarcCompression.GZIP))) {
      List<RawDocument> docs = new ArrayList<>();
      List<DocumentSources.Failure> failures = new ArrayList<>();
      new DocumentSources(1 << 20, null, false).read(List.of("-"),
          new java.io.ByteArrayInputStream(Files.readAllBytes(warc)), docs::add, failures::add);
      assertEquals(List.of(), failures, warc.toString());
      assertEquals(List.of("-!https://news.example/doha", "-!https://news.example/moskva"),
          docs.stream().map(RawDocument::origin).toList(), warc.toString());
    }
  }

  @Test
  void plainAndGzippedWarcsGiveTheirTwoPages() throws Exception {
    for (Path warc : List.of(writeWarc(dir.resolve("CC-NEWS-20240305.warc"), WarcCompression.NONE),
        writeWarc(dir.resolve("CC-NEWS-20240305.warc.gz"), WarcCompression.GZIP))) {
      Read r = read(warc);
      assertEquals(List.of(), r.failures(), warc.toString());
      assertEquals(2, r.docs().size(), warc.toString());
      RawDocument doha = r.docs().get(0);
      assertEquals(warc + "!https://news.example/doha", doha.origin());
      assertEquals("https://news.example/doha", doha.url());
      assertEquals(LocalDate.of(2024, 3, 5), doha.fetchDate());
      assertEquals(LocalDate.of(2024, 3, 6), r.docs().get(1).fetchDate());

      ArticleExtractor extractor = new ArticleExtractor();
      Article english = extractor.extract(doha);
      assertTrue(english.text().startsWith("Qatari officials hosted"), english.text());
      assertEquals("en", english.language());
      assertEquals(null, english.date(), "the fetch date is never the publication date");
      Article russian = extractor.extract(r.docs().get(1));
      assertTrue(russian.text().startsWith("Министр иностранных дел России"), "charset from the HTTP header");
      assertEquals("Переговоры в Москве", russian.title());
      assertEquals("ru", russian.language());
    }
  }

  @Test
  void aTruncatedWarcKeepsThePagesBeforeTheDamage() throws Exception {
    Path whole = writeWarc(dir.resolve("whole.warc.gz"), WarcCompression.GZIP);
    byte[] b = Files.readAllBytes(whole);
    Path cut = dir.resolve("cut.warc.gz");
    Files.write(cut, Arrays.copyOf(b, b.length - 200));
    Read r = read(cut);
    assertEquals(1, r.docs().size(), "the first page was read before the damage");
    assertEquals(1, r.failures().size(), r.failures().toString());
    assertEquals(cut.toString(), r.failures().get(0).origin());
    assertTrue(r.failures().get(0).reason().startsWith("is truncated or corrupt after 1 page: "), r.failures().toString());
  }

  @Test
  void garbageNamedWarcIsReported() throws Exception {
    Path bad = dir.resolve("bad.warc");
    Files.writeString(bad, "this is not a WARC file at all\n");
    Read r = read(bad);
    assertEquals(0, r.docs().size());
    assertEquals(bad.toString(), r.failures().get(0).origin());
    assertTrue(r.failures().get(0).reason().startsWith("is truncated or corrupt after 0 pages: "), r.failures().toString());
  }
}
