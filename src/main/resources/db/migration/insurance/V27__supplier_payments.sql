-- 医保基金与药企直接结算 (Sanming's direct settlement): the fund pays a drug or consumable enterprise for what a
-- hospital received through 阳光采购, out of what the fund owes that hospital. One row per caller key (idempotent), with
-- its ledger transaction SUPPLIER_PAY: the hospital's RECEIVABLE − amount, the enterprise's SUPPLIER account + amount
-- (what the fund has paid the enterprise on hospitals' behalf). The ledger stays append-only.
create table ins_supplier_payment (
    id              bigserial     primary key,
    pay_key         varchar(80)   not null unique,
    fixmedins_code  varchar(12)   not null,
    fixmedins_name  varchar(200)  not null,
    -- the institution's registry region (data scope) and pooling region (its RECEIVABLE entries)
    fixmedins_region varchar(12)  not null,
    pooling_region  varchar(6)    not null,
    -- the enterprise: the platform's code, its name and 统一社会信用代码 (the payee of the bank transfer)
    supplier_code   varchar(12)   not null,
    supplier_name   varchar(200)  not null,
    supplier_uscc   char(18)      not null,
    amount          numeric(18,2) not null check (amount > 0),
    reason          varchar(500)  not null,
    txn_id          varchar(40)   not null unique,
    posting_date    date          not null,
    posted_by       varchar(60)   not null,
    posted_at       timestamptz   not null default now()
);
create index ins_supplier_payment_supplier on ins_supplier_payment (supplier_code, posting_date);
create index ins_supplier_payment_region on ins_supplier_payment (fixmedins_region varchar_pattern_ops);

-- New posting kind SUPPLIER_PAY and account kind SUPPLIER, keeping whatever values other migrations added; re-creating
-- a check scans ins_ledger_entry once under an exclusive lock, the table is not rewritten.
do $$
declare
    def text;
begin
    select pg_get_constraintdef(oid) into def from pg_constraint
    where conrelid = 'ins_ledger_entry'::regclass and conname = 'ins_ledger_entry_txn_kind_check';
    if def is not null and position('SUPPLIER_PAY' in def) = 0 then
        execute 'alter table ins_ledger_entry drop constraint ins_ledger_entry_txn_kind_check';
        execute 'alter table ins_ledger_entry add constraint ins_ledger_entry_txn_kind_check '
            || replace(def, 'ARRAY[', 'ARRAY[''SUPPLIER_PAY''::character varying, ');
    end if;
    select pg_get_constraintdef(oid) into def from pg_constraint
    where conrelid = 'ins_ledger_entry'::regclass and conname = 'ins_ledger_entry_account_kind_check';
    if def is not null and position('SUPPLIER' in def) = 0 then
        execute 'alter table ins_ledger_entry drop constraint ins_ledger_entry_account_kind_check';
        execute 'alter table ins_ledger_entry add constraint ins_ledger_entry_account_kind_check '
            || replace(def, 'ARRAY[', 'ARRAY[''SUPPLIER''::character varying, ');
    end if;
end $$;
