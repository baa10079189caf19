-- Issue 4's query and audit API. The columns its queries filter, sort and group by are
-- denormalized from the ledger records by the projections, each derived from the record alone or
-- from rows the earlier blocks wrote, so that a rebuild from block 0 writes the same rows. Ledger
-- times stay as text (the record's own) and are added as timestamptz (*_ts, *_due), since ISO-8601
-- text with a varying number of fraction digits does not sort in time order.
-- The index is reset with the new columns: the indexer rebuilds every row from block 0.

delete from index_checkpoint;
truncate evidence, ticket_steps, tickets, inspections, patrols, contracts, equipment, settings;

-- When the equipment was registered, by which transaction, and its inspection intervals (days).
-- registration_* are written when the equipment is first indexed and never changed after.
alter table equipment
    add column registered_ts      timestamptz,
    add column routine_days       integer,
    add column functional_days    integer,
    add column structural_days    integer,
    add column registration_tx_id text,
    add column registration_block bigint;

create index equipment_site on equipment (site, id);

-- Each inspection with its patrol's ledger time and inspector, and the district path its
-- equipment had when the patrol was indexed.
alter table inspections
    add column recorded_ts   timestamptz,
    add column inspector     text,
    add column inspector_msp text,
    add column district_path text;

drop index inspections_equipment_id;
create index inspections_equipment_recorded on inspections (equipment_id, recorded_ts);
create index inspections_recorded on inspections (recorded_ts)
    include (district_path, inspector, inspector_msp, within_tolerance);
create index inspections_inspector_recorded on inspections (inspector, recorded_ts);

-- The latest inspection (by ledger time, then patrol id and position) that satisfies each level of
-- each piece of equipment: an inspection satisfies its own level and every less thorough one, and
-- one that found the equipment NOT_ACCESSIBLE satisfies none. Maintained by the patrol projection
-- as a maximum, so the order in which patrols are indexed does not matter.
create table last_inspections (
    equipment_id    text        not null,
    level           text        not null,
    recorded_ts     timestamptz not null,
    recorded_at     text        not null,
    patrol_id       text        not null,
    position        integer     not null,
    inspected_level text        not null,
    inspector       text,
    inspector_msp   text,
    tx_id           text,
    block_number    bigint      not null,
    primary key (equipment_id, level)
);

-- Ticket times as timestamptz, and the next contractor step with its deadline while the ticket
-- waits for the contractor (null otherwise): the ticket is overdue once next_due has passed.
alter table tickets
    add column opened_ts       timestamptz,
    add column acknowledge_due timestamptz,
    add column make_safe_due   timestamptz,
    add column repair_due      timestamptz,
    add column next_step       text,
    add column next_due        timestamptz;

create index tickets_opened on tickets (opened_ts);
create index tickets_next_due on tickets (next_due) where next_due is not null;

alter table ticket_steps
    add column at_ts timestamptz;

-- Whether coverage as of an earlier instant must look behind the kept last inspections.
create index last_inspections_recorded on last_inspections (recorded_ts);
