-- Issue 3's records. The index is a projection that can be rebuilt from block 0, so the walking
-- skeleton's tables are replaced and the checkpoint is reset with them.
-- Every table keeps the record as the ledger stored it (json keeps its text and field order), plus
-- the columns that queries and access checks need. Timestamps stay as the ledger's ISO-8601 text.

drop table patrols;
drop table equipment;
delete from index_checkpoint;

create table equipment (
    id            text primary key,
    type          text    not null,
    site          text    not null,
    district_path text    not null,
    retired       boolean not null,
    tx_id         text    not null,
    block_number  bigint  not null,
    record        json    not null
);

create index equipment_district_path on equipment (district_path text_pattern_ops);

create table contracts (
    id           text primary key,
    company      text   not null,
    valid_from   text,
    valid_to     text,
    sla_version  integer,
    tx_id        text   not null,
    block_number bigint not null,
    record       json   not null
);

create index contracts_company on contracts (company);

create table patrols (
    id            text primary key,
    inspector     text   not null,
    inspector_msp text   not null,
    recorded_at   text   not null,
    tx_id         text   not null,
    block_number  bigint not null,
    record        json   not null
);

create table inspections (
    patrol_id        text    not null references patrols (id),
    position         integer not null,
    equipment_id     text    not null,
    level            text,
    condition        text,
    observed_at      text,
    distance_meters  numeric,
    within_tolerance boolean,
    defect_severity  text,
    defect_category  text,
    primary key (patrol_id, position)
);

create index inspections_equipment_id on inspections (equipment_id);

create table tickets (
    id                   text primary key,
    equipment_id         text    not null,
    district_path        text    not null,
    site                 text,
    severity             text    not null,
    category             text,
    state                text    not null,
    company              text,
    contract_id          text,
    sla_version          integer,
    acknowledge_deadline text,
    make_safe_deadline   text,
    repair_deadline      text,
    rework               integer not null,
    made_safe            boolean not null,
    source_patrol_id     text,
    opened_by            text,
    opened_at            text,
    tx_id                text    not null,
    block_number         bigint  not null,
    record               json    not null
);

create index tickets_equipment_id on tickets (equipment_id);
create index tickets_company on tickets (company);
create index tickets_district_path on tickets (district_path text_pattern_ops);

-- One row per step of a ticket; block_number is the block that first held the step.
create table ticket_steps (
    ticket_id    text    not null references tickets (id),
    position     integer not null,
    action       text    not null,
    by_name      text,
    by_msp       text,
    company      text,
    at           text,
    tx_id        text,
    on_time      boolean,
    note         text,
    reason       text,
    block_number bigint  not null,
    primary key (ticket_id, position)
);

-- SHA-256 hashes of photos: which record holds each, at which inspection or step.
create table evidence (
    sha256      text    not null,
    record_kind text    not null,
    record_id   text    not null,
    position    integer not null,
    primary key (sha256, record_kind, record_id, position)
);

create table settings (
    name         text primary key,
    tx_id        text,
    block_number bigint not null,
    record       json   not null
);
