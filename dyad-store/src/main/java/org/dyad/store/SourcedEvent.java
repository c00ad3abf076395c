package org.dyad.store;

import java.time.Instant;
import org.dyad.model.Event;

/**
 * An event with what exports need from its article.
 *
 * @param event the event
 * @param articleUrl the article's URL, else the file it was read from; may be null
 * @param ingestedAt when its article was stored
 * @param leadParagraph whether its sentence starts in the article's first paragraph
 * @param numMentions reports of the event's cluster so far (1 for an undated event)
 * @param numSources distinct sources of those reports
 * @param numArticles distinct articles of those reports
 * @param articleSite the article's site name, or null
 * @param articleLength the length of the article's text, in characters
 */
public record SourcedEvent(
    Event event, String articleUrl, Instant ingestedAt, boolean leadParagraph, int numMentions, int numSources,
    int numArticles, String articleSite, int articleLength) {}
