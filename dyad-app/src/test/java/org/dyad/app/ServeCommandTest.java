package org.dyad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.model.json.Json;
import org.dyad.store.JdbcEventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dyad serve} in-process: it serves the store until interrupted, then closes it. */
class ServeCommandTest {
  private static final Pattern ADDRESS = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/api/");

  @TempDir Path dir;

  @Test
  void servesUntilStopped() throws Exception {
    Path db = dir.resolve("serve.duckdb");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    AtomicInteger exit = new AtomicInteger(-1);
    Thread serving = new Thread(() -> exit.set(Main.run(
        new String[] {"serve", "--db", db.toString(), "--port", "0", "--token", "serve-test-token-123"},
        new PrintWriter(out), new PrintWriter(err))));
    serving.start();
    int port = awaitPort(err);

    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<String> events = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/events")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, events.statusCode(), events.body());
    JsonNode page = Json.mapper().readTree(events.body());
    assertEquals(0, page.path("total").asInt());
    HttpResponse<String> unauthorised = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/ingest"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"x\"}")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(401, unauthorised.statusCode());

    serving.interrupt();
    serving.join(30_000);
    assertEquals(0, exit.get(), err.toString());
    try (JdbcEventStore reopened = JdbcEventStore.openDuckDb(db)) {
      assertEquals(0, reopened.articleCount(), "the store was closed and can be opened again");
    }
  }

  @Test
  void badSettingsAreUsageErrors() {
    String db = dir.resolve("bad.duckdb").toString();
    assertEquals(2, CliRunner.run("serve", "--db", db, "--port", "70000").exit);
    assertEquals(2, CliRunner.run("serve", "--db", db, "--port", "0", "--token", "short").exit);
    assertEquals(2, CliRunner.run("serve", "--db", db, "--port", "0", "--cors-origin", "*").exit);
  }

  static int awaitPort(StringWriter err) throws InterruptedException {
    for (int i = 0; i < 300; i++) {
      Matcher m = ADDRESS.matcher(err.toString());
      if (m.find()) {
        return Integer.parseInt(m.group(1));
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the server did not start: " + err);
  }
}
