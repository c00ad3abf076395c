package org.dyad.store.export;

import static org.dyad.store.Fixtures.KHAN;
import static org.dyad.store.Fixtures.LAVROV;
import static org.dyad.store.Fixtures.UN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.dyad.model.Actor;
import org.dyad.model.Event;
import org.dyad.model.EventStatus;
import org.dyad.model.Location;
import org.dyad.model.json.Json;
import org.dyad.store.EventQuery;
import org.dyad.store.Fixtures;
import org.dyad.store.JdbcEventStore;
import org.dyad.store.StoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GDELT, CSV and JSON Lines exports of a real DuckDB store. */
class ExportFormatTest {
  private static final Path GDELT_HEADER =
      Path.of("../../shared/eval/eventdata/GDELT_2.0_Events_Column_Labels_Header_Row_Sep2016.csv");

  @TempDir Path dir;

  private JdbcEventStore store;
  private Event meeting;
  private Event condemnation;

  @BeforeEach
  void fill() throws StoreException {
    store = JdbcEventStore.openDuckDb(dir.resolve("x.duckdb"));
    meeting = Fixtures.event("m1", "a1", LocalDate.of(2021, 4, 7), EventStatus.ASSERTED, LAVROV, KHAN, "0421", 1, 1.9,
        true, null);
    condemnation = Fixtures.event("c1", "a1", LocalDate.of(2021, 4, 9), EventStatus.ASSERTED, UN, KHAN, "111", 3, -2.0,
        false, new Location("Islamabad", "PAK", 33.6844, 73.0479, 1176615L));
    Event denied = Fixtures.event("d1", "a1", LocalDate.of(2021, 4, 8), EventStatus.NEGATED, LAVROV, KHAN, "040", 1, 1.0,
        false, null);
    store.store(Fixtures.article("a1", "https://example.org/a1\tx"), List.of(meeting, condemnation, denied));
  }

  @AfterEach
  void close() throws StoreException {
    store.close();
  }

  @Test
  void gdeltRowsHaveTheSixtyOneColumnsWithDyadsCodes() throws Exception {
    String out = export(ExportFormat.GDELT, EventQuery.unpaged(null, null, false));
    String[] lines = out.split("\n");
    assertEquals(2, lines.length, out);
    String[] m = lines[0].split("\t", -1);
    String[] c = lines[1].split("\t", -1);
    assertEquals(61, m.length, lines[0]);
    assertEquals(61, c.length, lines[1]);

    assertEquals(Long.toString(GdeltWriter.globalEventId("m1")), col(m, "GLOBALEVENTID"));
    assertTrue(GdeltWriter.globalEventId("m1") > 0 && GdeltWriter.globalEventId("m1") < (1L << 53));
    assertEquals("20210407", col(m, "SQLDATE"));
    assertEquals("202104", col(m, "MonthYear"));
    assertEquals("2021", col(m, "Year"));
    assertEquals("2021.3479", col(m, "FractionDate"));
    assertEquals("RUSGOV", col(m, "Actor1Code"));
    assertEquals("SERGEY LAVROV", col(m, "Actor1Name"));
    assertEquals("RUS", col(m, "Actor1CountryCode"));
    assertEquals("GOV", col(m, "Actor1Type1Code"));
    assertEquals("PAKGOV", col(m, "Actor2Code"));
    assertEquals("PAK", col(m, "Actor2CountryCode"));
    assertEquals("1", col(m, "IsRootEvent"));
    assertEquals("0421", col(m, "EventCode"));
    assertEquals("042", col(m, "EventBaseCode"));
    assertEquals("04", col(m, "EventRootCode"));
    assertEquals("1", col(m, "QuadClass"));
    assertEquals("1.9", col(m, "GoldsteinScale"));
    assertEquals("1", col(m, "NumMentions"));
    assertEquals("1", col(m, "NumSources"));
    assertEquals("1", col(m, "NumArticles"));
    assertEquals("", col(m, "AvgTone"));
    assertEquals("", col(m, "ActionGeo_Type"));
    assertEquals("https://example.org/a1 x", col(m, "SOURCEURL"), "a tab would split the record");
    String added = col(m, "DATEADDED");
    assertTrue(added.matches("\\d{14}"), added);
    ZonedDateTime when = ZonedDateTime.parse(added, DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC));
    assertTrue(Math.abs(when.toEpochSecond() - System.currentTimeMillis() / 1000) < 120, "DATEADDED is UTC: " + added);

