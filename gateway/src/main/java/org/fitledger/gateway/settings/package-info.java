/**
 * Settings: the location tolerance of inspections, set by supervisors on the ledger ({@code PUT
 * /api/v1/settings/location-tolerance}) and read from it ({@code GET /api/v1/settings}).
 */
package org.fitledger.gateway.settings;
