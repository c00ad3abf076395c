package org.dyad.store.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.dyad.model.Actor;
import org.dyad.model.Article;
import org.dyad.model.DatePrecision;
import org.dyad.model.DateSource;
import org.dyad.model.Event;
import org.dyad.model.EventStatus;
import org.dyad.model.Evidence;
import org.dyad.model.Location;
import org.dyad.model.Span;
import org.dyad.model.ontology.CameoCode;
import org.dyad.model.ontology.CameoCodebook;

/**
 * Synthetic but realistic news for measuring the store, the same for the same seed: articles of a
 * few hundred words from a couple of hundred sites over ten years, each with a handful of coded
 * events between countries and their governments, militaries and others. A few countries make
 * most of the news (the pick is skewed, as in GDELT), cooperation is reported more than conflict,
 * most events are asserted, a third are placed. The words are made up, so no two articles are
 * near-duplicates of each other.
 */
public final class SyntheticCorpus {
  /** Countries in order of how much news they make. */
  public static final List<String> COUNTRIES = List.of(
      "USA", "CHN", "RUS", "GBR", "UKR", "IND", "FRA", "DEU", "ISR", "IRN", "TUR", "PAK", "JPN", "SAU", "KOR",
      "SYR", "IRQ", "AFG", "EGY", "PRK", "BRA", "MEX", "NGA", "ZAF", "ITA", "ESP", "CAN", "AUS", "IDN", "PHL",
      "VNM", "THA", "MYS", "BGD", "LKA", "NPL", "KAZ", "UZB", "AZE", "ARM", "GEO", "BLR", "POL", "HUN", "GRC",
      "SRB", "VEN", "COL", "ARG", "CHL", "CUB", "ETH", "KEN", "SOM", "SDN", "LBY", "YEM", "QAT", "ARE", "JOR");
  /** How strongly the pick leans to the first countries: the index is {@code n * u^SKEW} for uniform u. */
  public static final double SKEW = 2.2;

  private static final String[] SECTORS = {"GOV", "GOV", "GOV", "MIL", "MIL", "BUS", "CVL", "MED", "OPP", "REB", "JUD", "LEG", ""};
  /** How often each CAMEO root (01..20) is reported, roughly as in GDELT: consultations and statements lead. */
  private static final int[] ROOT_WEIGHTS = {10, 5, 6, 20, 10, 3, 3, 3, 2, 3, 8, 3, 3, 3, 1, 2, 5, 5, 5, 1};
  private static final String[] SYLLABLES = {
    "ka", "ro", "mi", "ten", "sa", "lo", "vi", "dar", "nu", "pe", "gal", "to", "ri", "shan", "be", "ko", "la", "mar", "di", "zu"};
  private static final LocalDate FIRST_DAY = LocalDate.of(2015, 1, 1);
  private static final int DAYS = 3652;
  private static final int SITES = 200;

  private final Random random;
  private final long seed;
  private final List<List<CameoCode>> codesByRoot = new ArrayList<>();
  private final String[] vocabulary;
  private int rootTotal;
  private long articles;

  /** A corpus that starts over for each new {@code seed}. */
  public SyntheticCorpus(long seed) {
    this.seed = seed;
    this.random = new Random(seed);
    for (int r = 0; r < 20; r++) {
      codesByRoot.add(new ArrayList<>());
      rootTotal += ROOT_WEIGHTS[r];
    }
    for (CameoCode c : CameoCodebook.standard().all()) {
      int root = Integer.parseInt(c.root());
      if (root >= 1 && root <= 20) {
        codesByRoot.get(root - 1).add(c);
      }
    }
    Random words = new Random(7);
    vocabulary = new String[4000];
    for (int i = 0; i < vocabulary.length; i++) {
      StringBuilder w = new StringBuilder();
      int n = 1 + words.nextInt(3);
      for (int s = 0; s < n; s++) {
        w.append(SYLLABLES[words.nextInt(SYLLABLES.length)]);
      }
      vocabulary[i] = w.toString();
    }
  }

  /** An article and the events coded from it. */
  public record Story(Article article, List<Event> events) {}

