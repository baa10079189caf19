-- The transactions behind the index. Verification compares them with the ledger's blocks: a valid
-- FitLedger transaction missing here is a gap, and a row here that the ledger does not hold as
-- valid is a phantom. A transaction id can be projected once only (primary key), so a block
-- projected twice fails loudly instead of counting twice.

-- Every valid transaction whose FitLedger event the index projected.
create table index_transactions (
    tx_id        text   primary key,
    block_number bigint not null,
    event_name   text   not null
);

create index index_transactions_block_number on index_transactions (block_number);

-- Every endorser transaction the index skipped because the peers committed it as invalid.
create table index_skipped_transactions (
    tx_id           text   not null,
    block_number    bigint not null,
    validation_code text   not null,
    primary key (block_number, tx_id)
);
