-- The certificates people enrolled from their own devices, newest last per person. The gateway acts
-- for a person under the newest; it holds no key for any of them. Not derived from the ledger, so
-- an index rebuild leaves this table alone.
create table enrolled_certificates (
    username    text        not null,
    serial      text        not null,
    certificate text        not null,
    enrolled_at timestamptz not null default now(),
    primary key (username, serial)
);
create index enrolled_certificates_newest on enrolled_certificates (username, enrolled_at desc);
