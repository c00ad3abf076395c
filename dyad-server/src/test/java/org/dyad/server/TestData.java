package org.dyad.server;

import java.time.LocalDate;
import java.util.List;
import org.dyad.model.Actor;
import org.dyad.model.Article;
import org.dyad.model.DatePrecision;
import org.dyad.model.DateSource;
import org.dyad.model.Event;
import org.dyad.model.EventStatus;
import org.dyad.model.Evidence;
import org.dyad.model.Span;

/** Articles and events built by hand: the server's tests need no NLP. */
final class TestData {
  static final String TEXT = "Lavrov met Khan in Islamabad.";
  static final Actor LAVROV = new Actor("Lavrov", "RUSGOV", "RUS", "GOV", null, "Sergey Lavrov", null, null);
  static final Actor KHAN = new Actor("Khan", "PAKGOV", "PAK", "GOV", null, "Imran Khan", null, null);
  static final Actor MODI = new Actor("Modi", "INDGOV", "IND", "GOV", null, "Narendra Modi", null, null);
  static final Actor BIDEN = new Actor("Biden", "USAGOV", "USA", "GOV", null, "Joe Biden", null, null);

  private TestData() {}

  static Article article(String id, String text, LocalDate date) {
    return article(id, text, date, "https://example.org/" + id);
  }

  static Article article(String id, String text, LocalDate date, String url) {
    return new Article(id, "/corpus/" + id, url, "Title <b>" + id + "</b>", text, null, "Example",
        "en", date, DatePrecision.DAY, DateSource.GIVEN, null, List.of(), List.of());
  }

  /** A meeting whose evidence points at "Lavrov", "Khan" and "met" in {@link #TEXT}. */
  static Event meeting(String id, String articleId, LocalDate date, EventStatus status, Actor source, Actor target) {
    return new Event(id, articleId, null, TEXT, 0,
        new Evidence(new Span(0, TEXT.length()), new Span(0, 6), new Span(11, 15), new Span(7, 10), "meet-with"),
        date, DatePrecision.DAY, status, source, target, "040", 1, 1.0, "CONSULT", null, null, 0.9);
  }
}
