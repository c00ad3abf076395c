package org.dyad.store.analytics;

import java.util.Objects;
import org.dyad.store.RelationRow;

/**
 * One period of one direction of a pair's relations, beside the volume of all news in that period,
 * so that a week with twice the news does not read as a week of twice the relations.
 *
 * @param row the pair's counts and Goldstein total in the period
 * @param periodEvents asserted events of every pair in the whole store in the same period
 */
public record NormalisedRelation(RelationRow row, long periodEvents) {
  public NormalisedRelation {
    Objects.requireNonNull(row, "row");
    if (periodEvents < row.events()) {
      throw new IllegalArgumentException("the period " + row.period() + " holds " + periodEvents
          + " events in all, fewer than the pair's " + row.events());
    }
  }

  /** The pair's share of all events in the period. */
  public double eventsShare() {
    return share(row.events());
  }

  /** QuadClass 1 events as a share of all events in the period. */
  public double verbalCooperationShare() {
    return share(row.verbalCooperation());
  }

  /** QuadClass 2 events as a share of all events in the period. */
  public double materialCooperationShare() {
    return share(row.materialCooperation());
  }

  /** QuadClass 3 events as a share of all events in the period. */
  public double verbalConflictShare() {
    return share(row.verbalConflict());
  }

  /** QuadClass 4 events as a share of all events in the period. */
  public double materialConflictShare() {
    return share(row.materialConflict());
  }

  private double share(long n) {
    return periodEvents == 0 ? 0 : (double) n / periodEvents;
  }
}
