package org.fitledger.gateway.settings;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The body of {@code PUT /api/v1/settings/location-tolerance}.
 *
 * @param meters how far an inspection's GPS fix may lie from the registered position, 1..10000
 */
record LocationTolerance(
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "1", maximum = "10000")
        Integer meters) {}
