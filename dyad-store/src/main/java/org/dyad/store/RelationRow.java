package org.dyad.store;

import java.time.LocalDate;

/**
 * One period of one direction of a pair's relations.
 *
 * @param period the first day of the period
 * @param source the acting side
 * @param target the side acted upon
 * @param events number of events
 * @param verbalCooperation QuadClass 1 events
 * @param materialCooperation QuadClass 2 events
 * @param verbalConflict QuadClass 3 events
 * @param materialConflict QuadClass 4 events
 * @param goldsteinSum sum of Goldstein values
 */
public record RelationRow(
    LocalDate period,
    String source,
    String target,
    long events,
    long verbalCooperation,
    long materialCooperation,
    long verbalConflict,
    long materialConflict,
    double goldsteinSum) {

  /** Mean Goldstein value per event. */
  public double goldsteinMean() {
    return events == 0 ? 0 : goldsteinSum / events;
  }
}
