/**
 * What the gateway's parts share to run: reading its JSON configuration files with errors that name
 * the file and field, and its background timers.
 */
package org.fitledger.gateway.config;
