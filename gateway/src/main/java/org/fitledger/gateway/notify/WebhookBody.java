package org.fitledger.gateway.notify;

/**
 * The JSON body of a webhook, signed as sent ({@link WebhookSignature}).
 *
 * <p>{@code
 * {"delivery":"6f1c...","kind":"ASSIGNED","recipient":"contractor1","subject":"[FitLedger] Ticket
 * T-1 assigned to GREENFIX / ...","notice":{"kind":"ASSIGNED","ticketId":"T-1",...}}}
 *
 * @param delivery the delivery id, as in {@code X-FitLedger-Delivery}
 * @param kind what happened
 * @param recipient the username it is for
 * @param subject the message's subject, English / Chinese
 * @param notice the ticket's fields
 */
record WebhookBody(
    String delivery, NotificationKind kind, String recipient, String subject, Notice notice) {}
