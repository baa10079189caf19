/**
 * The assessment report ({@code GET /api/v1/audit/report}): the audit's figures of a month, quarter
 * or year for a supervisor's district, per company and per district, with charts, as a PDF or a
 * self-contained HTML page to file, every figure linked to the drill-down of its records.
 *
 * <p>{@link org.fitledger.gateway.audit.assessment.AssessmentGatherer} reads the figures through
 * {@link org.fitledger.gateway.audit.AuditFigures} (the JSON audit's repositories and links) into
 * plain records ({@link org.fitledger.gateway.audit.assessment.Assessment}); {@code ChartData}
 * turns them into datasets and {@code ChartRenderer} draws those with JFreeChart; {@code
 * ReportTables} says what each section holds, which {@code AssessmentPdf} (OpenPDF) and {@code
 * AssessmentHtml} lay out.
 */
package org.fitledger.gateway.audit.assessment;
