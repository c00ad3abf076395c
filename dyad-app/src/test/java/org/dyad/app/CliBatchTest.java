package org.dyad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input is reported with its file and reason, the rest of the batch goes on, and the exit code says so. */
class CliBatchTest {
  @TempDir Path dir;

  @Test
  void badInputsAreReportedAndTheBatchGoesOn() throws Exception {
    Path good = dir.resolve("good.txt");
    Files.writeString(good, "Iran and Iraq\n\nIranian Foreign Minister Abbas Araghchi met Iraqi officials in Baghdad on Monday.\n");
    Path empty = Files.createFile(dir.resolve("empty.txt"));
    Path binary = dir.resolve("image.bin");
    Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
    Path latin1 = dir.resolve("latin1.txt");
    Files.write(latin1, "Le ministre français a rencontré son homologue.".getBytes(StandardCharsets.ISO_8859_1));
    Path big = dir.resolve("big.txt");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(50L * 1024 * 1024);
    }
    Path missing = dir.resolve("missing.txt");

    CliRunner r = CliRunner.run("extract", empty.toString(), binary.toString(), good.toString(), latin1.toString(),
        big.toString(), missing.toString());

    assertEquals(1, r.exit, r.err);
    List<JsonNode> articles = r.jsonLines();
    assertEquals(1, articles.size(), r.out);
    assertEquals(good.toString(), articles.get(0).path("file").asText());
    assertTrue(r.err.contains(empty + ": is empty"), r.err);
    assertTrue(r.err.contains(binary + ": is a PNG image, not a text or HTML page"), r.err);
    assertTrue(r.err.contains(latin1 + ": is not valid UTF-8 (byte 0xE7 at offset 16)"), r.err);
    // 50 MB of zero bytes: cut to the limit, then refused for what it is
    assertTrue(r.err.contains(big + ": is binary (it contains NUL bytes), not a text or HTML page"), r.err);
    assertTrue(r.err.contains(missing + ": no such file or directory"), r.err);
  }

  @Test
  void readsStandardInput() throws Exception {
    java.io.InputStream saved = System.in;
    try {
      System.setIn(new java.io.ByteArrayInputStream(
          "Talks in Doha\n\nQatari officials hosted Afghan and American envoys in Doha on Tuesday.\n".getBytes(StandardCharsets.UTF_8)));
      CliRunner r = CliRunner.run("extract", "-");
      assertEquals(0, r.exit, r.err);
      JsonNode a = r.jsonLines().get(0);
      assertEquals("-", a.path("file").asText());
      assertEquals("Talks in Doha", a.path("title").asText());
      assertTrue(a.path("text").asText().startsWith("Qatari officials hosted"));
    } finally {
      System.setIn(saved);
    }
  }

  @Test
  void aCleanBatchExitsZero() throws Exception {
    Path good = dir.resolve("good.txt");
    Files.writeString(good, "Japan and Korea\n\nJapanese officials met South Korean diplomats in Tokyo on Friday.\n");
    assertEquals(0, CliRunner.run("extract", good.toString()).exit);
  }

  @Test
  void badUsageExitsTwo() {
    assertEquals(2, CliRunner.run("no-such-command").exit);
    assertEquals(2, CliRunner.run("code", "--date", "yesterday", "x.txt").exit);
    assertEquals(2, CliRunner.run("extract").exit);
  }

  @Test
  void actorContract() throws Exception {
    CliRunner r = CliRunner.run("actor", "Russian Foreign Minister Sergey Lavrov", "--date", "2021-04-07");
    assertEquals(0, r.exit, r.err);
    JsonNode a = r.jsonLines().get(0);
    assertEquals("RUSGOV", a.path("code").asText());
    assertEquals("RUS", a.path("country").asText());
    assertEquals("GOV", a.path("sector").asText());
    assertEquals("Sergey Lavrov", a.path("name").asText());
  }

  @Test
  void actorBatchCarriesInputIds() throws Exception {
    Path in = dir.resolve("actors.jsonl");
    Files.writeString(in, "{\"id\":\"a1\",\"text\":\"the Kremlin\",\"date\":\"2021-04-07\"}\nnot json\n{\"id\":\"a2\",\"text\":\"Pakistani troops\"}\n");
    CliRunner r = CliRunner.run("actor", "--input", "jsonl", in.toString());
    assertEquals(1, r.exit, "the bad line is reported");
    List<JsonNode> rows = r.jsonLines();
    assertEquals(2, rows.size());
    assertEquals("a1", rows.get(0).path("inputId").asText());
    assertEquals("RUSGOV", rows.get(0).path("code").asText());
    assertEquals("PAKMIL", rows.get(1).path("code").asText());
    assertTrue(r.err.contains(in + ":2: is not a valid JSON actor line"), r.err);
  }

  @Test
  void sentenceInputCarriesInputIds() throws Exception {
    Path in = dir.resolve("sentences.jsonl");
    Files.writeString(in, "{\"id\":\"s1\",\"text\":\"Russian Foreign Minister Sergey Lavrov visited Islamabad on Tuesday.\",\"date\":\"2021-04-08\"}\n");
    CliRunner r = CliRunner.run("code", "--input", "sentences", in.toString());
    assertEquals(0, r.exit, r.err);
    JsonNode e = r.jsonLines().get(0);
    assertEquals("s1", e.path("inputId").asText());
    assertEquals("042", e.path("cameo").asText());
    assertEquals("2021-04-06", e.path("date").asText());
    assertEquals("RUSGOV", e.path("source").path("code").asText());
  }
}
