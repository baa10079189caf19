/**
 * Service levels: the hours a contract gives its company for each step of a ticket by severity, and
 * the deadlines they fix when a ticket is assigned.
 */
package org.fitledger.model.sla;
