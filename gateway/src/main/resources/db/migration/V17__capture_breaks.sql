-- Patrols signed at capture whose link to the inspector's previous capture is broken (a capture
-- dropped or reordered between phone and ledger): few, and listed by the audit by ledger time.
create index patrols_capture_broken on patrols (recorded_at)
    where (record -> 'capture' ->> 'chain') = 'BROKEN';
