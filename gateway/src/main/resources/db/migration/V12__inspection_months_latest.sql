-- inspection_months kept every satisfying time of a piece's month in sorted arrays, so each patrol
-- rewrote the arrays of the months it added to: a cost that grew with the month's inspections, and
-- three quarters of PostgreSQL's time under a steady patrol load (network/bench/ledger.sh). A month
-- now keeps, per level, the latest satisfying time before it and the latest within it, each kept
-- as a maximum, so a patrol changes a few fixed-size values. Coverage as of an instant inside a
-- month reads the piece's satisfying inspections of that month up to the instant from inspections,
-- whose index on (equipment_id, recorded_ts) now carries what "satisfying" needs.
alter table inspection_months
    add column routine_last    timestamptz,
    add column functional_last timestamptz,
    add column structural_last timestamptz;

update inspection_months
set routine_last    = routine_times[cardinality(routine_times)],
    functional_last = functional_times[cardinality(functional_times)],
    structural_last = structural_times[cardinality(structural_times)];

alter table inspection_months
    drop column routine_times,
    drop column functional_times,
    drop column structural_times;

drop index inspections_equipment_recorded;
create index inspections_equipment_recorded on inspections (equipment_id, recorded_ts)
    include (level, condition);
