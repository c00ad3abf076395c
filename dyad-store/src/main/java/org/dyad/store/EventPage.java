package org.dyad.store;

import java.util.List;
import org.dyad.model.Event;

/**
 * One page of the events matching a query, and how many match in all, read from one snapshot of
 * the store so that the two agree even while articles are being stored.
 *
 * @param events the page, in listing order
 * @param total how many events match the query, ignoring its limit and offset
 */
public record EventPage(List<Event> events, long total) {
  public EventPage {
    events = List.copyOf(events);
  }
}
