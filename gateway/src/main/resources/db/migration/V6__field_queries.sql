-- The patrol app's field queries. The equipment due for inspection in a person's districts, nearest
-- first, is computed for every piece of those districts (an inspector's district may hold
-- thousands): its registered position is denormalized from the record, like the columns of V4,
-- and a covering index holds all that the computation reads, so that it reads no record.
-- Existing rows take the position from their own record, as the projection writes it.

alter table equipment
    add column latitude  double precision,
    add column longitude double precision;

update equipment
set latitude  = (record ->> 'latitude')::double precision,
    longitude = (record ->> 'longitude')::double precision;

create index equipment_due on equipment (district_path text_pattern_ops)
    include (id, retired, registered_ts, routine_days, functional_days, structural_days,
             latitude, longitude)
    where not retired;

-- A piece's inspections newest first, a page at a time, in the order of the index: an equipment
-- page reads the page's rows only, however long the piece's history.
create index inspections_equipment_newest on inspections
    (equipment_id, recorded_ts desc nulls last, patrol_id desc, position desc);
