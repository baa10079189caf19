-- Issue 4's query and audit API. The columns its queries filter, sort and group by are
-- denormalized from the ledger records by the projections, each derived from the record alone or
-- from rows the earlier blocks wrote, so that a rebuild from block 0 writes the same rows. Ledger
-- times stay as text (the record's own) and are added as timestamptz (*_ts, *_due), since ISO-8601
-- text with a varying number of fraction digits does not sort in time order.
-- The index is reset with the new columns: the indexer rebuilds every row from block 0.

delete from index_checkpoint;
truncate evidence, ticket_steps, tickets, inspections, patrols, contracts, equipment, settings,
    index_transactions, index_skipped_transactions;

-- When the equipment was registered, by which transaction, and its inspection intervals (days).
-- registration_* are written when the equipment is first indexed and never changed after.
alter table equipment
    add column registered_ts      timestamptz,
    add column routine_days       integer,
    add column functional_days    integer,
    add column structural_days    integer,
    add column registration_tx_id text,
    add column registration_block bigint;

-- Coverage reads a city's equipment from this index alone.
drop index equipment_district_path;
create index equipment_district_path on equipment (district_path text_pattern_ops)
    include (id, registered_ts, retired, routine_days, functional_days, structural_days);
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

-- Each inspector's inspections per calendar month (UTC) and district path, and how many of them
-- had a GPS fix beyond the location tolerance: added up by the patrol projection in the statement
-- that first writes each inspection, so that re-projecting a patrol adds nothing.
create table inspection_tallies (
    month            date    not null,
    inspector        text    not null,
    inspector_msp    text    not null,
    district_path    text    not null,
    inspections      integer not null,
    beyond_tolerance integer not null,
    primary key (month, inspector, inspector_msp, district_path)
);

-- The ledger time of the latest inspection that satisfies each level of each piece of equipment:
-- an inspection satisfies its own level and every less thorough one, and one that found the
-- equipment NOT_ACCESSIBLE satisfies none. Maintained by the patrol projection as a maximum, so the
-- order in which patrols are indexed does not matter; null while none did.
create table last_inspections (
    equipment_id  text primary key,
    routine_ts    timestamptz,
    functional_ts timestamptz,
    structural_ts timestamptz
);

-- Ticket times as timestamptz; the next contractor step with its deadline while the ticket waits
-- for the contractor (null otherwise): the ticket is overdue once next_due has passed; and its
-- steps tallied from the record: how many of each contractor step, how many on time, and when
-- the first acknowledgement and the first repair were.
alter table tickets
    add column opened_ts             timestamptz,
    add column acknowledge_due       timestamptz,
    add column make_safe_due         timestamptz,
    add column repair_due            timestamptz,
    add column next_step             text,
    add column next_due              timestamptz,
    add column acknowledge_steps     integer,
    add column acknowledge_on_time   integer,
    add column make_safe_steps       integer,
    add column make_safe_on_time     integer,
    add column repair_steps          integer,
    add column repair_on_time        integer,
    add column first_acknowledged_ts timestamptz,
    add column first_repaired_ts     timestamptz;

-- SLA compliance reads a period's tickets from this index alone.
create index tickets_opened on tickets (opened_ts)
    include (id, district_path, company, rework, next_due, acknowledge_steps, acknowledge_on_time,
             make_safe_steps, make_safe_on_time, repair_steps, repair_on_time,
             first_acknowledged_ts, first_repaired_ts);
create index tickets_next_due on tickets (next_due) where next_due is not null;

alter table ticket_steps
    add column at_ts timestamptz;
