package org.dyad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.dyad.model.json.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI in a real headless Chromium (the system's chromium and chromedriver), served by
 * {@code dyad serve} over a store built from the example corpus plus a text that carries markup.
 * Screenshots land in target/webui/.
 */
class WebUiTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final String CORPUS = "../examples/corpus";
  private static final String HOSTILE_TEXT = "src/test/resources/webui/script-in-text.txt";
  private static final Path SCREENSHOTS = Path.of("target", "webui");
  private static final Pattern ADDRESS = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/api/");

  @TempDir static Path dir;

  private static Thread serving;
  private static final AtomicInteger exit = new AtomicInteger(-1);
  private static ChromeDriverService service;
  private static ChromeDriver driver;
  private static String base;
  private static final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void serveAndBrowse() throws Exception {
    String missing = !Files.isExecutable(CHROMIUM) ? CHROMIUM.toString()
        : !Files.isExecutable(CHROMEDRIVER) ? CHROMEDRIVER.toString() : null;
    if (missing != null) {
      String message = missing + " is missing: install the Debian packages chromium and chromium-driver to test the web UI";
      if (System.getenv("CI") != null) {
        fail(message);
      }
      assumeTrue(false, message);
    }
    String db = dir.resolve("webui.duckdb").toString();
    CliRunner ingest = CliRunner.run("ingest", "--db", db, CORPUS, HOSTILE_TEXT);
    assertEquals(0, ingest.exit, ingest.err);

    StringWriter err = new StringWriter();
    serving = new Thread(() -> exit.set(Main.run(new String[] {"serve", "--db", db, "--port", "0"},
        new PrintWriter(new StringWriter()), new PrintWriter(err, true))), "webui-test-server");
    serving.start();
    base = "http://127.0.0.1:" + awaitPort(err) + "/";

    service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1280,800",
        "--user-data-dir=" + Files.createDirectories(dir.resolve("chromium-profile")));
    options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
    driver = new ChromeDriver(service, options);
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  static void stop() throws InterruptedException {
    if (driver != null) {
      driver.quit();
    }
    if (service != null) {
      service.stop();
    }
    if (serving != null) {
      serving.interrupt();
      serving.join(30_000);
      assertEquals(0, exit.get(), "dyad serve ended cleanly");
    }
  }

  /** Every page must run without script errors or policy violations; 404s of optional endpoints are expected. */
  @AfterEach
  void noBrowserErrors() {
    List<String> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .filter(m -> !m.contains("the server responded with a status of 404"))
        .collect(Collectors.toList());
    assertTrue(severe.isEmpty(), "browser errors: " + severe);
  }

  @Test
  void dashboardChartsTheMostActivePair() throws IOException {
    open("#/relations");
    wait(d -> d.findElements(By.cssSelector("#goldstein-chart circle.point")).size() >= 3);
    assertEquals("PAK,RUS", driver.findElement(By.id("pair-select")).getAttribute("value"), "the most active pair is chosen");
    List<WebElement> points = driver.findElements(By.cssSelector("#goldstein-chart circle.point"));
    JsonNode rows = api("relations?a=PAK&b=RUS&by=month").path("rows");
    assertEquals(rows.size(), points.size(), "one point per period and direction");
    assertFalse(driver.findElements(By.cssSelector("#goldstein-chart path.series[data-series='RUS → PAK']")).isEmpty(),
        "the RUS → PAK line joins its periods");
    assertTrue(driver.findElement(By.id("goldstein-chart")).getText().contains("Apr 2021"), "the time axis is labelled");
    assertTrue(driver.findElement(By.id("goldstein-chart")).getText().contains("PAK → RUS"), "the legend names both directions");
    assertFalse(driver.findElements(By.cssSelector("#quad-chart rect.bar[data-layer='verbalCooperation']")).isEmpty());
    assertTrue(driver.findElement(By.id("quad-chart")).getText().contains("Material conflict"), "the legend names all four classes");
    screenshot("relations");

    new Select(driver.findElement(By.id("pair-by"))).selectByValue("day");
    int days = api("relations?a=PAK&b=RUS&by=day").path("rows").size();
    wait(d -> d.findElements(By.cssSelector("#goldstein-chart circle.point")).size() == days
        && d.findElement(By.id("goldstein-chart")).getText().contains("2021-0"));
    screenshot("relations-by-day");
  }

  @Test
  void eventRowsOpenTheirHighlightedEvidence() throws IOException {
    open("#/events");
    WebElement pair = driver.findElement(By.cssSelector("#event-filters input[name='pair']"));
    pair.sendKeys("PAK,RUS");
    driver.findElement(By.cssSelector("#event-filters button[type='submit']")).click();
    wait(d -> d.findElement(By.id("events-range")).getText().contains("of " + api("events?pair=PAK,RUS").path("total").asInt() + " events"));
    List<WebElement> rows = driver.findElements(By.cssSelector("#event-table tbody tr[data-event-id]"));
    assertFalse(rows.isEmpty());
    for (WebElement row : rows) {
      assertTrue(row.getText().contains("PAK") && row.getText().contains("RUS"), "a PAK-RUS event: " + row.getText());
    }
    WebElement visit = rows.stream().filter(r -> r.getText().contains("Lavrov") && r.getText().contains("042")).findFirst()
        .orElseThrow(() -> new AssertionError("Lavrov's visit (042) is listed"));
    String id = visit.getAttribute("data-event-id");
    visit.click();
    wait(d -> !d.findElements(By.cssSelector("#evidence-sentence mark.hl-trigger")).isEmpty());

    JsonNode event = api("events/" + id);
    assertEquals(event.path("sentence").asText(), driver.findElement(By.id("evidence-sentence")).getText());
    for (String role : List.of("source", "target", "trigger")) {
      assertEquals(event.path("evidenceText").path(role).asText(),
          driver.findElement(By.cssSelector("#evidence-sentence mark.hl-" + role)).getText(), role + " is highlighted");
    }
    String facts = driver.findElement(By.id("event-facts")).getText();
    for (String expected : List.of("042", "Verbal cooperation", "CONSULT", "asserted", "2021-04-07", "precision: day")) {
      assertTrue(facts.contains(expected), expected + " in " + facts);
    }
    assertTrue(driver.findElement(By.id("event-article")).getText().contains("Pak-Russian relations"));
    screenshot("evidence");

    driver.findElement(By.id("open-article")).click();
    wait(d -> !d.findElements(By.cssSelector("#article-text mark.current")).isEmpty());
    assertEquals(event.path("sentence").asText(), driver.findElement(By.cssSelector("#article-text mark.current")).getText(),
        "the article opens at the event's sentence");
    screenshot("article");
    driver.findElement(By.id("detail-back")).click();
    wait(d -> !d.findElements(By.id("evidence-sentence")).isEmpty());
    driver.findElement(By.id("detail-close")).click();
    assertFalse(driver.findElement(By.id("detail")).isDisplayed());
  }

  @Test
  void mapDrawsCountriesAndEventPlaces() throws IOException {
    open("#/map");
    wait(d -> d.findElements(By.cssSelector("#map-chart path.country")).size() > 150);
    wait(d -> !d.findElements(By.cssSelector("#map-chart circle.place")).isEmpty());
    WebElement tashkent = driver.findElement(By.cssSelector("#map-chart circle.place[data-name='Tashkent']"));
    double cx = Double.parseDouble(tashkent.getAttribute("cx"));
    assertTrue(cx > 600 && cx < 700, "69°E lies at about 664 of 960 pixels: " + cx);
    assertTrue(driver.findElement(By.id("place-list")).getText().contains("Tashkent"));
    screenshot("map");
  }

  @Test
  void networkLinksTheCountries() throws IOException {
    open("#/network");
    wait(d -> !d.findElements(By.cssSelector("#network-chart g.net-link")).isEmpty());
    List<String> nodes = driver.findElements(By.cssSelector("#network-chart g.net-node")).stream()
        .map(n -> n.getAttribute("data-id")).collect(Collectors.toList());
    assertTrue(nodes.contains("PAK") && nodes.contains("RUS"), nodes.toString());
    screenshot("network");

    driver.findElement(By.cssSelector("#network-chart g.net-node[data-id='PAK'] circle")).click();
    wait(d -> !d.findElements(By.cssSelector("#network-chart g.net-node.focus[data-id='PAK']")).isEmpty());
    List<WebElement> links = driver.findElements(By.cssSelector("#network-chart g.net-link"));
    assertFalse(links.isEmpty());
    for (WebElement link : links) {
      assertTrue("PAK".equals(link.getAttribute("data-source")) || "PAK".equals(link.getAttribute("data-target")),
          "centred on PAK, every link touches it");
    }
  }

  @Test
  void searchFindsLavrov() throws Exception {
    open("#/search");
    driver.findElement(By.id("search-q")).sendKeys("Lavrov");
    driver.findElement(By.cssSelector("#search-form button")).click();
    HttpResponse<String> endpoint = get("api/search?q=Lavrov");
    if (endpoint.statusCode() == 404) {
      wait(d -> d.findElement(By.id("search-notice")).getText().contains("not available"));
      screenshot("search-unavailable");
      return;
    }
    wait(d -> !d.findElements(By.cssSelector("#search-results li.hit")).isEmpty());
    String results = driver.findElement(By.id("search-results")).getText();
    assertTrue(results.contains("Pak-Russian relations"), results);
    screenshot("search");
    driver.findElements(By.cssSelector("#search-results li.hit button.title")).get(0).click();
    wait(d -> !d.findElements(By.id("article-text")).isEmpty());
    assertTrue(driver.findElement(By.id("article-text")).getText().contains("Lavrov"));
  }

  @Test
  void markupInArticlesIsShownAsText() throws IOException {
    JsonNode june = api("events?pair=PAK,RUS&from=2021-06-01");
    String articleId = june.path("events").path(0).path("articleId").asText();
    assertFalse(articleId.isEmpty(), "the text with markup was coded: " + june);
    open("#/article/" + articleId);
    wait(d -> !d.findElements(By.id("article-text")).isEmpty());
    String title = driver.findElement(By.id("article-title")).getText();
    assertTrue(title.contains("<script>"), "the title's markup is shown: " + title);
    String text = driver.findElement(By.id("article-text")).getText();
    assertTrue(text.contains("<script>window.dyadInjected = true;</script>"), text);
    assertTrue(text.contains("<img src=x onerror="), text);
    assertTrue(driver.findElements(By.cssSelector("#detail script, #detail img")).isEmpty(), "no element was made from the text");
    JavascriptExecutor js = driver;
    assertNull(js.executeScript("return window.dyadInjected === undefined ? null : window.dyadInjected;"));
    assertEquals("Dyad", driver.getTitle());
    screenshot("markup-as-text");
  }

  private static void open(String hash) {
    // A new document each time, so that one test's state cannot leak into the next.
    driver.get("about:blank");
    driver.get(base + hash);
  }

  private static void wait(java.util.function.Function<WebDriver, Boolean> condition) {
    new WebDriverWait(driver, Duration.ofSeconds(30)).until(condition::apply);
  }

  private static void screenshot(String name) throws IOException {
    File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  private static HttpResponse<String> get(String path) {
    try {
      return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new AssertionError("GET " + path + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  private static JsonNode api(String path) {
    HttpResponse<String> r = get("api/" + path);
    assertEquals(200, r.statusCode(), path + ": " + r.body());
    try {
      return Json.mapper().readTree(r.body());
    } catch (IOException e) {
      throw new AssertionError(path + ": " + e, e);
    }
  }

  private static int awaitPort(StringWriter err) throws InterruptedException {
    for (int i = 0; i < 600; i++) {
      Matcher m = ADDRESS.matcher(err.toString());
      if (m.find()) {
        return Integer.parseInt(m.group(1));
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the server did not start: " + err);
  }
}
