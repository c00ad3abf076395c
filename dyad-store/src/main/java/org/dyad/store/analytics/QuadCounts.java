package org.dyad.store.analytics;

/**
 * Events counted by QuadClass.
 *
 * @param verbalCooperation QuadClass 1
 * @param materialCooperation QuadClass 2
 * @param verbalConflict QuadClass 3
 * @param materialConflict QuadClass 4
 */
public record QuadCounts(long verbalCooperation, long materialCooperation, long verbalConflict, long materialConflict) {
  public QuadCounts {
    if (verbalCooperation < 0 || materialCooperation < 0 || verbalConflict < 0 || materialConflict < 0) {
      throw new IllegalArgumentException("negative QuadClass count: " + verbalCooperation + ", " + materialCooperation
          + ", " + verbalConflict + ", " + materialConflict);
    }
  }

  /** The count of QuadClass {@code quadClass} (1 to 4). */
  public long of(int quadClass) {
    return switch (quadClass) {
      case 1 -> verbalCooperation;
      case 2 -> materialCooperation;
      case 3 -> verbalConflict;
      case 4 -> materialConflict;
      default -> throw new IllegalArgumentException("no QuadClass " + quadClass + ": use 1 to 4");
    };
  }

  /** All four together. */
  public long total() {
    return verbalCooperation + materialCooperation + verbalConflict + materialConflict;
  }
}
