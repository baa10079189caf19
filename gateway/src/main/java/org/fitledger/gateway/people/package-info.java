/**
 * The people who use the gateway: the people file, read at start and written by the jar's {@code
 * people write} with the demo credentials, their PBKDF2 password hashes, the HTTP Basic filter that
 * makes every request act as one person, and {@code GET /api/v1/me}.
 */
package org.fitledger.gateway.people;
