package org.fitledger.gateway.web;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documents an endpoint that answers a record's history from the ledger: a JSON array of its
 * committed versions, each {@code {"txId":…,"timestamp":…,"deleted":…,"value":{…}}}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ApiResponse(
    responseCode = "200",
    description = "every committed version: txId, timestamp, deleted, value",
    content =
        @Content(
            mediaType = "application/json",
            array = @ArraySchema(schema = @Schema(type = "object"))))
public @interface VersionHistory {}
