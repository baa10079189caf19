-- A person's last patrol signed at capture, which a newly enrolled phone goes on from: the head of
-- their chain of captures as the index holds it.
create index patrols_captured_by on patrols (inspector_msp, inspector, block_number desc)
    where (record -> 'capture') is not null;
