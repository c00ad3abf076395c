package org.dyad.actors.knowledge;

/**
 * A role noun and the agent sector it stands for.
 *
 * @param phrase lowercase words, singular
 * @param sector the sector code (GOV, MIL, ...)
 * @param secondarySector a second sector, or null
 * @param office the code of the one country or organisation whose unique office the phrase names
 *     ("pope": VAT), or null for a role any country may have
 */
public record Role(String phrase, String sector, String secondarySector, String office) {}
