package org.dyad.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dyad.extract.ArticleExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DateEvaluationTest {
  @TempDir Path dir;

  private void page(String sub, String name, String date) throws Exception {
    Files.createDirectories(dir.resolve(sub));
    Files.writeString(
        dir.resolve(sub).resolve(name),
        "<html><head><meta property=\"article:published_time\" content=\"" + date + "\"></head>"
            + "<body><article><p>The envoy arrived in the capital for two days of talks.</p></article></body></html>");
  }

  @Test
  void countsDayExactDatesOverAllPages() throws Exception {
    page("test_set", "d1.html", "2020-01-02");
    page("eval", "d1.html", "1999-09-09");
    page("cache", "d2.html", "2019-03-04");
    page("eval", "d3.html", "2018-01-01");
    Path first = dir.resolve("one.json");
    Path second = dir.resolve("two.json");
    Files.writeString(first, """
        {"u1": {"file": "d1.html", "date": "2020-01-02"}, "u2": {"file": "d2.html", "date": "2019-03-05"}}
        """);
    Files.writeString(second, """
        {"u3": {"file": "d3.html", "date": NaN}, "u4": {"file": "d4.html", "date": "2017-07-07"}}
        """);

    DateEvaluation.Result r = DateEvaluation.run(List.of(first, second), dir, new ArticleExtractor());

    assertEquals(4, r.pages());
    assertEquals(1, r.right());
    assertEquals(3, r.dated());
    assertEquals(0.25, r.accuracy(), 1e-9);
    assertEquals(1, r.noOutput().size());
    assertEquals("d4.html", r.noOutput().get(0).file());
    assertEquals(List.of("2019-03-05 got 2019-03-04 META", "NaN got 2018-01-01 META"),
        r.misses().stream().map(m -> m.gold() + " got " + m.date() + " " + m.source()).toList());
  }
}
