-- Readings of connected machines (issue 15): one row per reading, with the record as the ledger
-- stored it. recorded_ts is the ledger's time of the reading, which the wear figures use.
create table readings (
    id            text        primary key,
    equipment_id  text        not null,
    district_path text        not null,
    device        text        not null,
    usage_count   bigint      not null,
    fault_code    text,
    ticket_id     text,
    recorded_ts   timestamptz not null,
    tx_id         text        not null,
    block_number  bigint      not null,
    record        json        not null
);

create index readings_equipment_recorded on readings (equipment_id, recorded_ts);
create index readings_recorded on readings (recorded_ts);
