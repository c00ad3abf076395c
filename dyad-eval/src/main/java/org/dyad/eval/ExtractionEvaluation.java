package org.dyad.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.dyad.extract.BadDocumentException;
import org.dyad.extract.Extractor;
import org.dyad.model.Article;
import org.dyad.model.DatePrecision;
import org.dyad.model.RawDocument;

/**
 * Scores main-text and metadata extraction on trafilatura's evaluation set.
 *
 * <p>For a page with extracted text R, tp counts the {@code with} snippets whose {@link #norm}
 * is a case-sensitive substring of norm(R), fp the {@code without} snippets found the same way,
 * fn = |with| - tp; a page with no output has tp = fp = 0. Precision, recall and F1 are
 * micro-averaged. Title and author are right when norm(extracted) equals norm(gold), over the
 * pages with a non-empty gold value (a list of authors reads {@code "A; B"}); the date is right when it is known to the day and its ISO form equals the gold string.
 * A page with no output is wrong on every metadata field it has gold for.
 */
public final class ExtractionEvaluation {
  /** The gold file's name inside the data directory. */
  public static final String GOLD = "bbaw/trafilatura-evaldata.json";

  // Python's idea of white space, which the published figures use: Unicode spaces and \x1c-\x1f.
  private static final Pattern SPACE = Pattern.compile("[\\s\\x1c-\\x1f]+", Pattern.UNICODE_CHARACTER_CLASS);

  /**
   * The scores.
   *
   * @param pages gold entries read
   * @param tp {@code with} snippets found
   * @param fp {@code without} snippets found
   * @param fn {@code with} snippets missed
   * @param title right titles, of {@code titles} pages with a gold title
   * @param author right authors, of {@code authors}
   * @param date right dates, of {@code dates}
   * @param noOutput pages with no output and why
   * @param misses the pages with a snippet missed or kept wrongly, or a wrong title, in the gold file's order
   */
  public record Result(
      int pages, int tp, int fp, int fn, int title, int titles, int author, int authors, int date, int dates,
      List<PageOutcome> noOutput, List<PageMisses> misses) {
    public Result {
      noOutput = List.copyOf(noOutput);
      misses = List.copyOf(misses);
    }

    /** tp / (tp + fp). */
    public double precision() {
      return ratio(tp, tp + fp);
    }

    /** tp / (tp + fn). */
    public double recall() {
      return ratio(tp, tp + fn);
    }

    /** 2tp / (2tp + fp + fn). */
    public double f1() {
      return ratio(2 * tp, 2 * tp + fp + fn);
    }
  }

  private ExtractionEvaluation() {}

