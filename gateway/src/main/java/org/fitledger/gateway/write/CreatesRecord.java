package org.fitledger.gateway.write;

import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documents an endpoint that answers through {@link LedgerWrites#created}: 201 with {@code {txId,
 * blockNumber, record}} and a {@code Location} that names the new record.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ApiResponse(
    responseCode = "201",
    description = "committed and indexed: the transaction, its block and the stored record",
    useReturnTypeSchema = true,
    headers =
        @Header(
            name = "Location",
            description = "the new record's URL",
            schema = @Schema(type = "string")))
public @interface CreatesRecord {}
