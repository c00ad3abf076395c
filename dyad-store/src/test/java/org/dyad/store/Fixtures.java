package org.dyad.store;

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

/** Articles and events built by hand, holding only what the store keeps so they read back equal. */
public final class Fixtures {
  /** Two paragraphs: the lead one is the first 42 characters. */
  public static final String TEXT =
      "Lavrov met Khan in Islamabad on Wednesday.\n\nRussia later criticised Pakistan, and India was not invited.";

  /** A story long enough (a few hundred words, like a news report) to be compared with its copies. */
  public static final String STORY = String.join(" ",
      "Russian Foreign Minister Sergey Lavrov on Wednesday wrapped up a two-day visit to Pakistan, the first by a",
      "Russian foreign minister in almost a decade. He met the prime minister and the army chief and discussed",
      "trade, energy, a gas pipeline and cooperation against terrorism. Both sides said they wanted a political",
      "settlement in Afghanistan and closer ties in defence and the economy in the years ahead.",
      "Officials in Islamabad described the talks as warm and productive, and said a joint commission on trade",
      "would meet before the end of the year to prepare agreements on energy, rail links and agriculture.",
      "The two governments also agreed to hold regular consultations on regional security, with a first round",
      "planned in Moscow in the summer, and to expand military training exchanges that began in recent years.",
      "Analysts said the visit reflected a slow warming of relations that were strained for much of the cold war,",
      "when the two countries stood on opposite sides of the conflict in Afghanistan. Since then, trade has grown",
      "modestly, but remains small compared with either country's trade with its largest partners in Asia.",
      "The pipeline project, first proposed several years ago, has been delayed by financing questions and by",
      "sanctions on Russian companies, according to people familiar with the negotiations, who said a revised",
      "agreement on ownership and tariffs could be signed later this year if the remaining issues are settled.",
      "At a joint news conference, the ministers also called for an end to the violence in Afghanistan and urged",
      "all parties to take part in talks on a lasting ceasefire and a power-sharing arrangement acceptable to all.",
      "They said regional countries had a responsibility to support the process and to prevent the spread of",
      "extremism and drug trafficking across their borders, which both governments described as shared threats.");

  private Fixtures() {}

  public static Article article(String id, String url) {
    return new Article(id, "/corpus/" + id + ".txt", url, "Lavrov in Islamabad", TEXT, "A. Writer", "Global Village",
        "en", LocalDate.of(2021, 4, 8), DatePrecision.DAY, DateSource.META, null, List.of(), List.of());
  }

  public static Actor actor(String code, String country, String sector, String name) {
    return new Actor(name == null ? country : name, code, country, sector, null, name, null, null);
  }

  /** An event in the lead sentence (offset 0) or the second paragraph (offset 44). */
  public static Event event(String id, String articleId, LocalDate date, EventStatus status, Actor source, Actor target,
      String cameo, int quad, double goldstein, boolean lead, Location location) {
    int begin = lead ? 0 : 44;
    int end = lead ? 42 : TEXT.length();
    return new Event(id, articleId, null, TEXT.substring(begin, end), lead ? 0 : 1,
        new Evidence(new Span(begin, end), new Span(begin, begin + 6), new Span(begin + 11, begin + 15),
            new Span(begin + 7, begin + 10), "meet-with"),
        date, DatePrecision.DAY, status, source, target, cameo, quad, goldstein, "CONSULT", null, location, 0.9);
  }

  public static final Actor LAVROV = actor("RUSGOV", "RUS", "GOV", "Sergey Lavrov");
  public static final Actor KHAN = actor("PAKGOV", "PAK", "GOV", "Imran Khan");
  public static final Actor PAKMIL = actor("PAKMIL", "PAK", "MIL", null);
  public static final Actor INDIA = actor("IND", "IND", null, null);
  public static final Actor UN = actor("IGOUNO", "IGO", "IGO", "United Nations");
  public static final Location ISLAMABAD = new Location("Islamabad", "PAK", 33.6844, 73.0479, 1176615L);
}