  /**
   * Scores {@code extractor} on every page of {@code gold}; a page is {@code pages/cache/FILE}
   * if it exists, else {@code pages/eval/FILE}.
   *
   * @throws IOException when the gold file cannot be read, naming it
   */
  public static Result run(Path gold, Path pages, Extractor extractor) throws IOException {
    JsonNode root = BbawData.readJson(gold);
    int n = 0;
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int[] title = new int[2];
    int[] author = new int[2];
    int[] date = new int[2];
    List<PageOutcome> noOutput = new ArrayList<>();
    List<PageMisses> misses = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      JsonNode g = it.next().getValue();
      n++;
      String file = g.path("file").asText("");
      Path page = BbawData.firstExisting(file, pages.resolve("cache"), pages.resolve("eval"));
      Article a = null;
      if (page == null) {
        noOutput.add(new PageOutcome(file, "no such page in " + pages.resolve("cache") + " or " + pages.resolve("eval")));
      } else {
        try {
          a = extractor.extract(new RawDocument(page.toString(), null, Files.readAllBytes(page), "text/html", null));
        } catch (BadDocumentException e) {
          noOutput.add(new PageOutcome(page.toString(), e.reason()));
        } catch (IOException | RuntimeException | StackOverflowError e) {
          noOutput.add(new PageOutcome(page.toString(), "crashed: " + e));
        }
      }
      String text = a == null ? null : norm(a.text());
      List<String> missed = new ArrayList<>();
      int found = count(g.path("with"), text, missed, false);
      tp += found;
      fn += g.path("with").size() - found;
      List<String> kept = new ArrayList<>();
      fp += count(g.path("without"), text, kept, true);
      String gotTitle = a == null ? null : a.title();
      boolean titleRight = score(title, g.path("title"), gotTitle, true);
      String goldTitle = titleRight ? null : g.path("title").asText("");
      PageMisses m = new PageMisses(page == null ? file : page.toString(), missed, kept, g.path("with").size(),
          goldTitle == null || goldTitle.isEmpty() ? null : goldTitle, gotTitle);
      if (!m.isEmpty()) {
        misses.add(m);
      }
      score(author, g.path("author"), a == null ? null : a.author(), true);
      score(date, g.path("date"), a == null || a.date() == null || a.datePrecision() != DatePrecision.DAY ? null : a.date().toString(), false);
    }
    return new Result(n, tp, fp, fn, title[0], title[1], author[0], author[1], date[0], date[1], noOutput, misses);
  }

  /**
   * A page whose extracted author differs from its gold author.
   *
   * @param file the page file
   * @param gold the gold author, several joined with "; "
   * @param got the extracted author, or null
   */
  public record AuthorMiss(String file, String gold, String got) {}

  /**
   * The pages of {@code gold} with a gold author that {@code extractor} gets wrong, scored as
   * {@link #run} scores them; a page that gives no output is listed with a null author.
   *
   * @throws IOException when the gold file cannot be read, naming it
   */
  public static List<AuthorMiss> authorMisses(Path gold, Path pages, Extractor extractor) throws IOException {
    List<AuthorMiss> out = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = BbawData.readJson(gold).fields(); it.hasNext(); ) {
      JsonNode g = it.next().getValue();
      JsonNode a = g.path("author");
      String want = a.isTextual() ? a.asText() : a.isArray() ? joined(a) : "";
      if (want.isEmpty()) {
        continue;
      }
      Path page = BbawData.firstExisting(g.path("file").asText(""), pages.resolve("cache"), pages.resolve("eval"));
      String got = null;
      if (page != null) {
        try {
          got = extractor.extract(new RawDocument(page.toString(), null, Files.readAllBytes(page), "text/html", null)).author();
        } catch (BadDocumentException | IOException | RuntimeException | StackOverflowError e) {
          // no output: the page is a miss with no author
        }
      }
      if (got == null || !norm(want).equals(norm(got))) {
        out.add(new AuthorMiss(page == null ? g.path("file").asText("") : page.toString(), want, got));
      }
    }
    return out;
  }

  /** Every run of white space replaced by one space, stripped. */
  public static String norm(String s) {
    return SPACE.matcher(s).replaceAll(" ").strip();
  }

  /**
   * The number of {@code snippets} found in {@code text} (none when it is null); each snippet that is
   * found (when {@code listFound}) or not is added to {@code listed}.
   */
  private static int count(JsonNode snippets, String text, List<String> listed, boolean listFound) {
    int c = 0;
    for (JsonNode s : snippets) {
      boolean found = text != null && text.contains(norm(s.asText()));
      if (found) {
        c++;
      }
      if (found == listFound) {
        listed.add(s.asText());
      }
    }
    return c;
  }

  /** Tallies one field; whether it was right, or true when there is no gold value. */
  private static boolean score(int[] tally, JsonNode gold, String got, boolean normalise) {
    String g = gold.isTextual() ? gold.asText() : gold.isArray() ? joined(gold) : "";
    if (g.isEmpty()) {
      return true;
    }
    tally[1]++;
    if (got != null && (normalise ? norm(g).equals(norm(got)) : g.equals(got))) {
      tally[0]++;
      return true;
    }
    return false;
  }

  // Several authors are written as trafilatura writes them.
  private static String joined(JsonNode names) {
    List<String> all = new ArrayList<>();
    names.forEach(n -> all.add(n.asText()));
    return String.join("; ", all);
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }
}
