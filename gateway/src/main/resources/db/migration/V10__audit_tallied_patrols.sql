-- The audit keeps its figures from the records the ledger writes (audit/PatrolAudit), apart from
-- the feature tables. A patrol adds its inspections to inspection_tallies once: the patrols tallied
-- so far are remembered here. Every patrol already indexed was tallied when it was written.
create table audit_tallied_patrols (
    patrol_id text primary key
);

insert into audit_tallied_patrols (patrol_id) select id from patrols;
