package org.dyad.model;

/**
 * Where an event happened.
 *
 * @param name the place name
 * @param country ISO 3166-1 alpha-3 of the place
 * @param lat latitude, or null
 * @param lon longitude, or null
 * @param geonameId GeoNames id, or null
 */
public record Location(String name, String country, Double lat, Double lon, Long geonameId) {}
