package org.dyad.eval;

/**
 * A page the extractor gave no output for, or whose file is missing.
 *
 * @param file the page file, or the gold entry's file name when the page is missing
 * @param reason why there is no output
 */
public record PageOutcome(String file, String reason) {}
