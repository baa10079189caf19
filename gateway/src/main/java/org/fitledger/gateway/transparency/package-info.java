/**
 * What anyone may see without signing in: every machine's state, the open faults with their age,
 * time-to-fix by district and company per month, and each ticket's story step by step, with people
 * shown by role and organization only; the same as open data (GeoJSON and CSV under a licence); and
 * the public page at {@code /public/} that shows them and verifies receipts in the browser.
 */
package org.fitledger.gateway.transparency;
