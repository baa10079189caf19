-- Notifications (issue 16): the gateway's own tables, not projections of the ledger. A rebuild of
-- the index does not compare them (index.IndexRebuild), and a rebuild's schema starts them empty.

-- What each person asked to be told, and where. Nobody is told anything until they set a row here
-- (PUT /api/v1/me/notifications). The webhook secret signs each webhook (HMAC-SHA256), so it is
-- kept as given; it is never answered.
create table notification_preferences (
    username       text        primary key,
    email          text,
    webhook_url    text,
    webhook_secret text,
    kinds          text[]      not null,
    updated_ts     timestamptz not null,
    check (webhook_url is null or webhook_secret is not null)
);

-- The outbox: one row per notification, recipient and channel, written by the indexer in the same
-- database transaction as the ticket's rows (notify.NotificationProjection), or by the deadline
-- scanner. The id is derived from (event_key, recipient, channel), so writing a row again (a block
-- projected again, a scan repeated) adds nothing, and it is the delivery id the receiver sees.
-- A sender claims due rows by setting lease_until (for update skip locked); a sender killed while
-- holding a lease leaves rows that any sender claims again once the lease has run out.
create table notification_outbox (
    id              uuid        primary key,
    event_key       text        not null,
    kind            text        not null,
    ticket_id       text        not null,
    recipient       text        not null,
    channel         text        not null,
    payload         json        not null,
    status          text        not null default 'PENDING',
    attempts        integer     not null default 0,
    created_ts      timestamptz not null default now(),
    next_attempt_ts timestamptz not null default now(),
    lease_until     timestamptz,
    leased_by       text,
    sent_ts         timestamptz,
    failed_ts       timestamptz,
    last_error      text,
    unique (event_key, recipient, channel),
    check (status in ('PENDING', 'SENT', 'FAILED')),
    check (channel in ('EMAIL', 'WEBHOOK'))
);

create index notification_outbox_due on notification_outbox (next_attempt_ts)
    where status = 'PENDING';
create index notification_outbox_recipient on notification_outbox (recipient, created_ts desc);
