package org.fitledger.gateway.audit.assessment;

/**
 * One inspector's inspections in the period, as {@code GET /api/v1/audit/diligence} answers them.
 *
 * <p>{@code new InspectorFigures("inspector1", "PatrolMSP", 20, 1, 0.05, all, beyond)}
 *
 * @param inspector the inspector's name
 * @param msp their organization's MSP
 * @param inspections the inspections
 * @param beyondTolerance those with a GPS fix beyond the location tolerance
 * @param beyondShare {@code beyondTolerance / inspections}, or null
 * @param inspectionsLink the inspections
 * @param beyondLink those beyond the tolerance
 */
public record InspectorFigures(
    String inspector,
    String msp,
    long inspections,
    long beyondTolerance,
    Double beyondShare,
    String inspectionsLink,
    String beyondLink) {}
