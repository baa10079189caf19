package org.fitledger.gateway.equipment;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The body of {@code POST /api/v1/equipment/{id}/retirement}.
 *
 * @param reason why it is retired
 */
record Retirement(
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minLength = 1, maxLength = 1000)
        String reason) {}
