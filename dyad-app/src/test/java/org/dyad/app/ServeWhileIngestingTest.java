package org.dyad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.dyad.model.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dyad serve} answers consistently while articles are ingested through it: readers never
 * see an error, a page always agrees with its total, totals never fall, and an event once seen
 * stays there. At the end every ingested event is stored once.
 */
class ServeWhileIngestingTest {
  private static final String TOKEN = "concurrency-test-token-42";
  private static final String[][] SIDES = {
    {"Russian Foreign Minister Sergey Lavrov", "Pakistan", "Islamabad"},
    {"Indian Prime Minister Narendra Modi", "Japan", "Tokyo"},
    {"Turkish President Recep Tayyip Erdogan", "Greece", "Athens"},
    {"Chinese Foreign Minister Wang Yi", "Iran", "Tehran"},
    {"French President Emmanuel Macron", "Nigeria", "Abuja"},
    {"German Chancellor Olaf Scholz", "Brazil", "Brasilia"},
  };
  private static final String[] DEEDS = {"visited %s and met its leaders in %s", "accused %s of violating the truce near %s",
      "signed a trade agreement with %s in %s", "condemned the attacks by %s on %s"};

  @TempDir Path dir;

  @Test
  void readersSeeAConsistentStoreWhileIngestsRun() throws Exception {
    StringWriter err = new StringWriter();
    AtomicInteger exit = new AtomicInteger(-1);
    Thread serving = new Thread(() -> exit.set(Main.run(new String[] {"serve", "--db", dir.resolve("live.duckdb").toString(),
        "--port", "0", "--token", TOKEN, "--rate-limit", "0"}, new PrintWriter(new StringWriter()), new PrintWriter(err))));
    serving.start();
    String base = "http://127.0.0.1:" + ServeCommandTest.awaitPort(err);
    HttpClient http = HttpClient.newHttpClient();

    List<String> articles = new ArrayList<>();
    for (String[] s : SIDES) {
      for (int d = 0; d < DEEDS.length; d++) {
        articles.add(s[0] + " " + String.format(DEEDS[d], s[1], s[2]) + " on Monday, officials said. "
            + "The talks, the " + (d + 1) + "th round this year, covered " + s[1] + "'s debts and a pipeline to " + s[2] + ".");
      }
    }
    AtomicBoolean writing = new AtomicBoolean(true);
    Set<String> ingestedEvents = ConcurrentHashMap.newKeySet();
    ExecutorService pool = Executors.newFixedThreadPool(6);
    List<Future<?>> writers = new ArrayList<>();
    for (int w = 0; w < 2; w++) {
      int first = w;
      writers.add(pool.submit(() -> {
        for (int i = first; i < articles.size(); i += 2) {
          String body = Json.mapper().createObjectNode().put("text", articles.get(i)).put("date", "2023-03-0" + (1 + i % 9)).toString();
          HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/ingest"))
              .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
          assertTrue(r.statusCode() == 201 || r.statusCode() == 200, r.statusCode() + " " + r.body());
          Json.mapper().readTree(r.body()).path("eventIds").forEach(id -> ingestedEvents.add(id.asText()));
        }
        return null;
      }));
    }
    List<Future<Integer>> readers = new ArrayList<>();
    for (int r = 0; r < 4; r++) {
      readers.add(pool.submit(() -> {
        int reads = 0;
        long lastTotal = 0;
        Set<String> seen = new java.util.HashSet<>();
        do {
          JsonNode page = get(http, base + "/api/events?status=all&limit=1000");
          long total = page.path("total").asLong();
          assertEquals(total, page.path("events").size(), "a page agrees with its total");
          assertTrue(total >= lastTotal, "the total fell from " + lastTotal + " to " + total);
          lastTotal = total;
          page.path("events").forEach(e -> seen.add(e.path("id").asText()));
          for (String id : seen) {
            assertEquals(id, get(http, base + "/api/events/" + id).path("id").asText(), "an event once seen stays");
            break;
          }
          get(http, base + "/api/relations?a=RUS&b=PAK&by=month");
          reads++;
        } while (writing.get());
        return reads;
      }));
    }
    for (Future<?> w : writers) {
      w.get();
    }
    writing.set(false);
    int reads = 0;
    for (Future<Integer> r : readers) {
      reads += r.get();
    }
    pool.shutdown();
    assertTrue(reads >= 4, "the readers read while the writers wrote: " + reads);
    JsonNode all = get(http, base + "/api/events?status=all&limit=1000");
    assertTrue(!ingestedEvents.isEmpty(), "the articles gave events");
    assertEquals(ingestedEvents.size(), all.path("total").asInt(), "every ingested event is stored once");

    serving.interrupt();
    serving.join(30_000);
    assertEquals(0, exit.get(), err.toString());
  }

  private static JsonNode get(HttpClient http, String url) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), url + ": " + r.body());
    return Json.mapper().readTree(r.body());
  }
}
