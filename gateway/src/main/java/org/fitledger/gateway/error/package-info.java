/**
 * The gateway's error vocabulary: stable machine codes that every part raises and that the web
 * layer alone turns into HTTP statuses.
 */
package org.fitledger.gateway.error;
