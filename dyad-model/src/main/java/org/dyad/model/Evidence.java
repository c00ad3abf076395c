package org.dyad.model;

/**
 * Where an event was read: offsets into the article text of its parts, and the rule that read it.
 *
 * @param sentence the sentence's span
 * @param source the source mention's span, or null
 * @param target the target mention's span, or null
 * @param trigger the trigger word's span
 * @param patternId the id of the pattern that fired
 */
public record Evidence(Span sentence, Span source, Span target, Span trigger, String patternId) {}
