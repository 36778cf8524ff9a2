-- Adjustments of what the funds owe a designated institution, posted by other modules through insurance's
-- FundAdjustments API: a deduction (扣款) upheld by fund supervision, a payout (e.g. 集采 结余留用). One row per caller
-- key (idempotent: the same key never posts twice), with its ledger transaction; a reversal is a second, compensating
-- ledger transaction recorded on the row (the ledger stays append-only, nothing is deleted).
create table ins_fund_adjustment (
    id              bigserial    primary key,
    adj_key         varchar(80)  not null unique,
    kind            varchar(10)  not null check (kind in ('DEDUCTION', 'PAYOUT')),
    fixmedins_code  varchar(12)  not null,
    fixmedins_name  varchar(200) not null,
    -- the institution's registry region (data scope) and pooling region (its RECEIVABLE entries)
    fixmedins_region varchar(12) not null,
    pooling_region  varchar(6)   not null,
    fund_pay_type   varchar(6)   not null,
    fund_region     varchar(6)   not null,
    setl_id         varchar(30),
    amount          numeric(18,2) not null check (amount > 0),
    reason          varchar(500) not null,
    txn_id          varchar(40)  not null unique,
    posting_date    date         not null,
    posted_by       varchar(60)  not null,
    posted_at       timestamptz  not null default now(),
    reversal_txn_id varchar(40)  unique,
    reversal_date   date,
    reversal_reason varchar(500),
    reversed_by     varchar(60),
    reversed_at     timestamptz,
    check ((reversal_txn_id is null) = (reversal_date is null))
);
create index ins_fund_adjustment_institution on ins_fund_adjustment (fixmedins_code);
create index ins_fund_adjustment_region on ins_fund_adjustment (fixmedins_region varchar_pattern_ops);

-- New posting kinds ADJUSTMENT and ADJ_REVERSAL (accounts unchanged: RECEIVABLE and FUND). The check constraint is
-- extended keeping whatever values other migrations of this module have added; re-creating it scans
-- ins_ledger_entry once under an exclusive lock (seconds for millions of rows), the table is not rewritten.
do $$
declare
    def text;
begin
    select pg_get_constraintdef(oid) into def from pg_constraint
    where conrelid = 'ins_ledger_entry'::regclass and conname = 'ins_ledger_entry_txn_kind_check';
    if def is not null and position('ADJUSTMENT' in def) = 0 then
        execute 'alter table ins_ledger_entry drop constraint ins_ledger_entry_txn_kind_check';
        execute 'alter table ins_ledger_entry add constraint ins_ledger_entry_txn_kind_check '
            || replace(def, 'ARRAY[', 'ARRAY[''ADJUSTMENT''::character varying, ''ADJ_REVERSAL''::character varying, ');
    end if;
end $$;
