package org.fitledger.gateway.audit;

/**
 * The contractor steps of a group of tickets.
 *
 * @param acknowledge the acknowledgements
 * @param makeSafe the make-safe steps (CRITICAL tickets)
 * @param repair the repairs
 */
public record SlaSteps(StepFigures acknowledge, StepFigures makeSafe, StepFigures repair) {}
