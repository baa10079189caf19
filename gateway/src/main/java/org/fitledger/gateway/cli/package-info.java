/**
 * What the gateway jar's commands share: they run from {@code main} before, and instead of, the
 * Spring application, with no context and no database ({@code java -jar fitledger-gateway.jar
 * people write …}, {@code … audit verify …}). The commands themselves live in their features.
 */
package org.fitledger.gateway.cli;
