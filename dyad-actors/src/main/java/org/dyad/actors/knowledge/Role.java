package org.dyad.actors.knowledge;

/**
 * A role noun and the agent sector it stands for.
 *
 * @param phrase lowercase words, singular
 * @param sector the sector code (GOV, MIL, ...)
 * @param secondarySector a second sector, or null
 */
public record Role(String phrase, String sector, String secondarySector) {}
