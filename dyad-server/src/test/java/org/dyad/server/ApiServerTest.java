package org.dyad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Event;
import org.dyad.model.EventStatus;
import org.dyad.model.json.Json;
import org.dyad.store.JdbcEventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The real server on a free port over a real DuckDB store, called over HTTP. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiServerTest {
  private static final String TOKEN = "test-token-0123456789";
  private static final LocalDate D = LocalDate.of(2021, 4, 7);
  private static final long MAX_BODY = 64 * 1024;

  @TempDir static Path dir;

  private StorePool pool;
  private ApiServer server;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  void start() throws Exception {
    JdbcEventStore store = JdbcEventStore.openDuckDb(dir.resolve("api.duckdb"));
    List<Event> events = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      events.add(TestData.meeting("ev" + i, "art1", D.plusDays(i), EventStatus.ASSERTED, TestData.LAVROV, TestData.KHAN));
    }
    events.add(TestData.meeting("denied", "art1", D, EventStatus.NEGATED, TestData.LAVROV, TestData.BIDEN));
    store.store(TestData.article("art1", TestData.TEXT, D), events);
    pool = StorePool.of(store, 3);
    DocumentCoder coder = (doc, date) -> {
      String text = new String(doc.content(), StandardCharsets.UTF_8);
      if (text.contains("explode")) {
        throw new IllegalStateException("secret internals at /home/dyad");
      }
      if (text.contains("unreadable")) {
        throw new RejectedDocumentException(doc.origin() + ": is not an article", null);
      }
      String id = "posted" + text.length();
      return new DocumentCoder.Coded(TestData.article(id, text, date, null),
          List.of(TestData.meeting(id + "e", id, date, EventStatus.ASSERTED, TestData.MODI, TestData.KHAN)));
    };
    server = ApiServer.start(new ServerConfig("127.0.0.1", 0, TOKEN, MAX_BODY, null), pool, coder);
  }

  @AfterAll
  void stop() throws Exception {
    server.close();
    pool.close();
  }

  @Test
  void eventsArePagedAndFiltered() throws Exception {
    JsonNode page = ok("/api/events?pair=PAK,RUS&limit=5&offset=5");
    assertEquals(12, page.path("total").asInt());
    assertEquals(5, page.path("events").size());
    assertEquals("ev5", page.path("events").get(0).path("id").asText());
    assertEquals("2021-04-12", page.path("events").get(0).path("date").asText());

    assertEquals(3, ok("/api/events?actor=RUSGOV&from=2021-04-08&to=2021-04-10").path("total").asInt());
    assertEquals(0, ok("/api/events?actor=USA").path("total").asInt(), "negated events are left out by default");
    JsonNode all = ok("/api/events?actor=USA&status=all");
    assertEquals(1, all.path("total").asInt());
    assertEquals("negated", all.path("events").get(0).path("status").asText());
    assertEquals(100, ok("/api/events").path("limit").asInt());
  }

  @Test
  void oneEventComesWithItsEvidenceAndArticle() throws Exception {
    JsonNode e = ok("/api/events/ev3");
    assertEquals("ev3", e.path("id").asText());
    assertEquals("RUSGOV", e.path("source").path("code").asText());
    assertEquals(7, e.path("evidence").path("trigger").path("begin").asInt());
    assertEquals("met", e.path("evidenceText").path("trigger").asText());
    assertEquals("Lavrov", e.path("evidenceText").path("source").asText());
    assertEquals("Title <b>art1</b>", e.path("article").path("title").asText());
    assertEquals("https://example.org/art1", e.path("article").path("url").asText());
    assertEquals("2021-04-07", e.path("article").path("date").asText());
  }

  @Test
  void articlesActorsAndRelationsAnswer() throws Exception {
    JsonNode a = ok("/api/articles/art1");
    assertEquals(TestData.TEXT, a.path("text").asText());
    assertEquals(13, a.path("events").size());

    JsonNode actor = ok("/api/actors/RUS?top=5");
    assertEquals(12, actor.path("events").asInt());
    assertEquals(12, actor.path("asSource").asInt());
    assertEquals("PAK", actor.path("counterparts").get(0).path("code").asText());
    assertEquals(12, actor.path("counterparts").get(0).path("events").asInt());

    JsonNode rel = ok("/api/relations?a=PAK&b=RUS&by=month");
    assertEquals(1, rel.path("rows").size());
    JsonNode row = rel.path("rows").get(0);
    assertEquals("2021-04-01", row.path("period").asText());
    assertEquals("RUS", row.path("source").asText());
    assertEquals(12, row.path("verbalCooperation").asInt());
  }

  @Test
  void missingThingsAre404() throws Exception {
    error(get("/api/events/nosuchevent"), 404);
    error(get("/api/articles/nosucharticle"), 404);
    error(get("/api/nothing/here"), 404);
  }

  @Test
  void badParametersAre400() throws Exception {
    for (String query : List.of(
        "actor=rus", "actor=RUS'%20OR%201=1--", "actor=" + enc("x'; DROP TABLE events; --"), "pair=PAK", "pair=PAK,RUS,IND",
        "from=2021-13-01", "from=yesterday", "to=2021-04-01&from=2021-05-01", "status=maybe", "limit=0",
        "limit=1001", "limit=-5", "offset=-1", "offset=1e3", "limit=99999999999", "actor=RUS&actor=PAK", "sort=date",
        "actor=" + enc("../../etc/passwd"))) {
      error(get("/api/events?" + query), 400);
    }
    error(get("/api/events/" + enc("../../etc/passwd")), 400);
    error(get("/api/events/" + enc("x' OR '1'='1")), 400);
    error(get("/api/articles/" + enc("..\\..\\windows")), 400);
    error(get("/api/actors/rus"), 400);
    error(get("/api/actors/RUS?top=1000"), 400);
    error(get("/api/relations?a=PAK"), 400);
    error(get("/api/relations?a=PAK&b=RUS&by=fortnight"), 400);
    HttpResponse<String> raw = get("/api/events/../../etc/passwd");
    assertTrue(raw.statusCode() == 400 || raw.statusCode() == 404, raw.statusCode() + " " + raw.body());
    assertFalse(raw.body().contains("root:"), raw.body());
  }

  @Test
  void ingestNeedsTheToken() throws Exception {
    String body = "{\"text\":\"Modi met Khan.\",\"date\":\"2021-05-01\"}";
    error(post(body, null), 401);
    error(post(body, "wrong-token-0123456789"), 401);
    HttpResponse<String> created = post(body, TOKEN);
    assertEquals(201, created.statusCode(), created.body());
    JsonNode r = Json.mapper().readTree(created.body());
    assertTrue(r.path("stored").asBoolean());
    assertEquals("posted14e", r.path("eventIds").get(0).asText());
    assertEquals(200, post(body, TOKEN).statusCode(), "stored once");
    assertEquals("2021-05-01", ok("/api/events/posted14e").path("date").asText());

    String withUrl = "{\"text\":\"Modi met Khan again.\",\"url\":\"https://example.org/again\"}";
    assertEquals(201, post(withUrl, TOKEN).statusCode());
    assertEquals("https://example.org/again", ok("/api/articles/posted20").path("url").asText());
  }

  @Test
  void failuresAre500WithoutInternals() throws Exception {
    HttpResponse<String> r = post("{\"text\":\"explode\"}", TOKEN);
    error(r, 500);
    assertFalse(r.body().contains("secret") || r.body().contains("IllegalState"), r.body());
  }

  @Test
  void badIngestBodiesAreRefused() throws Exception {
    error(post("{\"text\":\"" + "x".repeat((int) MAX_BODY) + "\"}", TOKEN), 413);
    error(post("{\"text\":\"" + "x".repeat(8 << 20) + "\"}", TOKEN), 413);
    byte[] big = ("{\"text\":\"" + "x".repeat((int) MAX_BODY) + "\"}").getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> chunked = http.send(HttpRequest.newBuilder(uri("/api/ingest"))
        .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))).build(),
        HttpResponse.BodyHandlers.ofString());
    error(chunked, 413);
    error(post("not json", TOKEN), 400);
    error(post("[1,2]", TOKEN), 400);
    error(post("{\"text\":\"a\",\"html\":\"<p>b</p>\"}", TOKEN), 400);
    error(post("{}", TOKEN), 400);
    error(post("{\"text\":\"a\",\"date\":\"2021-02-30\"}", TOKEN), 400);
    error(post("{\"html\":\"<p>a</p>\",\"url\":\"file:///etc/passwd\"}", TOKEN), 400);
    error(post("{\"text\":\"a\",\"admin\":true}", TOKEN), 400);
    error(post("{\"text\":\"unreadable\"}", TOKEN), 400);
    HttpResponse<String> plain = http.send(HttpRequest.newBuilder(uri("/api/ingest"))
        .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "text/plain")
        .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"a\"}")).build(), HttpResponse.BodyHandlers.ofString());
    error(plain, 415);
  }

  @Test
  void theOpenApiDocumentIsJson() throws Exception {
    JsonNode doc = ok("/api/openapi.json");
    assertTrue(doc.path("openapi").asText().startsWith("3."), doc.path("openapi").asText());
    for (String path : List.of("/api/events", "/api/events/{id}", "/api/relations", "/api/actors/{code}", "/api/articles/{id}",
        "/api/ingest")) {
      assertTrue(doc.path("paths").has(path), path);
    }
  }

  @Test
  void responsesCarrySecurityHeadersAndNoCors() throws Exception {
    for (HttpResponse<String> r : List.of(get("/api/events"), get("/api/nothing"), get("/api/events?limit=0"))) {
      assertEquals("default-src 'self'; frame-ancestors 'none'", r.headers().firstValue("Content-Security-Policy").orElse(""));
      assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
      assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    }
    HttpResponse<String> cross = http.send(HttpRequest.newBuilder(uri("/api/events")).header("Origin", "http://evil.example").GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertTrue(cross.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
  }

  @Test
  void corsAllowsOnlyTheConfiguredOrigin() throws Exception {
    try (ApiServer cors = ApiServer.start(new ServerConfig("127.0.0.1", 0, null, MAX_BODY, "http://localhost:3000"), pool,
        (doc, date) -> {
          throw new RejectedDocumentException("unused", null);
        })) {
      URI events = URI.create("http://127.0.0.1:" + cors.port() + "/api/events");
      HttpResponse<String> allowed = http.send(HttpRequest.newBuilder(events).header("Origin", "http://localhost:3000").build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals("http://localhost:3000", allowed.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
      HttpResponse<String> other = http.send(HttpRequest.newBuilder(events).header("Origin", "http://evil.example").build(),
          HttpResponse.BodyHandlers.ofString());
      assertTrue(other.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
      error(post(cors, "{\"text\":\"a\"}", "any-token-0123456789abc"), 401);
    }
  }

  private JsonNode ok(String path) throws Exception {
    HttpResponse<String> r = get(path);
    assertEquals(200, r.statusCode(), path + ": " + r.body());
    return Json.mapper().readTree(r.body());
  }

  private static void error(HttpResponse<String> r, int status) throws Exception {
    assertEquals(status, r.statusCode(), r.uri() + ": " + r.body());
    JsonNode body = Json.mapper().readTree(r.body());
    assertEquals(status, body.path("status").asInt(), r.body());
    assertFalse(body.path("error").asText().isBlank(), r.body());
    assertFalse(r.body().contains("Exception") || r.body().contains("\tat "), "no internals: " + r.body());
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String body, String token) throws Exception {
    return post(server, body, token);
  }

  private HttpResponse<String> post(ApiServer to, String body, String token) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + to.port() + "/api/ingest")).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
