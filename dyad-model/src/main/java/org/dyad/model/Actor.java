package org.dyad.model;

/**
 * A resolved actor: who a mention refers to, in CAMEO style.
 *
 * @param text the mention as written
 * @param code the CAMEO-style code, country then sector: {@code RUSGOV}, {@code PAKMIL}, {@code AFGINS}
 * @param country ISO 3166-1 alpha-3, or a CAMEO code for IGOs and historical states
 * @param sector the agent sector (GOV, MIL, INS, ...) or null for the state as a whole
 * @param secondarySector a second sector where one applies, else null
 * @param name canonical name of a known entity, else null
 * @param wikipedia English Wikipedia title of a known entity, else null
 * @param wikidata Wikidata QID where known, else null
 */
public record Actor(
    String text,
    String code,
    String country,
    String sector,
    String secondarySector,
    String name,
    String wikipedia,
    String wikidata) {
  public Actor {
    if (code == null || code.isBlank()) {
      throw new IllegalArgumentException("actor '" + text + "' has no code");
    }
  }

  /** The same actor as written differently. */
  public Actor withText(String newText) {
    return new Actor(newText, code, country, sector, secondarySector, name, wikipedia, wikidata);
  }

  /** What makes two actors the same participant: the named entity, else the code. */
  public String identity() {
    return name != null ? code + "/" + name : code;
  }
}
