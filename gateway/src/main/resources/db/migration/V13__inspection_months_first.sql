-- Coverage as of an instant inside a month read every piece's inspections of that month up to the
-- instant (V12), which made the query as of six months earlier nearly five times slower on a
-- simulated year. A month now also keeps its earliest satisfying time: outside the month's first
-- and latest times, the latest time by the instant is known from the month's row alone, and only a
-- piece with times on both sides of the instant reads its inspections.
alter table inspection_months
    add column routine_first timestamptz;

update inspection_months m
set routine_first = f.first
from (select equipment_id, date_trunc('month', recorded_ts at time zone 'UTC')::date as month,
             min(recorded_ts) as first
      from inspections
      where recorded_ts is not null and condition <> 'NOT_ACCESSIBLE'
        and level in ('ROUTINE', 'FUNCTIONAL', 'STRUCTURAL')
      group by 1, 2) f
where f.equipment_id = m.equipment_id and f.month = m.month;
