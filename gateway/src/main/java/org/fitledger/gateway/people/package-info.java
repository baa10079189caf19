/**
 * The people who use the gateway: the people file, their PBKDF2 password check, the HTTP Basic
 * filter that makes every request act as one person, and {@code GET /api/v1/me}.
 */
package org.fitledger.gateway.people;
