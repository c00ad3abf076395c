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
import org.dyad.model.json.Json;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import org.dyad.store.Dialect;
import org.dyad.store.EventQuery;
import org.dyad.store.Fixtures;
import org.dyad.store.JdbcEventStore;
import org.dyad.store.Stores;
import org.dyad.store.TestStore;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** GDELT events and mentions, CSV, JSON Lines and Parquet exports of a real DuckDB and PostgreSQL store. */
class ExportFormatTest {
  private static final Path GDELT_HEADER =
      Path.of("../../shared/eval/eventdata/GDELT_2.0_Events_Column_Labels_Header_Row_Sep2016.csv");
  private static final Path MENTIONS_HEADER =
      Path.of("../../shared/eval/eventdata/GDELT_2.0_eventMentions_Column_Labels_Header_Row_Sep2016.tsv");

  @TempDir Path dir;
  @RegisterExtension final Stores stores = new Stores();

  private TestStore test;
  private JdbcEventStore store;
  private Event meeting;
  private Event condemnation;

  private void fill(Dialect dialect) throws Exception {
    test = stores.open(dialect, dir);
    store = test.store();
    meeting = Fixtures.event("m1", "a1", LocalDate.of(2021, 4, 7), EventStatus.ASSERTED, LAVROV, KHAN, "0421", 1, 1.9,
        true, null);
    condemnation = Fixtures.event("c1", "a1", LocalDate.of(2021, 4, 9), EventStatus.ASSERTED, UN, KHAN, "111", 3, -2.0,
        false, Fixtures.ISLAMABAD);
    Event denied = Fixtures.event("d1", "a1", LocalDate.of(2021, 4, 8), EventStatus.NEGATED, LAVROV, KHAN, "040", 1, 1.0,
        false, null);
    store.store(Fixtures.article("a1", "https://example.org/a1\tx"), List.of(meeting, condemnation, denied));
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void gdeltRowsHaveTheSixtyOneColumnsWithDyadsCodes(Dialect dialect) throws Exception {
    fill(dialect);
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
    assertEquals("PK", col(c, "ActionGeo_CountryCode"), "GDELT's places have FIPS country codes");
    assertEquals("33.6844", col(c, "ActionGeo_Lat"));
    assertEquals("73.0479", col(c, "ActionGeo_Long"));
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void gdeltNamesNeedAProperNoun(Dialect dialect) throws Exception {
    fill(dialect);
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

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void datesLimitTheExport(Dialect dialect) throws Exception {
    fill(dialect);
    String out = export(ExportFormat.GDELT, EventQuery.unpaged(LocalDate.of(2021, 4, 8), null, true));
    assertEquals(2, out.split("\n").length, "the negated event of the 8th and the condemnation of the 9th");
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void jsonLinesAreTheEventContract(Dialect dialect) throws Exception {
    fill(dialect);
    String out = export(ExportFormat.JSONL, EventQuery.unpaged(null, null, false));
    String[] lines = out.split("\n");
    assertEquals(2, lines.length);
    assertEquals(Json.line(Json.event(meeting)), lines[0]);
    assertEquals(Json.line(Json.event(condemnation)), lines[1]);
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void csvFlattensTheEventContract(Dialect dialect) throws Exception {
    fill(dialect);
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
    assertEquals(ExportFormat.PARQUET, ExportFormat.of("parquet"));
    assertThrows(IllegalArgumentException.class, () -> ExportFormat.of("xml"));
    assertThrows(IllegalArgumentException.class, () -> ExportFormat.PARQUET.export(null, EventQuery.unpaged(null, null, false), new StringBuilder()));
  }

  @Test
  void gdeltMentionsColumnsAreGdeltsOwn() throws IOException {
    Assumptions.assumeTrue(Files.exists(MENTIONS_HEADER), "the GDELT codebook is in ../shared/eval/eventdata");
    List<String> names = Files.readAllLines(MENTIONS_HEADER, StandardCharsets.UTF_8).stream()
        .map(l -> l.split("\t"))
        .filter(c -> c.length > 2 && c[0].matches("\\d+"))
        .map(c -> c[1])
        .toList();
    assertEquals(names, GdeltMentionsWriter.COLUMNS);
  }

  @Test
  void fipsCodesAreGdeltsForTheCountriesThatDifferFromIso() {
    assertEquals("PK", Fips.of("PAK"));
    assertEquals("GM", Fips.of("DEU"), "Germany");
    assertEquals("UK", Fips.of("GBR"));
    assertEquals("RS", Fips.of("RUS"));
    assertEquals("CH", Fips.of("CHN"));
    assertEquals("IZ", Fips.of("IRQ"));
    assertEquals("US", Fips.of("USA"));
    assertEquals("", Fips.of("IGO"), "organisations have no country");
    assertEquals("", Fips.of(null));
    assertTrue(Fips.size() > 240, Fips.size() + " countries");
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void mentionsAreOneRowPerReportWithItsOffsets(Dialect dialect) throws Exception {
    fill(dialect);
    store.store(Fixtures.article("a2", null), List.of(
        Fixtures.event("p1", "a2", LocalDate.of(2022, 1, 1), EventStatus.ASSERTED, LAVROV, KHAN, "040", 1, 1.0, true, null)));
    String out = export(ExportFormat.MENTIONS, EventQuery.unpaged(null, null, false));
    String[] lines = out.split("\n");
    assertEquals(3, lines.length, out);
    String[] m = lines[0].split("\t", -1);
    assertEquals(16, m.length, lines[0]);
    assertEquals(Long.toString(GdeltWriter.globalEventId("m1")), mention(m, "GLOBALEVENTID"), "joins the events export");
    assertTrue(mention(m, "EventTimeDate").matches("\\d{14}"), mention(m, "EventTimeDate"));
    assertEquals(mention(m, "EventTimeDate"), mention(m, "MentionTimeDate"));
    assertEquals("1", mention(m, "MentionType"), "a web page");
    assertEquals("example.org", mention(m, "MentionSourceName"));
    assertEquals("https://example.org/a1 x", mention(m, "MentionIdentifier"));
    assertEquals("1", mention(m, "SentenceID"), "the first sentence is 1");
    assertEquals("0", mention(m, "Actor1CharOffset"));
    assertEquals("11", mention(m, "Actor2CharOffset"));
    assertEquals("7", mention(m, "ActionCharOffset"));
    assertEquals("1", mention(m, "InRawText"));
    assertEquals("90", mention(m, "Confidence"));
    assertEquals(Integer.toString(Fixtures.TEXT.length()), mention(m, "MentionDocLen"));
    assertEquals("", mention(m, "MentionDocTone"));

    String[] c = lines[1].split("\t", -1);
    assertEquals("2", mention(c, "SentenceID"));
    assertEquals("44", mention(c, "Actor1CharOffset"), "offsets are in the article, not the sentence");
    assertEquals("51", mention(c, "ActionCharOffset"));

    String[] file = lines[2].split("\t", -1);
    assertEquals("2", mention(file, "MentionType"), "a file is a citation, not a web page");
    assertEquals("/corpus/a2.txt", mention(file, "MentionIdentifier"));
    assertEquals("Global Village", mention(file, "MentionSourceName"), "the site's name when there is no URL");
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void parquetReadsBackWithDuckDb(Dialect dialect) throws Exception {
    fill(dialect);
    Path file = dir.resolve("events.parquet");
    assertEquals(3, ExportFormat.PARQUET.export(store, EventQuery.unpaged(null, null, true), file));
    List<String> columns = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT * FROM read_parquet('" + file.toString().replace("'", "''") + "') ORDER BY \"date\"")) {
      ResultSetMetaData md = rs.getMetaData();
      for (int i = 1; i <= md.getColumnCount(); i++) {
        columns.add(md.getColumnName(i));
      }
      assertTrue(rs.next());
      assertEquals("m1", rs.getString("id"));
      assertEquals(LocalDate.of(2021, 4, 7), rs.getObject("date", LocalDate.class));
      assertEquals("0421", rs.getString("cameo"), "codes stay strings");
      assertEquals(1.9, rs.getDouble("goldstein"));
      assertEquals(1, rs.getInt("quadClass"));
      assertEquals("RUSGOV", rs.getString("source.code"));
      assertEquals(0, rs.getInt("evidence.source.begin"));
      assertEquals("https://example.org/a1\tx", rs.getString("articleUrl"));
      assertEquals(1, rs.getInt("numMentions"));
      assertEquals(null, rs.getObject("location.lat"));
      assertTrue(rs.next());
      assertEquals("d1", rs.getString("id"));
      assertEquals("negated", rs.getString("status"));
      assertTrue(rs.next());
      assertEquals("c1", rs.getString("id"));
      assertEquals(33.6844, rs.getDouble("location.lat"));
      assertEquals(1176615L, rs.getLong("location.geonameId"));
      assertEquals("IGOUNO", rs.getString("source.code"));
      assertTrue(!rs.next());
    }
    assertEquals(List.copyOf(ParquetExport.COLUMNS.keySet()), columns);
    assertTrue(columns.containsAll(CsvWriter.COLUMNS), "every CSV column is in the Parquet file");
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void textFormatsGoToFilesToo(Dialect dialect) throws Exception {
    fill(dialect);
    Path file = dir.resolve("events.jsonl");
    assertEquals(2, ExportFormat.JSONL.export(store, EventQuery.unpaged(null, null, false), file));
    assertEquals(List.of(Json.line(Json.event(meeting)), Json.line(Json.event(condemnation))),
        Files.readAllLines(file, StandardCharsets.UTF_8));
  }

  private String export(ExportFormat f, EventQuery q) throws Exception {
    StringBuilder out = new StringBuilder();
    f.export(store, q, out);
    return out.toString();
  }

  private static String col(String[] row, String name) {
    return row[GdeltWriter.COLUMNS.indexOf(name)];
  }

  private static String mention(String[] row, String name) {
    return row[GdeltMentionsWriter.COLUMNS.indexOf(name)];
  }

}
