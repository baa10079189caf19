/** Readings of connected machines, each signed by the machine's own device identity. */
package org.fitledger.chaincode.device;
