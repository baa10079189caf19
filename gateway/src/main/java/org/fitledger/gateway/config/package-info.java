/** Reading the gateway's JSON configuration files with errors that name the file and field. */
package org.fitledger.gateway.config;
