-- Inspections recorded beyond the location tolerance are few, and a supervisor lists them by period
-- (and inspector): a partial index holds just them, in time order. Without it, the listing of an
-- inspector who had none read every one of their inspections of the period to find that out (570 ms
-- at 333,000 inspections).
create index inspections_beyond_tolerance on inspections (recorded_ts) where not within_tolerance;
