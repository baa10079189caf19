package org.fitledger.gateway.notify;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The body of {@code PUT /api/v1/me/notifications}: the whole of the signed-in person's
 * preferences, replacing what was stored, but for the webhook secret, which is kept when not given.
 *
 * <p>{@code {"email":"li@example.com","webhookUrl":"https://hooks.example.com/fitledger",
 * "webhookSecret":"a-long-random-secret","kinds":["ASSIGNED","DEADLINE_MISSED"]}}
 *
 * @param email where e-mails go, or null for none
 * @param webhookUrl where webhooks are POSTed (http or https), or null for none
 * @param webhookSecret the key that signs each webhook, 16 to 256 visible ASCII characters; null
 *     keeps the one stored (a webhook URL needs one); never answered
 * @param kinds what to be told of; empty for nothing
 */
public record PreferencesRequest(
    @Schema(
            types = {"string", "null"},
            maxLength = 254,
            example = "li@example.com")
        String email,
    @Schema(
            types = {"string", "null"},
            maxLength = 2000)
        String webhookUrl,
    @Schema(
            types = {"string", "null"},
            minLength = 16,
            maxLength = 256,
            description = "write-only: kept when null, never answered")
        String webhookSecret,
    @Schema(description = "ASSIGNED, AWAITS_VERIFICATION, DEADLINE_NEAR, DEADLINE_MISSED")
        List<String> kinds) {}
