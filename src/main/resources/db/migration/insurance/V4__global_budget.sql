-- Global budget (总额付费) of medical groups: yearly budgets per group and fund as reviewed versions, the monthly
-- advances (月度预拨) and the year-end clearing (年终清算), with their ledger postings.

-- One version of a group's budget for a fund and year. A change is a new PENDING version based on the approved one;
-- a second officer approves it (the base becomes SUPERSEDED) or rejects it. At most one APPROVED version per group,
-- fund and year. The terms (budget period start, advance rule and ratio, surplus and overspend bands) are jsonb.
create table ins_budget (
    id              bigserial    primary key,
    code            varchar(80)  not null unique,
    alliance_id     bigint       not null,
    alliance_code   varchar(40)  not null,
    alliance_name   varchar(200) not null,
    alliance_region varchar(12)  not null,
    lead_institution varchar(12) not null,
    region          varchar(6)   not null,
    fund_pay_type   varchar(6)   not null,
    budget_year     smallint     not null,
    amount          numeric(18,2) not null check (amount > 0),
    terms           jsonb        not null,
    status          varchar(10)  not null check (status in ('PENDING', 'APPROVED', 'REJECTED', 'SUPERSEDED')),
    based_on        bigint       references ins_budget (id),
    summary         varchar(1000) not null default '',
    proposed_by     varchar(60)  not null,
    proposed_at     timestamptz  not null default now(),
    reviewed_by     varchar(60),
    reviewed_at     timestamptz,
    review_note     varchar(500),
    check (reviewed_by is null or reviewed_by <> proposed_by)
);
create unique index ins_budget_approved on ins_budget (alliance_id, fund_pay_type, budget_year)
    where status = 'APPROVED';
create unique index ins_budget_pending on ins_budget (alliance_id, fund_pay_type, budget_year)
    where status = 'PENDING';
create index ins_budget_region on ins_budget (alliance_region varchar_pattern_ops);

-- The advance of one month to a group (idempotent: one row per group, fund, year and month), with the version that
-- priced it and its ledger posting (txn_id).
create table ins_budget_advance (
    alliance_id     bigint       not null,
    fund_pay_type   varchar(6)   not null,
    budget_year     smallint     not null,
    month           smallint     not null check (month between 1 and 12),
    budget_id       bigint       not null references ins_budget (id),
    amount          numeric(18,2) not null check (amount >= 0),
    txn_id          varchar(40)  not null unique,
    posting_date    date         not null,
    posted_by       varchar(60)  not null,
    posted_at       timestamptz  not null default now(),
    primary key (alliance_id, fund_pay_type, budget_year, month)
);

-- The year-end clearing of a group's budget for a fund: one row per group, fund and year; the monthly spend and the
-- members' spend at the time are kept in detail (jsonb) so the result can be shown as it was cleared.
create table ins_budget_clearing (
    alliance_id     bigint       not null,
    fund_pay_type   varchar(6)   not null,
    budget_year     smallint     not null,
    budget_id       bigint       not null references ins_budget (id),
    budget_amount   numeric(18,2) not null,
    spend           numeric(18,2) not null,
    surplus         numeric(18,2) not null,
    overspend       numeric(18,2) not null,
    retained        numeric(18,2) not null,
    fund_share      numeric(18,2) not null,
    group_share     numeric(18,2) not null,
    final_amount    numeric(18,2) not null,
    advanced        numeric(18,2) not null,
    balance_due     numeric(18,2) not null,
    txn_id          varchar(40)  not null unique,
    posting_date    date         not null,
    detail          jsonb        not null,
    cleared_by      varchar(60)  not null,
    cleared_at      timestamptz  not null default now(),
    primary key (alliance_id, fund_pay_type, budget_year),
    check (final_amount = spend + retained - group_share),
    check (fund_share + group_share = overspend),
    check (balance_due = final_amount - advanced)
);

-- New ledger kinds. Postings BUDGET_ADV (an advance) and BUDGET_CLR (a clearing); accounts FUND_ADV (fund:admdvs,
-- the fund's advances paid on account, 暂付款), GROUP_ADV (alliance id:fund:year, the advances a group holds until
-- the clearing) and GROUP_CLR (alliance id:fund:year, the group's budget result: retained surplus +, its share of an
-- overspend -). The check constraints are extended with these values, keeping whatever values other migrations of
-- this module have added. Re-creating a check constraint scans ins_ledger_entry once under an exclusive lock
-- (seconds for millions of rows); the column type is unchanged, so the table is not rewritten.
do $$
declare
    def text;
begin
    select pg_get_constraintdef(oid) into def from pg_constraint
    where conrelid = 'ins_ledger_entry'::regclass and conname = 'ins_ledger_entry_txn_kind_check';
    if def is not null and position('BUDGET_ADV' in def) = 0 then
        execute 'alter table ins_ledger_entry drop constraint ins_ledger_entry_txn_kind_check';
        execute 'alter table ins_ledger_entry add constraint ins_ledger_entry_txn_kind_check '
            || replace(def, 'ARRAY[', 'ARRAY[''BUDGET_ADV''::character varying, ''BUDGET_CLR''::character varying, ');
    end if;
    select pg_get_constraintdef(oid) into def from pg_constraint
    where conrelid = 'ins_ledger_entry'::regclass and conname = 'ins_ledger_entry_account_kind_check';
    if def is not null and position('FUND_ADV' in def) = 0 then
        execute 'alter table ins_ledger_entry drop constraint ins_ledger_entry_account_kind_check';
        execute 'alter table ins_ledger_entry add constraint ins_ledger_entry_account_kind_check '
            || replace(def, 'ARRAY[', 'ARRAY[''FUND_ADV''::character varying, ''GROUP_ADV''::character varying, '
                || '''GROUP_CLR''::character varying, ');
    end if;
end $$;
