/**
 * The HTTP surface shared by every feature: the one place that maps exceptions to an HTTP status
 * and a JSON error body, and the shape of a write's answer.
 */
package org.fitledger.gateway.web;
