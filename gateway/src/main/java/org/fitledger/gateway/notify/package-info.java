/**
 * Notifications: contractors told the moment a ticket is assigned to their company, inspectors when
 * a repair awaits their verification, and contractors when 80% of a deadline has passed or it was
 * missed; by e-mail (SMTP) and by signed webhook, to those who asked for them ({@code
 * /api/v1/me/notifications}). The indexer writes an outbox row per notification, recipient and
 * channel in the block's own database transaction; senders claim due rows under a lease and deliver
 * them at least once, each with a stable delivery id that lets a receiver drop a repeat.
 */
package org.fitledger.gateway.notify;
