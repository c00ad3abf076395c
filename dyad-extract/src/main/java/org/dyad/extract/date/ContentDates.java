package org.dyad.extract.date;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.dyad.extract.time.TimeExpressions;
import org.dyad.extract.time.TimeMention;
import org.dyad.model.DatePrecision;
import org.dyad.model.DateSource;

/**
 * Infers when an article was written from the time expressions of its own text.
 *
 * <p>The latest year the text names gives the year. Within it, each expression narrows the
 * window: a month named in a past clause ("in March") is before publication, a day named in a
 * future clause ("will begin on April 16") after it, "last month" next to a named month puts
 * publication in the month after, and a weekday of a past clause ("on Wednesday") picks the
 * first such day in the window. A constraint that would empty the window is ignored.
 *
 * <p>A stand-alone masthead date (often the day the page was scraped) is used only when the
 * content does not contradict it: when the text names no year later than two years before it
 * and no future day lies implausibly far ahead of it.
 */
public final class ContentDates {
  private static final Pattern FUTURE =
      Pattern.compile(
          "\\b(will|shall|upcoming|scheduled|slated|set to|due to|expected to|plans? to|planning to|"
              + "to be held|is to|are to|next)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])[\"'”’]?\\s+(?=[\"'“‘(]?[A-Z0-9])");
  private static final int FUTURE_HORIZON_DAYS = 120;

  private final TimeExpressions times = TimeExpressions.standard();

  private record Clue(TimeMention mention, boolean future, String before) {}

  /**
   * The publication date of {@code text}.
   *
   * @param masthead a stand-alone date from the page chrome, or null
   * @param fetchDate when the page was fetched, an upper bound, or null
   */
  public DateGuess infer(String text, LocalDate masthead, LocalDate fetchDate) {
    List<Clue> clues = clues(text);
    LocalDate upper = earliest(masthead, fetchDate);
    List<Integer> years = new ArrayList<>();
    for (Clue c : clues) {
      TimeMention m = c.mention();
      boolean explicit =
          m.kind() == TimeMention.Kind.FULL_DATE
              || m.kind() == TimeMention.Kind.MONTH_YEAR
              || (m.kind() == TimeMention.Kind.YEAR && m.eraEnd() == null);
      if (explicit && (upper == null || m.year() <= upper.getYear())) {
        years.add(m.year());
      }
    }
    if (masthead != null && !contradicts(clues, years, masthead)) {
      return new DateGuess(masthead, DatePrecision.DAY, DateSource.MASTHEAD);
    }
    if (years.isEmpty()) {
      return DateGuess.NONE;
    }
    int year = years.stream().mapToInt(Integer::intValue).max().orElseThrow();
    return narrow(clues, year, upper);
  }

  private static LocalDate earliest(LocalDate a, LocalDate b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    return a.isBefore(b) ? a : b;
  }

  private List<Clue> clues(String text) {
    List<Clue> out = new ArrayList<>();
    for (String sentence : SENTENCE_END.split(text)) {
      boolean future = FUTURE.matcher(sentence).find();
      for (TimeMention m : times.find(sentence)) {
        String before = sentence.substring(Math.max(0, m.begin() - 12), m.begin()).toLowerCase(Locale.ROOT);
        out.add(new Clue(m, future, before));
      }
    }
    return out;
  }

  private static boolean contradicts(List<Clue> clues, List<Integer> years, LocalDate masthead) {
    if (!years.isEmpty() && years.stream().mapToInt(Integer::intValue).max().orElseThrow() + 2 <= masthead.getYear()) {
      return true;
    }
    for (Clue c : clues) {
      if (c.future() && c.mention().kind() == TimeMention.Kind.MONTH_DAY) {
        var r = TimeExpressions.resolve(c.mention(), masthead, true);
        if (r != null && r.date().isAfter(masthead.plusDays(FUTURE_HORIZON_DAYS))) {
          return true;
        }
      }
    }
    return false;
  }

  private static DateGuess narrow(List<Clue> clues, int year, LocalDate upper) {
    LocalDate lo = LocalDate.of(year, 1, 1);
    LocalDate hi = LocalDate.of(year, 12, 31);
    if (upper != null && upper.isBefore(hi)) {
      hi = upper;
    }
    for (Clue c : clues) {
      TimeMention m = c.mention();
      LocalDate day = dayIn(m, year);
      if (c.future() && day != null) {
        LocalDate nhi = day.minusDays(1);
        LocalDate nlo = day.minusDays(FUTURE_HORIZON_DAYS);
        if (!nhi.isBefore(lo) && !nlo.isAfter(hi)) {
          hi = min(hi, nhi);
          lo = max(lo, nlo);
        }
      }
    }
    Integer lastPastMonth = null;
    for (Clue c : clues) {
      TimeMention m = c.mention();
      if (c.future() || isDeadline(c.before())) {
        continue;
      }
      LocalDate floor = null;
      if (m.kind() == TimeMention.Kind.MONTH) {
        floor = LocalDate.of(year, m.month(), 1);
      } else if (m.kind() == TimeMention.Kind.FULL_DATE && m.year() == year) {
        floor = dayIn(m, year);
      }
      if (floor != null && !floor.isAfter(hi)) {
        lo = max(lo, floor);
        if (m.kind() == TimeMention.Kind.MONTH && (lastPastMonth == null || m.month() > lastPastMonth)) {
          lastPastMonth = m.month();
        }
      }
    }
    boolean lastMonth =
        clues.stream()
            .anyMatch(c -> !c.future() && c.mention().kind() == TimeMention.Kind.RELATIVE_MONTH && c.mention().shift() == -1);
    if (lastMonth && lastPastMonth != null && lastPastMonth < 12) {
      YearMonth next = YearMonth.of(year, lastPastMonth + 1);
      LocalDate nlo = max(lo, next.atDay(1));
      LocalDate nhi = min(hi, next.atEndOfMonth());
      if (!nlo.isAfter(nhi)) {
        lo = nlo;
        hi = nhi;
      }
    }
    for (Clue c : clues) {
      TimeMention m = c.mention();
      if (!c.future() && m.kind() == TimeMention.Kind.WEEKDAY && m.shift() == 0) {
        for (LocalDate d = lo; !d.isAfter(hi) && d.isBefore(lo.plusDays(7)); d = d.plusDays(1)) {
          if (d.getDayOfWeek() == m.weekday() && YearMonth.from(lo).equals(YearMonth.from(hi))) {
            return new DateGuess(d, DatePrecision.DAY, DateSource.INFERRED);
          }
        }
      }
    }
    if (YearMonth.from(lo).equals(YearMonth.from(hi))) {
      return new DateGuess(lo.withDayOfMonth(1), DatePrecision.MONTH, DateSource.INFERRED);
    }
    return new DateGuess(LocalDate.of(year, 1, 1), DatePrecision.YEAR, DateSource.INFERRED);
  }

  private static boolean isDeadline(String before) {
    return before.matches(".*\\b(before|by|until|till|deadline of|no later than)\\s*$");
  }

  private static LocalDate dayIn(TimeMention m, int year) {
    try {
      if (m.kind() == TimeMention.Kind.MONTH_DAY) {
        return LocalDate.of(year, m.month(), m.day());
      }
      if (m.kind() == TimeMention.Kind.FULL_DATE && m.year() == year) {
        return LocalDate.of(year, m.month(), m.day());
      }
    } catch (java.time.DateTimeException e) {
      return null;
    }
    return null;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}
