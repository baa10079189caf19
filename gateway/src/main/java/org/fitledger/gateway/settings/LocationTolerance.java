package org.fitledger.gateway.settings;

/**
 * The body of {@code PUT /api/v1/settings/location-tolerance}.
 *
 * @param meters how far an inspection's GPS fix may lie from the registered position, 1..10000
 */
record LocationTolerance(Integer meters) {}
