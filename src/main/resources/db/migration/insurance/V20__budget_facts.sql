-- What the global budgets have reported to the supervision platform as facts (BudgetFacts): per medical group, fund,
-- year, element (ins.budget, ins.budget.spend), institution (the group's lead) and month, the value reported so far.
-- A report sends only the difference between what should be reported and this, and updates it in the same
-- transaction as the event's publication, so monitoring's append-only sums follow every new version, late settlement
-- and reversal exactly.
create table ins_budget_fact (
    alliance_id     bigint        not null,
    fund_pay_type   varchar(6)    not null,
    budget_year     smallint      not null,
    element         varchar(40)   not null,
    institution     varchar(12)   not null,
    month           smallint      not null check (month between 1 and 12),
    value           numeric(18,2) not null,
    reported_at     timestamptz   not null default now(),
    primary key (alliance_id, fund_pay_type, budget_year, element, institution, month)
);
