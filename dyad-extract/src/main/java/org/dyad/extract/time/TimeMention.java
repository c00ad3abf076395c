package org.dyad.extract.time;

import java.time.DayOfWeek;

/**
 * A time expression found in text, not yet resolved against a reference date.
 *
 * @param begin offset of the first character
 * @param end offset after the last character
 * @param kind what shape the expression has
 * @param year the year, when written
 * @param month the month 1..12, when written
 * @param day the day of the month, when written
 * @param weekday the day of the week, when written
 * @param shift for relative expressions, how many units from the reference (-1 = last)
 * @param eraEnd for eras, the year the era ended
 */
public record TimeMention(
    int begin,
    int end,
    Kind kind,
    Integer year,
    Integer month,
    Integer day,
    DayOfWeek weekday,
    int shift,
    Integer eraEnd) {

  /** The shapes of time expression Dyad reads. */
  public enum Kind {
    /** day, month and year: "7 April 2021", "April 7, 2021", "2021-04-07". */
    FULL_DATE,
    /** month and year: "March 2021". */
    MONTH_YEAR,
    /** month and day without a year: "April 16". */
    MONTH_DAY,
    /** a month alone after a preposition: "in March". */
    MONTH,
    /** a year after a preposition, or a decade: "in 1979", "the 1980s". */
    YEAR,
    /** a weekday: "on Wednesday", "last Friday". */
    WEEKDAY,
    /** today, yesterday, tomorrow, N days ago. */
    RELATIVE_DAY,
    /** last week, next week, this week. */
    RELATIVE_WEEK,
    /** last month, next month, this month. */
    RELATIVE_MONTH,
    /** last year, next year, N years ago. */
    RELATIVE_YEAR,
    /** a named period of history: "the cold war". */
    ERA
  }

  /** True for expressions that name a year themselves. */
  public boolean hasYear() {
    return year != null;
  }
}
