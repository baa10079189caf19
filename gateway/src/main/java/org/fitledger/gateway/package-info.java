/**
 * The FitLedger gateway: a Spring Boot application that submits and evaluates chaincode
 * transactions as the calling person and serves queries from a PostgreSQL projection of the ledger.
 * Subpackages are features ({@code equipment}, {@code patrol}, {@code people}) and the parts they
 * share ({@code ledger}, {@code index}, {@code web}).
 */
package org.fitledger.gateway;
