package org.dyad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
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
import org.dyad.store.JdbcEventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dyad export --format parquet} and {@code --format mentions} over a DuckDB store. */
class ParquetExportCommandTest {
  private static final String TEXT = "Lavrov met Khan in Islamabad.";

  @TempDir Path dir;

  private String db;

  @BeforeEach
  void fill() throws Exception {
    db = dir.resolve("p.duckdb").toString();
    Actor lavrov = new Actor("Lavrov", "RUSGOV", "RUS", "GOV", null, "Sergey Lavrov", null, null);
    Actor khan = new Actor("Khan", "PAKGOV", "PAK", "GOV", null, "Imran Khan", null, null);
    Article a = new Article("art1", "/corpus/art1.txt", "https://example.org/art1", "Lavrov in Islamabad", TEXT, null, null,
        "en", LocalDate.of(2021, 4, 8), DatePrecision.DAY, DateSource.META, null, List.of(), List.of());
    try (JdbcEventStore store = JdbcEventStore.openDuckDb(Path.of(db))) {
      store.store(a, List.of(
          new Event("e1", "art1", null, TEXT, 0,
              new Evidence(new Span(0, TEXT.length()), new Span(0, 6), new Span(11, 15), new Span(7, 10), "meet-with"),
              LocalDate.of(2021, 4, 7), DatePrecision.DAY, EventStatus.ASSERTED, lavrov, khan, "040", 1, 1.0, "CONSULT", null,
              new Location("Islamabad", "PAK", 33.6844, 73.0479, 1176615L), 0.9)));
    }
  }

  @Test
  void parquetGoesToAFileDuckDbReadsBack() throws Exception {
    Path out = dir.resolve("events.parquet");
    CliRunner r = CliRunner.run("export", "--db", db, "--format", "parquet", "--out", out.toString());
    assertEquals(0, r.exit, r.err);
    assertTrue(r.err.contains("1 events exported"), r.err);
    assertFalse(Files.exists(dir.resolve("events.parquet.part")));
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT id, cameo, \"source.code\", \"location.lat\", articleUrl FROM read_parquet('"
            + out.toString().replace("'", "''") + "')")) {
      assertTrue(rs.next());
      assertEquals("e1", rs.getString(1));
      assertEquals("040", rs.getString(2));
      assertEquals("RUSGOV", rs.getString(3));
      assertEquals(33.6844, rs.getDouble(4));
      assertEquals("https://example.org/art1", rs.getString(5));
      assertFalse(rs.next());
    }
  }

  @Test
  void parquetNeedsAFile() {
    CliRunner r = CliRunner.run("export", "--db", db, "--format", "parquet");
    assertEquals(2, r.exit);
    assertTrue(r.err.contains("--out"), r.err);
  }

  @Test
  void mentionsAreGdeltsSixteenColumns() throws Exception {
    Path out = dir.resolve("mentions.tsv");
    CliRunner r = CliRunner.run("export", "--db", db, "--format", "mentions", "--out", out.toString());
    assertEquals(0, r.exit, r.err);
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertEquals(1, lines.size());
    String[] row = lines.get(0).split("\t", -1);
    assertEquals(16, row.length);
    assertEquals("1", row[3], "MentionType WEB");
    assertEquals("example.org", row[4]);
    assertEquals("https://example.org/art1", row[5]);
    assertEquals("7", row[9], "ActionCharOffset");
    assertEquals(Integer.toString(TEXT.length()), row[12], "MentionDocLen");

    CliRunner gdelt = CliRunner.run("export", "--db", db, "--format", "gdelt");
    assertEquals(row[0], gdelt.out.split("\t", -1)[0], "mentions join events on GLOBALEVENTID");
    assertEquals("PK", gdelt.out.split("\t", -1)[53], "ActionGeo_CountryCode is FIPS");
  }
}
