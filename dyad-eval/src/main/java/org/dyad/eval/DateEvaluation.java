package org.dyad.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.dyad.extract.BadDocumentException;
import org.dyad.extract.Extractor;
import org.dyad.model.Article;
import org.dyad.model.DatePrecision;
import org.dyad.model.DateSource;
import org.dyad.model.RawDocument;

/**
 * Scores publication dates on htmldate's evaluation set: day-exact accuracy over all pages. A
 * page is right when the extractor gives a date known to the day whose ISO form equals the gold
 * string; no output, a coarser date and a gold date that is not a string ({@code NaN}) are
 * wrong. The page's URL is not given to the extractor.
 */
public final class DateEvaluation {
  /** The gold files inside the data directory. */
  public static final List<String> GOLD =
      List.of("bbaw/htmldate-eval_default.json", "bbaw/htmldate-eval_mediacloud_2020.json");

  /**
   * The scores.
   *
   * @param pages gold entries read
   * @param right pages dated right to the day
   * @param dated pages the extractor gave a day-precise date for
   * @param noOutput pages with no output and why
   * @param misses pages with output that is not the gold day
   */
  public record Result(int pages, int right, int dated, List<PageOutcome> noOutput, List<Miss> misses) {
    public Result {
      noOutput = List.copyOf(noOutput);
      misses = List.copyOf(misses);
    }

    /** right / pages. */
    public double accuracy() {
      return pages == 0 ? 0 : (double) right / pages;
    }
  }

  /**
   * A page dated wrong, or not to the day.
   *
   * @param file the page file
   * @param gold the gold date as given ({@code NaN} when there is none)
   * @param date the date Dyad gave, or null
   * @param precision its precision, or null
   * @param source where Dyad read it, or null
   */
  public record Miss(String file, String gold, String date, DatePrecision precision, DateSource source) {}

  private DateEvaluation() {}

  /**
   * Scores {@code extractor} on every page of the {@code gold} files; a page is the first of
   * {@code pages/test_set/FILE}, {@code pages/cache/FILE}, {@code pages/eval/FILE} that exists.
   *
   * @throws IOException when a gold file cannot be read, naming it
   */
  public static Result run(List<Path> gold, Path pages, Extractor extractor) throws IOException {
    int n = 0;
    int right = 0;
    int dated = 0;
    List<PageOutcome> noOutput = new ArrayList<>();
    List<Miss> misses = new ArrayList<>();
    Path[] dirs = {pages.resolve("test_set"), pages.resolve("cache"), pages.resolve("eval")};
    for (Path g : gold) {
      for (Iterator<Map.Entry<String, JsonNode>> it = BbawData.readJson(g).fields(); it.hasNext(); ) {
        JsonNode e = it.next().getValue();
        n++;
        String file = e.path("file").asText("");
        Path page = BbawData.firstExisting(file, dirs);
        if (page == null) {
          noOutput.add(new PageOutcome(file, "no such page in " + pages + "/{test_set,cache,eval}"));
          continue;
        }
        Article a;
        try {
          a = extractor.extract(new RawDocument(page.toString(), null, Files.readAllBytes(page), "text/html", null));
        } catch (BadDocumentException ex) {
          noOutput.add(new PageOutcome(page.toString(), ex.reason()));
          continue;
        } catch (IOException | RuntimeException | StackOverflowError ex) {
          noOutput.add(new PageOutcome(page.toString(), "crashed: " + ex));
          continue;
        }
        JsonNode want = e.path("date");
        boolean day = a.date() != null && a.datePrecision() == DatePrecision.DAY;
        if (day) {
          dated++;
        }
        if (day && want.isTextual() && want.asText().equals(a.date().toString())) {
          right++;
        } else {
          misses.add(new Miss(page.toString(), want.isTextual() ? want.asText() : "NaN",
              a.date() == null ? null : a.date().toString(), a.datePrecision(), a.dateSource()));
        }
      }
    }
    return new Result(n, right, dated, noOutput, misses);
  }
}
