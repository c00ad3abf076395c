package org.dyad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dyad code} on several threads prints what one thread prints, in the same order. */
class ParallelCodeTest {
  private static final String SEED = "../examples/corpus/global-village-space-pak-russia.txt";

  @TempDir Path dir;

  @Test
  void twoThreadsPrintExactlyWhatOneThreadPrints() throws Exception {
    Path sentences = dir.resolve("s.jsonl");
    Files.writeString(sentences, """
        {"id":"a","text":"Russia condemned the missile strike on Kyiv.","date":"2022-10-10"}
        {"id":"b","text":"The weather was fine.","date":"2022-10-10"}
        {"id":"c","text":"Pakistan and China signed a trade agreement in Beijing.","date":"2021-05-01"}
        {"id":"d","text":""}
        {"id":"e","text":"India accused Pakistan of sponsoring terrorism.","date":"2019-02-15"}
        """, StandardCharsets.UTF_8);
    Path binary = dir.resolve("bad.html");
    Files.write(binary, new byte[] {0, 1, 2, 3, 0, 0, 0, 5, 6, 7, 0, 0});
    CliRunner one = CliRunner.run("code", "--threads", "1", SEED, binary.toString());
    CliRunner two = CliRunner.run("code", "--threads", "2", SEED, binary.toString());
    assertEquals(1, one.exit, "the binary page fails: " + one.err);
    assertEquals(one.exit, two.exit);
    assertTrue(one.jsonLines().size() >= 10, one.out);
    assertEquals(one.out, two.out);
    assertEquals(one.err, two.err);

    CliRunner s1 = CliRunner.run("code", "--input", "sentences", "--threads", "1", sentences.toString());
    CliRunner s2 = CliRunner.run("code", "--input", "sentences", "--threads", "2", sentences.toString());
    assertEquals(1, s1.exit, "the empty line fails: " + s1.err);
    assertEquals(s1.out, s2.out);
    assertTrue(s1.jsonLines().stream().anyMatch(e -> e.path("inputId").asText().equals("e")), s1.out);
  }

  @Test
  void refusesNoThreads() {
    CliRunner r = CliRunner.run("code", "--threads", "0", SEED);
    assertEquals(2, r.exit);
    assertTrue(r.err.contains("--threads"), r.err);
  }
}
