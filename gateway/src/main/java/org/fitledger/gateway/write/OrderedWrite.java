package org.fitledger.gateway.write;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a handler that writes through {@link LedgerWrites#ordered} (a ping, a purge of private
 * data) rather than answering a {@link Written} record, so that the OpenAPI document declares its
 * signing on the device as it does for every other write ({@link SigningDocs}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface OrderedWrite {}
