package org.fitledger.model.device;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.fitledger.model.ticket.Category;
import org.fitledger.model.ticket.Severity;

/**
 * A fault a machine detected in itself: its own code, and the severity and category its maker
 * assigns to that code, {@code {"code":"E12","severity":"MAJOR","category":"MECHANICAL"}}.
 *
 * @param code the maker's fault code, 1..16 of A-Z, 0-9 and -
 * @param severity how bad it is
 * @param category what kind of fault
 */
@JsonPropertyOrder({"code", "severity", "category"})
public record DeviceFault(String code, Severity severity, Category category) {}
