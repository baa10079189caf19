/** How the chaincode and the gateway name the ledger's transactions. */
package org.fitledger.model.ledger;
