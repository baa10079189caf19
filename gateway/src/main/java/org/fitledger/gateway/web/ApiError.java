package org.fitledger.gateway.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.fitledger.gateway.ledger.PeerDetail;

/**
 * The JSON body of every error answer.
 *
 * <p>{@code {"code":"ACCESS_DENIED","message":"...","txId":"9f2c...","details":[...]}}
 *
 * @param code the stable machine code
 * @param message the human message
 * @param txId the failed transaction, if the request made one
 * @param details what each peer said
 */
public record ApiError(
    String code,
    String message,
    @JsonInclude(JsonInclude.Include.NON_NULL) String txId,
    List<PeerDetail> details) {}
