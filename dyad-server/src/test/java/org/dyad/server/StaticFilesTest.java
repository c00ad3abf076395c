package org.dyad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.dyad.store.JdbcEventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The web UI's files are served with the API's security headers, and nothing outside them is. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaticFilesTest {
  @TempDir static Path dir;

  private StorePool pool;
  private ApiServer server;

  @BeforeAll
  void start() throws Exception {
    pool = StorePool.of(JdbcEventStore.openDuckDb(dir.resolve("static.duckdb")), 1);
    server = ApiServer.start(new ServerConfig("127.0.0.1", 0, null, ServerConfig.DEFAULT_MAX_BODY_BYTES, null), pool,
        (doc, date) -> {
          throw new IllegalStateException("no ingest in this test");
        });
  }

  @AfterAll
  void stop() throws Exception {
    server.close();
    pool.close();
  }

  @Test
  void theUiIsServedWithAContentSecurityPolicy() throws Exception {
    HttpResponse<String> page = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/index.html")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("Dyad"), page.body());
    String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
    assertTrue(csp.contains("default-src 'self'"), csp);
    assertFalse(csp.contains("unsafe-inline") || csp.contains("unsafe-eval"), csp);
    assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
    assertTrue(page.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), "CORS is off by default");
  }

  @Test
  void pathsOutsideTheUiAreRefused() throws Exception {
    for (String path : new String[] {"/../../../../etc/passwd", "/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2f..%2fetc%2fpasswd",
        "/dyad/server/openapi.json/../../../../etc/passwd", "/org/dyad/server/ApiServer.class", "/WEB-INF/web.xml"}) {
      String response = raw(path);
      int status = Integer.parseInt(response.substring(9, 12));
      assertTrue(status == 400 || status == 404, path + " answered " + response.lines().findFirst().orElse(""));
      assertFalse(response.contains("root:"), path + " leaked a file");
      assertFalse(response.contains("Exception") || response.contains("\tat "), path + " leaked a stack trace");
    }
  }

  /** Sends {@code path} as it is, without the normalisation an HTTP client library would apply. */
  private String raw(String path) throws Exception {
    try (Socket s = new Socket("127.0.0.1", server.port())) {
      s.setSoTimeout(10_000);
      OutputStream out = s.getOutputStream();
      out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      StringBuilder sb = new StringBuilder();
      BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        sb.append(line).append('\n');
      }
      return sb.toString();
    }
  }
}
