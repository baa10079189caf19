package org.fitledger.model.ticket;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * What is wrong with a piece of equipment, as a patrol or a supervisor reports it.
 *
 * @param severity how bad it is
 * @param category what kind of defect
 * @param description 1..1000 characters
 */
@JsonPropertyOrder({"severity", "category", "description"})
public record Defect(Severity severity, Category category, String description) {}