  /** The next article, with 1 to 11 events (6 on average). */
  public Story next() {
    long n = articles++;
    String id = String.format(Locale.ROOT, "syn-%d-%08d", seed, n);
    LocalDate day = FIRST_DAY.plusDays(random.nextInt(DAYS));
    int site = (int) (SITES * Math.pow(random.nextDouble(), 1.5));
    StringBuilder text = new StringBuilder();
    filler(text, 3 + random.nextInt(4));
    List<Event> events = new ArrayList<>();
    int count = 1 + random.nextInt(11);
    for (int k = 0; k < count; k++) {
      if (k % 3 == 2) {
        text.append("\n\n");
      }
      events.add(event(id + "-" + k, id, k, day, text));
      filler(text, 1 + random.nextInt(3));
    }
    Article a = new Article(id, "/bench/" + id + ".txt", "https://news" + site + ".example/" + day + "/" + id,
        "Story " + n, text.toString(), null, "News " + site, "en", day, DatePrecision.DAY, DateSource.META, null, List.of(),
        List.of());
    return new Story(a, events);
  }

  private Event event(String id, String articleId, int index, LocalDate day, StringBuilder text) {
    Actor source = actor();
    Actor target = actor();
    while (target.country().equals(source.country()) && random.nextInt(4) > 0) {
      target = actor();
    }
    CameoCode code = code();
    int begin = text.length();
    text.append(source.text()).append(' ');
    int trigger = text.length();
    String verb = word();
    text.append(verb).append(' ');
    int targetBegin = text.length();
    text.append(target.text());
    sentenceTail(text);
    int end = text.length();
    text.append(' ');
    double u = random.nextDouble();
    EventStatus status = u < 0.85 ? EventStatus.ASSERTED : u < 0.9 ? EventStatus.NEGATED : u < 0.94 ? EventStatus.FUTURE
        : u < 0.97 ? EventStatus.HYPOTHETICAL : EventStatus.HISTORICAL;
    Location place = random.nextInt(3) == 0
        ? new Location("Place " + word(), target.country(), -60 + 120 * random.nextDouble(), -180 + 360 * random.nextDouble(),
            (long) (1_000_000 + random.nextInt(9_000_000)))
        : null;
    return new Event(id, articleId, null, text.substring(begin, end), index,
        new Evidence(new Span(begin, end), new Span(begin, begin + source.text().length()),
            new Span(targetBegin, targetBegin + target.text().length()), new Span(trigger, trigger + verb.length()),
            "synthetic"),
        day.minusDays(random.nextInt(3)), DatePrecision.DAY, status, source, target, code.code(), code.quadClass(),
        code.goldstein(), code.ploverType(), code.ploverMode(), place, 0.5 + random.nextInt(50) / 100.0);
  }

  private Actor actor() {
    String country = COUNTRIES.get((int) (COUNTRIES.size() * Math.pow(random.nextDouble(), SKEW)));
    String sector = SECTORS[random.nextInt(SECTORS.length)];
    String name = sector.isEmpty() ? null : "Name " + word();
    String text = name != null ? name : country;
    return new Actor(text, country + sector, country, sector.isEmpty() ? null : sector, null, name, null, null);
  }

  private CameoCode code() {
    int pick = random.nextInt(rootTotal);
    int root = 0;
    while (pick >= ROOT_WEIGHTS[root]) {
      pick -= ROOT_WEIGHTS[root];
      root++;
    }
    List<CameoCode> codes = codesByRoot.get(root);
    return codes.get(random.nextInt(codes.size()));
  }

  private void filler(StringBuilder text, int sentences) {
    for (int s = 0; s < sentences; s++) {
      String first = word();
      text.append(Character.toUpperCase(first.charAt(0))).append(first.substring(1));
      sentenceTail(text);
      text.append(' ');
    }
  }

  private void sentenceTail(StringBuilder text) {
    int words = 8 + random.nextInt(14);
    for (int w = 0; w < words; w++) {
      text.append(' ').append(word());
    }
    text.append('.');
  }

  private String word() {
    return vocabulary[random.nextInt(vocabulary.length)];
  }
}
