-- Issue 4's audit queries at a million inspections. Every table here is derived from the ledger
-- records alone (no clock), so that a rebuild from block 0 writes the same rows.

-- Coverage of a city reads one row per piece of equipment from one index, without a join: what
-- coverage needs of the equipment (copied by the equipment projection from the row it writes) and
-- the ledger time of the latest inspection that satisfies each level, as last_inspections keeps it
-- (maintained by the patrol projection beside last_inspections, as a maximum, null while none). A
-- row that a patrol writes before its equipment is indexed has no district path, and counts
-- nowhere.
create table equipment_coverage (
    equipment_id    text primary key,
    district_path   text,
    registered_ts   timestamptz,
    retired         boolean,
    routine_days    integer,
    functional_days integer,
    structural_days integer,
    routine_ts      timestamptz,
    functional_ts   timestamptz,
    structural_ts   timestamptz
);

insert into equipment_coverage
select coalesce(e.id, l.equipment_id), e.district_path, e.registered_ts, e.retired,
       e.routine_days, e.functional_days, e.structural_days,
       l.routine_ts, l.functional_ts, l.structural_ts
from equipment e
full join last_inspections l on l.equipment_id = e.id;


create index equipment_coverage_district_path on equipment_coverage
    (district_path text_pattern_ops)
    include (registered_ts, retired, routine_days, functional_days, structural_days, routine_ts,
             functional_ts, structural_ts);

-- Coverage as of a past instant: per piece of equipment and calendar month (UTC), from the month of
-- its first satisfying inspection to the month of its last, per level the latest satisfying
-- inspection before the month (null while none) and the satisfying inspections within it (sorted,
-- distinct; null while none). The last satisfying inspection by an instant is then the later of
-- the instant's month's "before" and its latest time within the month up to the instant, read from
-- one row. An inspection satisfies its own level and every less thorough one, and one that found
-- the equipment NOT_ACCESSIBLE satisfies none (as in last_inspections). Maintained by the patrol
-- projection from the set of inspections alone, so the order in which patrols are indexed does
-- not matter.
create table inspection_months (
    equipment_id      text not null,
    month             date not null,
    routine_before    timestamptz,
    functional_before timestamptz,
    structural_before timestamptz,
    routine_times     timestamptz[],
    functional_times  timestamptz[],
    structural_times  timestamptz[],
    primary key (equipment_id, month)
);

insert into inspection_months
with satisfying as (
    select equipment_id, recorded_ts as ts,
           date_trunc('month', recorded_ts at time zone 'UTC')::date as month,
           level in ('FUNCTIONAL', 'STRUCTURAL') as functional,
           level = 'STRUCTURAL' as structural
    from inspections
    where recorded_ts is not null and condition <> 'NOT_ACCESSIBLE'
      and level in ('ROUTINE', 'FUNCTIONAL', 'STRUCTURAL')),
per_month as (
    select equipment_id, month,
           array_agg(distinct ts order by ts) as routine_times,
           array_agg(distinct ts order by ts) filter (where functional) as functional_times,
           array_agg(distinct ts order by ts) filter (where structural) as structural_times,
           max(ts) as routine_max,
           max(ts) filter (where functional) as functional_max,
           max(ts) filter (where structural) as structural_max
    from satisfying
    group by equipment_id, month),
months as (
    select equipment_id,
           generate_series(min(month)::timestamp, max(month)::timestamp, interval '1 month')::date
               as month
    from per_month
    group by equipment_id)
select m.equipment_id, m.month,
       max(p.routine_max) over earlier, max(p.functional_max) over earlier,
       max(p.structural_max) over earlier,
       p.routine_times, p.functional_times, p.structural_times
from months m
left join per_month p on p.equipment_id = m.equipment_id and p.month = m.month
window earlier as (partition by m.equipment_id order by m.month
                   rows between unbounded preceding and 1 preceding);

-- Coverage reads one month's rows of a city's equipment.
create index inspection_months_month on inspection_months (month, equipment_id);

-- Hours from opening to the first acknowledgement and to the first repair, computed once when the
-- row is written rather than (in numeric) in every row of every SLA query.
alter table tickets
    add column acknowledge_hours float8 generated always as
        (extract(epoch from first_acknowledged_ts - opened_ts)::float8 / 3600) stored,
    add column repair_hours float8 generated always as
        (extract(epoch from first_repaired_ts - opened_ts)::float8 / 3600) stored;

-- SLA compliance reads a period's tickets of the cities asked for (a path's first segment), not of
-- every city, from this index alone.
create index tickets_city_opened on tickets (split_part(district_path, '/', 1), opened_ts)
    include (id, district_path, company, rework, next_due, acknowledge_steps, acknowledge_on_time,
             make_safe_steps, make_safe_on_time, repair_steps, repair_on_time, acknowledge_hours,
             repair_hours, first_repaired_ts);

-- The SLA steps of a period's tickets: each ticket's steps of the kinds asked for, from this index
-- alone.
create index ticket_steps_ticket_action on ticket_steps (ticket_id, action)
    include (on_time, at_ts, position);