    assertEquals("IGOUNO", col(c, "Actor1Code"));
    assertEquals("", col(c, "Actor1CountryCode"));
    assertEquals("UNO", col(c, "Actor1KnownGroupCode"));
    assertEquals("0", col(c, "IsRootEvent"));
    assertEquals("111", col(c, "EventBaseCode"));
    assertEquals("11", col(c, "EventRootCode"));
    assertEquals("-2.0", col(c, "GoldsteinScale"));
    assertEquals("4", col(c, "ActionGeo_Type"));
    assertEquals("Islamabad", col(c, "ActionGeo_FullName"));
    assertEquals("", col(c, "ActionGeo_CountryCode"));
    assertEquals("33.6844", col(c, "ActionGeo_Lat"));
    assertEquals("73.0479", col(c, "ActionGeo_Long"));
  }

  @Test
  void gdeltNamesNeedAProperNoun() throws Exception {
    Actor it = new Actor("it", "RUS", "RUS", null, null, null, null, null);
    Actor moscow = new Actor("Moscow", "RUSGOV", "RUS", "GOV", null, null, null, null);
    store.store(Fixtures.article("a2", null), List.of(
        Fixtures.event("p1", "a2", LocalDate.of(2022, 1, 1), EventStatus.ASSERTED, it, moscow, "040", 1, 1.0, true, null)));
    String[] row = export(ExportFormat.GDELT, EventQuery.unpaged(LocalDate.of(2022, 1, 1), null, false)).split("\t", -1);
    assertEquals("", col(row, "Actor1Name"));
    assertEquals("MOSCOW", col(row, "Actor2Name"));
    assertEquals("/corpus/a2.txt", col(row, "SOURCEURL").strip(), "the file when there is no URL");
  }

  @Test
  void gdeltColumnsAreGdeltsOwn() throws IOException {
    Assumptions.assumeTrue(Files.exists(GDELT_HEADER), "the GDELT codebook is in ../shared/eval/eventdata");
    List<String> names = Files.readAllLines(GDELT_HEADER, StandardCharsets.UTF_8).stream()
        .filter(l -> l.matches("[A-Za-z0-9_]+,(INTEGER|STRING|FLOAT),.*"))
        .map(l -> l.substring(0, l.indexOf(',')))
        .toList();
    assertEquals(names, GdeltWriter.COLUMNS);
  }

  @Test
  void datesLimitTheExport() throws Exception {
    String out = export(ExportFormat.GDELT, EventQuery.unpaged(LocalDate.of(2021, 4, 8), null, true));
    assertEquals(2, out.split("\n").length, "the negated event of the 8th and the condemnation of the 9th");
  }

  @Test
  void jsonLinesAreTheEventContract() throws Exception {
    String out = export(ExportFormat.JSONL, EventQuery.unpaged(null, null, false));
    String[] lines = out.split("\n");
    assertEquals(2, lines.length);
    assertEquals(Json.line(Json.event(meeting)), lines[0]);
    assertEquals(Json.line(Json.event(condemnation)), lines[1]);
  }

  @Test
  void csvFlattensTheEventContract() throws Exception {
    String out = export(ExportFormat.CSV, EventQuery.unpaged(null, null, true));
    String[] lines = out.split("\n");
    assertEquals(4, lines.length, out);
    List<String> header = List.of(lines[0].split(","));
    assertEquals(CsvWriter.COLUMNS, header);
    JsonNode contract = Json.event(meeting);
    String[] row = lines[1].split(",", -1);
    assertEquals(header.size(), row.length, lines[1]);
    assertEquals("m1", row[header.indexOf("id")]);
    assertEquals(contract.path("source").path("code").asText(), row[header.indexOf("source.code")]);
    assertEquals("0421", row[header.indexOf("cameo")]);
    assertEquals("", row[header.indexOf("location.name")]);
    assertEquals("meet-with", row[header.indexOf("evidence.pattern")]);
    assertTrue(lines[2].contains("\"Russia later criticised Pakistan, and India was not invited.\""), lines[2]);
  }

  @Test
  void unknownFormatsAreUsageErrors() {
    assertEquals(ExportFormat.GDELT, ExportFormat.of("gdelt"));
    assertEquals(ExportFormat.JSONL, ExportFormat.of("JSONL"));
    assertThrows(IllegalArgumentException.class, () -> ExportFormat.of("parquet"));
  }

  private String export(ExportFormat f, EventQuery q) throws Exception {
    StringBuilder out = new StringBuilder();
    f.export(store, q, out);
    return out.toString();
  }

  private static String col(String[] row, String name) {
    return row[GdeltWriter.COLUMNS.indexOf(name)];
  }

}
