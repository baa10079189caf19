/**
 * The supervisors' dashboard page at {@code /dashboard/}: static files bundled from {@code
 * src/main/frontend}, loaded without credentials (the page signs in against {@code /api}), its map
 * settings, and the security headers it is served with.
 */
package org.fitledger.gateway.dashboard;
