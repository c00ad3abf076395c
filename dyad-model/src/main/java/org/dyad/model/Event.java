package org.dyad.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One coded event with its evidence.
 *
 * @param id deterministic id: the same input codes to the same id
 * @param articleId the article it was read from, or null for sentence input
 * @param inputId the caller's id for sentence input, else null
 * @param sentence the sentence text
 * @param sentenceIndex the sentence's position in its article
 * @param evidence offsets of source, target and trigger
 * @param date when it happened, or null when unknown
 * @param datePrecision how precisely {@code date} is known
 * @param status asserted, negated, hypothetical, future or historical
 * @param source who acted, or null when the text does not say
 * @param target who was acted upon, or null
 * @param cameo the full CAMEO code, e.g. {@code "042"}
 * @param quadClass 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
 * @param goldstein the Goldstein value of the code
 * @param ploverType the PLOVER event type, or null where PLOVER has none
 * @param ploverMode the PLOVER mode, or null
 * @param location where it happened, or null
 * @param confidence 0 to 1
 */
public record Event(
    String id,
    String articleId,
    String inputId,
    String sentence,
    int sentenceIndex,
    Evidence evidence,
    LocalDate date,
    DatePrecision datePrecision,
    EventStatus status,
    Actor source,
    Actor target,
    String cameo,
    int quadClass,
    double goldstein,
    String ploverType,
    String ploverMode,
    Location location,
    double confidence) {
  public Event {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(datePrecision, "datePrecision");
    if (cameo == null || !cameo.matches("\\d{2,4}")) {
      throw new IllegalArgumentException("bad CAMEO code '" + cameo + "' for event " + id);
    }
    if (quadClass < 1 || quadClass > 4) {
      throw new IllegalArgumentException("bad QuadClass " + quadClass + " for event " + id);
    }
    if (confidence < 0 || confidence > 1) {
      throw new IllegalArgumentException("confidence " + confidence + " outside 0..1 for " + id);
    }
    if (source == null && target == null) {
      throw new IllegalArgumentException("event " + id + " has neither source nor target");
    }
  }

  /** The two-digit CAMEO root. */
  public String cameoRoot() {
    return cameo.substring(0, 2);
  }
}
