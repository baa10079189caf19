-- The latest satisfying inspection per piece and level was kept twice, in last_inspections (V4)
-- and in equipment_coverage (V7), both written by the patrol projection for every patrol. The
-- equipment due list now reads equipment_coverage too, so last_inspections goes.
drop table last_inspections;
