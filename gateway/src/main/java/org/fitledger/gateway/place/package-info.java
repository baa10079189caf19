/**
 * Where the districts lie, for a map without background tiles: {@code GET
 * /api/v1/districts/outlines} outlines each district by the convex hull of its machines, padded by
 * {@value org.fitledger.gateway.place.DistrictOutline#PADDING_METRES} m, as GeoJSON.
 *
 * <p>{@link org.fitledger.gateway.place.ConvexHull} and {@link
 * org.fitledger.gateway.place.DistrictOutline} are pure geometry; the repository holds the SQL.
 */
package org.fitledger.gateway.place;
