-- The off-chain index: a projection of the ledger's chaincode events, rebuildable from block 0.
-- Timestamps stay as the ledger's ISO-8601 text, so that a row compares equal to its record.

create table equipment (
    id            text primary key,
    type          text   not null,
    site          text   not null,
    status        text   not null,
    registered_by text   not null,
    registered_at text   not null,
    tx_id         text   not null,
    block_number  bigint not null
);

create table patrols (
    id            text primary key,
    equipment_id  text   not null,
    condition     text   not null,
    note          text   not null,
    inspector     text   not null,
    inspector_msp text   not null,
    recorded_at   text   not null,
    tx_id         text   not null,
    block_number  bigint not null
);

create index patrols_equipment_id on patrols (equipment_id);

-- The last block of each channel whose events are in the tables above; written in the same
-- transaction as the rows.
create table index_checkpoint (
    channel      text primary key,
    block_number bigint      not null,
    updated_at   timestamptz not null
);
