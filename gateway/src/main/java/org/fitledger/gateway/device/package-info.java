/**
 * Connected machines in the gateway: the ingress that takes a machine's signed readings and records
 * them on the ledger under its own device identity, their projection, and the device simulator.
 */
package org.fitledger.gateway.device;
