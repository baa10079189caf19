-- Reports from residents (issue 15): one row per report, with the record as the ledger stored it.
-- The reporter's contact is in no table: it stays in the Authority's private data collection.
create table reports (
    id            text        primary key,
    channel       text        not null,
    equipment_id  text        not null,
    district_path text        not null,
    site          text        not null,
    category      text        not null,
    description   text        not null,
    urgent        boolean     not null,
    has_contact   boolean     not null,
    state         text        not null,
    ticket_id     text,
    reason        text,
    triaged_by    text,
    triaged_ts    timestamptz,
    received_by   text        not null,
    received_ts   timestamptz not null,
    tx_id         text        not null,
    block_number  bigint      not null,
    record        json        not null
);

create index reports_received on reports (received_ts, id);
create index reports_district_path on reports (district_path text_pattern_ops);
create index reports_ticket on reports (ticket_id) where ticket_id is not null;

-- The contacts the gateway purged from the private collection, so that each is purged once. A
-- purge writes no public record, so this table is the gateway's own and a rebuild keeps it.
create table contact_purges (
    report_id text        primary key,
    tx_id     text        not null,
    purged_ts timestamptz not null
);
