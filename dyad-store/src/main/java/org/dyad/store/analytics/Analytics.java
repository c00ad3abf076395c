package org.dyad.store.analytics;

/**
 * The analytics over stored events: relations normalised by volume, the largest shifts in a
 * period, top actors and pairs, an actor's network, event places. Borrowed from a store and used
 * by the same thread as the store.
 */
public interface Analytics {}
