-- Deductions (扣款): an upheld suspicion posts its upheld amount to insurance's ledger through FundAdjustments (key
-- deduction_key, transaction deduction_txn); a re-review can reverse the decision (status REVERSED), which posts the
-- compensating entries (reversal_txn). Adding nullable columns rewrites nothing; re-creating the status check scans
-- sup_suspicion once.
alter table sup_suspicion drop constraint sup_suspicion_status_check;
alter table sup_suspicion add constraint sup_suspicion_status_check
    check (status in ('OPEN', 'ACCEPTED', 'APPEALED', 'UPHELD', 'DISMISSED', 'REVERSED'));
alter table sup_suspicion add column deduction_key varchar(80), add column deduction_txn varchar(40),
    add column reversal_txn varchar(40), add column reversal_note varchar(1000), add column reversed_by varchar(60),
    add column reversed_at timestamptz;
