package org.dyad.store;

import java.time.LocalDate;
import java.util.List;

/**
 * What the store knows of one country or actor, from its asserted events.
 *
 * @param code the country code ("RUS") or actor code ("RUSGOV") asked about
 * @param events asserted events with the actor on either side
 * @param asSource of which the actor acted
 * @param asTarget of which the actor was acted upon
 * @param first the earliest event date, or null
 * @param last the latest event date, or null
 * @param counterparts the other sides it dealt with most, most events first
 */
public record ActorProfile(
    String code, long events, long asSource, long asTarget, LocalDate first, LocalDate last, List<Counterpart> counterparts) {
  public ActorProfile {
    counterparts = List.copyOf(counterparts);
  }
}
