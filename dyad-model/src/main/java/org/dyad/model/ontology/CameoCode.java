package org.dyad.model.ontology;

/**
 * One CAMEO event code with its scales.
 *
 * @param code the code as a string with leading zeros
 * @param name the CAMEO name
 * @param goldstein the Goldstein conflict-cooperation value (-10..10)
 * @param quadClass GDELT's QuadClass, 1..4
 * @param ploverType the PLOVER 2 event type, or null where PLOVER dropped the category
 * @param ploverMode the PLOVER mode, or null
 * @param ploverContext the PLOVER context, or null
 */
public record CameoCode(
    String code,
    String name,
    double goldstein,
    int quadClass,
    String ploverType,
    String ploverMode,
    String ploverContext) {
  public CameoCode {
    if (code == null || !code.matches("\\d{2,4}")) {
      throw new IllegalArgumentException("bad CAMEO code '" + code + "'");
    }
    if (goldstein < -10 || goldstein > 10) {
      throw new IllegalArgumentException("Goldstein " + goldstein + " of " + code + " outside -10..10");
    }
    if (quadClass < 1 || quadClass > 4) {
      throw new IllegalArgumentException("QuadClass " + quadClass + " of " + code + " outside 1..4");
    }
  }

  /** The two-digit root. */
  public String root() {
    return code.substring(0, 2);
  }
}
