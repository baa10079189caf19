package org.fitledger.model.ticket;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The inspection that opened a ticket: {@code {"patrolId":"P-1","inspection":0}}.
 *
 * @param patrolId the patrol
 * @param inspection the index of the inspection within the patrol, from 0
 */
@JsonPropertyOrder({"patrolId", "inspection"})
public record Source(String patrolId, int inspection) {}
