package org.dyad.extract.date;

import java.time.LocalDate;
import org.dyad.model.DatePrecision;
import org.dyad.model.DateSource;

/**
 * A publication date and how it was found.
 *
 * @param date the date, or null when none was found
 * @param precision how much of the date is known
 * @param source where it came from
 */
public record DateGuess(LocalDate date, DatePrecision precision, DateSource source) {
  /** No date. */
  public static final DateGuess NONE = new DateGuess(null, DatePrecision.UNKNOWN, DateSource.NONE);
}
