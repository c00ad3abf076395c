package org.dyad.extract.time;

import java.time.LocalDate;
import org.dyad.model.DatePrecision;

/**
 * A time expression resolved to a calendar date.
 *
 * @param date the date (the first day of the month or year at coarser precision)
 * @param precision how much of {@code date} the text gave
 * @param mention the expression it came from
 */
public record ResolvedTime(LocalDate date, DatePrecision precision, TimeMention mention) {}
