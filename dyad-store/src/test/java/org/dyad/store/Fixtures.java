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
}
