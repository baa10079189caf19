-- Valid FitLedger transactions whose records the index cannot hold as the ledger does: a string
-- PostgreSQL cannot store (U+0000, an unpaired surrogate), an event this gateway cannot read, a
-- record its projection refuses. The indexer records each here with its reason, keeps the block's
-- other transactions and goes on; the records a quarantined transaction wrote keep their previous
-- version in the index (or none), and verification names them instead of failing.
create table index_quarantined_transactions (
    tx_id        text     primary key,
    block_number bigint   not null,
    event_name   text     not null,
    -- kind/id of each record the transaction wrote, as far as its event could be read
    records      text[]   not null,
    reason       text     not null
);

create index index_quarantined_transactions_block_number
    on index_quarantined_transactions (block_number);
