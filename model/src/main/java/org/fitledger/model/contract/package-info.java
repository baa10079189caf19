/**
 * Maintenance contracts: which company maintains which districts and sites, when, under which
 * versioned SLA, and how specifically a contract covers a place.
 */
package org.fitledger.model.contract;
