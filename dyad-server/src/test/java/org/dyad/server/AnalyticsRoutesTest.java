package org.dyad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Actor;
import org.dyad.model.Article;
import org.dyad.model.DatePrecision;
import org.dyad.model.DateSource;
import org.dyad.model.Event;
import org.dyad.model.EventStatus;
import org.dyad.model.Evidence;
import org.dyad.model.Location;
import org.dyad.model.Span;
import org.dyad.model.json.Json;
import org.dyad.store.JdbcEventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analytics and search endpoints of the real server over a real DuckDB store: in March three
 * RUS>PAK meetings in Islamabad, a PAK>RUS assault and four USA>CHN meetings; in April a RUS>PAK
 * assault in Islamabad and six USA>CHN meetings, and a negated event.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalyticsRoutesTest {
  private static final LocalDate MAR = LocalDate.of(2021, 3, 10);
  private static final LocalDate APR = LocalDate.of(2021, 4, 5);
  private static final Location ISLAMABAD = new Location("Islamabad", "PAK", 33.6844, 73.0479, 1176615L);
  private static final Actor XI = new Actor("Xi", "CHNGOV", "CHN", "GOV", null, "Xi Jinping", null, null);

  @TempDir static Path dir;

  private StorePool pool;
  private ApiServer server;
  private final HttpClient http = HttpClient.newHttpClient();
  private int n;

  @BeforeAll
  void start() throws Exception {
    JdbcEventStore store = JdbcEventStore.openDuckDb(dir.resolve("analytics.duckdb"));
    List<Event> march = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      march.add(event("mar", MAR.plusDays(i), EventStatus.ASSERTED, TestData.LAVROV, TestData.KHAN, "040", 1, 1.0, ISLAMABAD));
    }
    march.add(event("mar", MAR, EventStatus.ASSERTED, TestData.KHAN, TestData.LAVROV, "190", 4, -10.0, null));
    for (int i = 0; i < 4; i++) {
      march.add(event("mar", MAR, EventStatus.ASSERTED, TestData.BIDEN, XI, "040", 1, 1.0, null));
    }
    store.store(article("mar", "Lavrov in Islamabad", "Lavrov met Khan in Islamabad to discuss the gas pipeline.", MAR), march);
    List<Event> april = new ArrayList<>();
    april.add(event("apr", APR, EventStatus.ASSERTED, TestData.LAVROV, TestData.KHAN, "190", 4, -10.0, ISLAMABAD));
    for (int i = 0; i < 6; i++) {
      april.add(event("apr", APR, EventStatus.ASSERTED, TestData.BIDEN, XI, "040", 1, 1.0, null));
    }
    april.add(event("apr", APR, EventStatus.NEGATED, TestData.MODI, TestData.KHAN, "190", 4, -10.0, ISLAMABAD));
    store.store(article("apr", "Border post shelled", "Russian forces shelled a Pakistani border post, officials in Islamabad said.",
        APR), april);
    pool = StorePool.of(store, 2);
    server = ApiServer.start(new ServerConfig("127.0.0.1", 0, null, 64 * 1024, null), pool, (doc, date) -> {
      throw new RejectedDocumentException("not used", null);
    });
  }

  @AfterAll
  void stop() throws Exception {
    server.close();
    pool.close();
  }

  @Test
  void relationsCarryTheirShareOfAllNews() throws Exception {
    JsonNode rows = ok("/api/relations?a=PAK&b=RUS&by=month").path("rows");
    assertEquals(3, rows.size());
    JsonNode rus = rows.get(1);
    assertEquals("2021-03-01", rus.path("period").asText());
    assertEquals("RUS", rus.path("source").asText());
    assertEquals(3, rus.path("verbalCooperation").asInt(), "the existing fields stay");
    assertEquals(1.0, rus.path("goldsteinMean").asDouble(), 1e-9);
    assertEquals(8, rus.path("periodEvents").asInt(), "March's asserted events: 3 + 1 + 4");
    assertEquals(0.375, rus.path("eventsShare").asDouble(), 1e-9);
    assertEquals(0.375, rus.path("verbalCooperationShare").asDouble(), 1e-9);
    JsonNode april = rows.get(2);
    assertEquals(7, april.path("periodEvents").asInt(), "the negated event is left out");
    assertEquals(0.142857, april.path("materialConflictShare").asDouble(), 1e-9);
  }

  @Test
  void shiftsPairsNetworksAndPlacesAnswer() throws Exception {
    JsonNode shifts = ok("/api/shifts?by=month&min=1&limit=5");
    assertEquals("goldstein", shifts.path("measure").asText());
    JsonNode first = shifts.path("shifts").get(0);
    assertEquals("PAK", first.path("a").asText());
    assertEquals("RUS", first.path("b").asText());
    assertEquals("2021-03-01", first.path("previous").path("period").asText());
    assertEquals(4, first.path("previous").path("events").asInt());
    assertEquals(-1.75, first.path("previous").path("goldsteinMean").asDouble(), 1e-9);
    assertEquals(-10.0, first.path("current").path("goldsteinMean").asDouble(), 1e-9);
    assertEquals(-8.25, first.path("change").asDouble(), 1e-9);
    assertEquals(2, shifts.path("shifts").size());
    JsonNode few = ok("/api/shifts?min=2").path("shifts");
    assertEquals(1, few.size(), "PAK-RUS had one event in April");
    assertEquals("CHN", few.get(0).path("a").asText());
    assertEquals(0.75, ok("/api/shifts?min=1&measure=conflict").path("shifts").get(0).path("change").asDouble(), 1e-9);
    assertEquals(0, ok("/api/shifts?min=1&from=2021-04-01").path("shifts").size());

    JsonNode pairs = ok("/api/pairs?limit=5").path("pairs");
    assertEquals(2, pairs.size());
    assertEquals("CHN", pairs.get(0).path("a").asText());
    assertEquals(10, pairs.get(0).path("events").asInt());
    assertEquals(10, pairs.get(0).path("quadClass").path("1").asInt());
    assertEquals(5, pairs.get(1).path("events").asInt());
    assertEquals(2, pairs.get(1).path("quadClass").path("4").asInt());
    assertEquals(-3.4, pairs.get(1).path("goldsteinMean").asDouble(), 1e-9);
    assertEquals(1, ok("/api/pairs?from=2021-04-01&to=2021-04-30&limit=1").path("pairs").size());
    assertEquals("USAGOV", ok("/api/pairs?level=actor").path("pairs").get(0).path("b").asText());

    JsonNode actors = ok("/api/actors?limit=3").path("actors");
    assertEquals(List.of("CHN", "USA", "PAK"), List.of(actors.get(0).path("code").asText(), actors.get(1).path("code").asText(),
        actors.get(2).path("code").asText()), actors.toString());
    assertEquals(10, actors.get(0).path("asTarget").asInt());
    assertEquals(5, actors.get(2).path("events").asInt(), "three meetings and two assaults; the negated event is left out");
    assertEquals(1, actors.get(2).path("asSource").asInt());
    assertEquals("Xi Jinping", ok("/api/actors?level=actor&limit=1").path("actors").get(0).path("label").asText());
    assertEquals(4, ok("/api/actors?from=2021-04-01&to=2021-04-30").path("actors").size(), "RUS, PAK, USA and CHN in April");

    JsonNode net = ok("/api/network?actor=PAK");
    assertEquals(2, net.path("links").size());
    JsonNode link = net.path("links").get(0);
    assertEquals("RUS", link.path("source").asText());
    assertEquals("PAK", link.path("target").asText());
    assertEquals(4, link.path("events").asInt());
    assertEquals(-1.75, link.path("goldsteinMean").asDouble(), 1e-9);
    assertEquals(3, link.path("quadClass").path("1").asInt());
    assertEquals(1, link.path("quadClass").path("4").asInt());
    assertEquals(0, link.path("quadClass").path("2").asInt());
    assertEquals("PAK", net.path("nodes").get(0).path("id").asText());
    assertEquals(5, net.path("nodes").get(0).path("events").asInt());
    JsonNode khan = ok("/api/network?actor=PAKGOV&level=actor");
    assertEquals("Imran Khan", khan.path("nodes").get(0).path("label").asText());
    assertEquals("USA", ok("/api/network?limit=1").path("links").get(0).path("source").asText());

    JsonNode places = ok("/api/places").path("places");
    assertEquals(1, places.size());
    JsonNode islamabad = places.get(0);
    assertEquals("Islamabad", islamabad.path("name").asText());
    assertEquals("PAK", islamabad.path("country").asText());
    assertEquals(33.6844, islamabad.path("lat").asDouble(), 1e-9);
    assertEquals(73.0479, islamabad.path("lon").asDouble(), 1e-9);
    assertEquals(1176615L, islamabad.path("geonameId").asLong());
    assertEquals(4, islamabad.path("events").asInt(), "the negated event there is left out");
    assertEquals(-1.75, islamabad.path("goldsteinMean").asDouble(), 1e-9);
    assertEquals(1, ok("/api/places?pair=PAK,RUS&from=2021-04-01").path("places").get(0).path("events").asInt());
    assertEquals(0, ok("/api/places?actor=USA").path("places").size());
  }

  @Test
  void searchFindsArticlesAndCatchesUpWithTheStore() throws Exception {
    JsonNode page = ok("/api/search?q=pipeline");
    assertEquals(1, page.path("total").asInt());
    JsonNode hit = page.path("hits").get(0);
    assertEquals("mar", hit.path("articleId").asText());
    assertEquals("Lavrov in Islamabad", hit.path("title").asText());
    assertEquals("https://example.org/mar", hit.path("url").asText());
    assertEquals("Example", hit.path("site").asText());
    assertEquals("2021-03-10", hit.path("date").asText());
    assertEquals(8, hit.path("events").asInt());
    assertTrue(hit.path("score").asDouble() > 0);
    String snippet = hit.path("snippet").asText();
    assertEquals("Lavrov met Khan in Islamabad to discuss the gas pipeline.", snippet);
    JsonNode mark = hit.path("highlights").get(0);
    assertEquals("pipeline", snippet.substring(mark.path("begin").asInt(), mark.path("end").asInt()));
    assertEquals(2, ok("/api/search?q=islamabad").path("total").asInt());
    assertEquals(1, ok("/api/search?q=islamabad&limit=1&offset=1").path("hits").size());

    assertEquals(0, ok("/api/search?q=kabul").path("total").asInt());
    Article late = article("late", "Kabul <talks>", "Envoys met in Kabul <script>alert(1)</script> on Monday.", APR);
    boolean stored = pool.call(s -> s.store(late, List.of()));
    assertTrue(stored);
    // stored behind the server's back, so not a write it saw: ask a question it has not answered
    // yet (the same one would be answered from its cache for up to ResponseCache's time to live)
    JsonNode found = ok("/api/search?q=kabul&limit=10");
    assertEquals(1, found.path("total").asInt(), "stored after the last search, found at the next");
    assertEquals("Envoys met in Kabul <script>alert(1)</script> on Monday.", found.path("hits").get(0).path("snippet").asText(),
        "plain text in a JSON string: the page escapes it");
    assertEquals(0, found.path("hits").get(0).path("events").asInt());
    assertTrue(Files.isDirectory(dir.resolve("analytics.duckdb.search")), "the index lives beside the store");
  }

  @Test
  void badParametersAre400() throws Exception {
    for (String path : List.of("/api/shifts?by=fortnight", "/api/shifts?min=0", "/api/shifts?measure=mood", "/api/shifts?level=region",
        "/api/shifts?from=2021-13-01", "/api/shifts?from=2021-05-01&to=2021-04-01", "/api/shifts?limit=1001", "/api/shifts?sort=a",
        "/api/pairs?limit=0", "/api/pairs?from=yesterday", "/api/pairs?actor=PAK", "/api/actors?limit=0", "/api/actors?level=region", "/api/network?actor=pak",
        "/api/network?actor=PAKGOV", "/api/network?actor=PAK&level=actor", "/api/network?actor=" + enc("x'; DROP TABLE events; --"),
        "/api/network?limit=-1", "/api/places?pair=PAK", "/api/places?pair=PAK,RUS,IND", "/api/places?actor=RUS&actor=PAK",
        "/api/places?limit=5001", "/api/search", "/api/search?q=", "/api/search?q=" + enc("lavrov AND"),
        "/api/search?q=" + enc("\"unclosed"), "/api/search?q=" + enc("(lavrov"), "/api/search?q=*", "/api/search?q=pipeline&limit=101",
        "/api/search?q=pipeline&offset=9999", "/api/search?q=pipeline&page=2", "/api/search?q=" + "x".repeat(1001),
        "/api/relations?a=PAK&b=RUS&from=2021-01-01")) {
      HttpResponse<String> r = get(path);
      assertEquals(400, r.statusCode(), path + ": " + r.body());
      JsonNode body = Json.mapper().readTree(r.body());
      assertEquals(400, body.path("status").asInt());
      assertFalse(body.path("error").asText().isBlank(), r.body());
      assertFalse(r.body().contains("Exception") || r.body().contains("Was expecting"), "no internals: " + r.body());
    }
    String why = Json.mapper().readTree(get("/api/search?q=" + enc("lavrov AND")).body()).path("error").asText();
    assertTrue(why.contains("ends too early"), why);
  }

  @Test
  void theNewRoutesAreDescribed() throws Exception {
    JsonNode doc = ok("/api/openapi.json");
    for (String path : List.of("/api/shifts", "/api/pairs", "/api/actors", "/api/network", "/api/places", "/api/search")) {
      assertTrue(doc.path("paths").has(path), path);
    }
    assertTrue(doc.path("components").path("schemas").path("Relations").toString().contains("periodEvents"));
  }

  private Event event(String article, LocalDate date, EventStatus status, Actor source, Actor target, String cameo, int quad,
      double goldstein, Location where) {
    n++;
    return new Event(article + n, article, null, TestData.TEXT, 0,
        new Evidence(new Span(0, TestData.TEXT.length()), new Span(0, 6), new Span(11, 15), new Span(7, 10), "meet-with"),
        date, DatePrecision.DAY, status, source, target, cameo, quad, goldstein, "CONSULT", null, where, 0.9);
  }

  private static Article article(String id, String title, String text, LocalDate date) {
    return new Article(id, "/corpus/" + id, "https://example.org/" + id, title, text, null, "Example", "en", date, DatePrecision.DAY,
        DateSource.GIVEN, null, List.of(), List.of());
  }

  private JsonNode ok(String path) throws Exception {
    HttpResponse<String> r = get(path);
    assertEquals(200, r.statusCode(), path + ": " + r.body());
    return Json.mapper().readTree(r.body());
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
