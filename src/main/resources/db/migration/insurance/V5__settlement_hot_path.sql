-- The settlement hot path, measured by bench/settlement.sh with pg_stat_statements (docs/modules/insurance.md §11).

-- Nonces are a replay cache for the signature check, not a record: an unlogged table writes no WAL. A crash of
-- PostgreSQL empties it, which reopens the replay window for the requests of the last minutes only; every business
-- effect is protected by the msgid anyway (a replayed message answers the stored answer and changes nothing).
alter table ins_gateway_nonce set unlogged;
drop function ins_register_nonce(varchar, varchar);

-- Settling a fee line sets its setl_id. Without an index on that column and with room left in the page, PostgreSQL
-- updates the row in place (a heap-only tuple: no new entries in the table's indexes). Which lines a settlement
-- covers is the primary key of ins_settlement_line, which is what a reversal reads to free them.
drop index ins_fee_line_settlement;
alter table ins_fee_line set (fillfactor = 85);

-- Rows updated by every settlement (visit status, year-to-date totals, account balance): room for in-place updates.
alter table ins_visit set (fillfactor = 85);
alter table ins_accumulator set (fillfactor = 70);
alter table ins_personal_account set (fillfactor = 70);

-- Only reversals have an original settlement; the index need not hold an entry for every settlement.
drop index ins_settlement_original;
create index ins_settlement_original on ins_settlement (init_setl_id) where init_setl_id is not null;
