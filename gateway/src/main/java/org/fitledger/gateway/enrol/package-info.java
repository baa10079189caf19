/**
 * Enrolment of a person's own device: the key is made on the device, which sends a certificate
 * request with a one-time enrolment code from the organization's registrar; the gateway hands it to
 * the organization's Fabric CA and keeps the certificate the person acts under from then on. The
 * gateway never sees the key, so it cannot sign for the person.
 */
package org.fitledger.gateway.enrol;
