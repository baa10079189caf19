/**
 * Residents' reports without sign-in: the page's photo upload into the evidence store and its
 * report, filed with the gateway's Open311 interface under the field app's key, each limited per
 * resident's address; and a report's status for the resident who follows it.
 */
package org.fitledger.patrolapp.resident;
