/** Forwarding of the page's {@code /api} calls to the gateway, with bounded bodies and time. */
package org.fitledger.patrolapp.proxy;
