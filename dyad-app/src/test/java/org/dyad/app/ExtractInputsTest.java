package org.dyad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** {@code dyad extract} on WARC files, URL lists and hostile files; pageType ends each object. */
class ExtractInputsTest {
  static final String ARTICLE =
      "<html lang=\"en\"><head><title>Talks in Doha</title></head><body><article>"
          + "<p>Qatari officials hosted Afghan and American envoys in Doha on Tuesday for a second round of talks.</p>"
          + "<p>The envoys said they would meet again next month, after consulting their governments.</p>"
          + "</article></body></html>";

  @TempDir Path dir;

  private static byte[] http(String type, String body) {
    byte[] b = body.getBytes(StandardCharsets.UTF_8);
    String head = "HTTP/1.1 200 OK\r\nContent-Type: " + type + "\r\nContent-Length: " + b.length + "\r\n\r\n";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(b);
    return out.toByteArray();
  }

  @Test
  void readsAWarcGzPageByPage() throws Exception {
    Path warc = dir.resolve("CC-NEWS-20240305000000-00001.warc.gz");
    try (WarcWriter w = new WarcWriter(java.nio.channels.FileChannel.open(warc,
        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE), WarcCompression.GZIP)) {
      Instant t = Instant.parse("2024-03-05T10:00:00Z");
      w.write(new WarcRequest.Builder(URI.create("https://news.example/doha")).date(t)
          .body(MediaType.HTTP_REQUEST, "GET /doha HTTP/1.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII)).build());
      w.write(new WarcResponse.Builder(URI.create("https://news.example/doha")).date(t)
          .body(MediaType.HTTP_RESPONSE, http("text/html", ARTICLE)).build());
      w.write(new WarcResponse.Builder(URI.create("https://news.example/a.css")).date(t)
          .body(MediaType.HTTP_RESPONSE, http("text/css", "p { color: red }")).build());
    }
    CliRunner r = CliRunner.run("extract", warc.toString());
    assertEquals(0, r.exit, r.err);
    List<JsonNode> rows = r.jsonLines();
    assertEquals(1, rows.size(), r.out);
    JsonNode a = rows.get(0);
    assertEquals(warc + "!https://news.example/doha", a.path("file").asText());
    assertEquals("https://news.example/doha", a.path("url").asText());
    assertEquals("en", a.path("language").asText());
    List<String> fields = new ArrayList<>();
    for (Iterator<String> it = a.fieldNames(); it.hasNext(); ) {
      fields.add(it.next());
    }
    assertEquals(List.of("id", "file", "url", "title", "text", "author", "site", "language", "date", "datePrecision",
        "dateSource", "warnings", "pageType"), fields);
    assertEquals("article", a.path("pageType").asText());
  }

  @Test
  void fetchesAUrlListAndUrlArgumentsHonouringRobotsTxt() throws Exception {
    Map<String, String> pages = Map.of(
        "/robots.txt", "User-agent: *\nDisallow: /private/\n",
        "/doha.html", ARTICLE,
        "/private/secret.html", ARTICLE);
    List<String> asked = new java.util.concurrent.CopyOnWriteArrayList<>();
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", ex -> {
      String path = ex.getRequestURI().getPath();
      asked.add(path);
      String body = pages.get(path);
      byte[] b = (body == null ? "not found" : body).getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().add("Content-Type", path.endsWith(".txt") ? "text/plain" : "text/html; charset=utf-8");
      ex.sendResponseHeaders(body == null ? 404 : 200, b.length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(b);
      }
    });
    server.start();
    try {
      String base = "http://127.0.0.1:" + server.getAddress().getPort();
      Path list = dir.resolve("urls.txt");
      Files.writeString(list, "# pages to read\n" + base + "/doha.html\n" + base + "/private/secret.html\n");
      CliRunner r = CliRunner.run("extract", "--urls", list.toString(), base + "/gone.html");
      assertEquals(1, r.exit, r.err);
      List<JsonNode> rows = r.jsonLines();
      assertEquals(1, rows.size(), r.out);
      assertEquals(base + "/doha.html", rows.get(0).path("url").asText());
      assertTrue(r.err.contains(base + "/private/secret.html: is disallowed by the robots.txt of 127.0.0.1"), r.err);
      assertTrue(r.err.contains(base + "/gone.html: HTTP 404"), r.err);
      assertEquals(List.of("/robots.txt", "/gone.html", "/doha.html"), asked);
    } finally {
      server.stop(0);
    }
  }

  @Test
  void hostileFilesAreReportedAndTheBatchGoesOn() throws Exception {
    Path good = dir.resolve("good.html");
    Files.writeString(good, ARTICLE);
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write(ARTICLE.getBytes(StandardCharsets.UTF_8));
    }
    Path truncated = dir.resolve("page.html.gz");
    Files.write(truncated, java.util.Arrays.copyOf(gz.toByteArray(), gz.size() / 2));
    Path deep = dir.resolve("deep.html");
    Files.writeString(deep, "<html><body>" + "<div>".repeat(100_000)
        + "<p>Deep inside, the ministers met in Vienna on Monday to discuss the nuclear programme.</p>"
        + "</div>".repeat(100_000) + "</body></html>");
    Path empty = Files.createFile(dir.resolve("empty.html"));

    CliRunner r = CliRunner.run("extract", truncated.toString(), empty.toString(), deep.toString(), good.toString());
    assertEquals(1, r.exit, r.err);
    assertEquals(2, r.jsonLines().size(), r.out);
    assertTrue(r.err.contains(truncated + ": is gzip-compressed, not a text or HTML page"), r.err);
    assertTrue(r.err.contains(empty + ": is empty"), r.err);
  }

  @Test
  void needsAnInputOrAUrlList() {
    assertEquals(2, CliRunner.run("extract").exit);
  }
}
