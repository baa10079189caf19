/**
 * What the query and audit API share: pages of results ({@link
 * org.fitledger.gateway.query.PageRequest}, {@link org.fitledger.gateway.query.Paged}), sort
 * orders, reporting periods, the parsing of request parameters into {@code INVALID_INPUT} errors,
 * and {@link org.fitledger.gateway.query.Where}, which builds the SQL conditions of a search
 * (including a person's district scope) with their parameters.
 */
package org.fitledger.gateway.query;
