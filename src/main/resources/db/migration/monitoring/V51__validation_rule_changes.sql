-- Changes of data-quality rules under the shared maker–checker (issue 12): a regulator proposes a change of a rule
-- (its names, sides, operator, missing-value strategy, importance, or switching it off or on) with a reason; another
-- regulator approves it, which writes it into mon_validation_rule (the rules the checks read), or rejects it. One
-- pending change per rule; the approved change a newer one replaces becomes SUPERSEDED; the proposer never reviews.
create table mon_validation_rule_change (
    id          bigserial     primary key,
    rule_code   varchar(40)   not null references mon_validation_rule (code),
    name_zh     varchar(100)  not null check (name_zh <> ''),
    name_en     varchar(100)  not null check (name_en <> ''),
    left_expr   varchar(1000) not null,
    operator    varchar(2)    not null check (operator in ('==', '!=', '<', '<=', '>', '>=')),
    right_expr  varchar(1000) not null,
    missing     varchar(20)   not null check (missing in ('SKIP_IF_ANY_MISSING', 'SKIP_IF_ALL_MISSING', 'NEVER_SKIP')),
    importance  varchar(6)    not null check (importance in ('HIGH', 'MEDIUM', 'LOW')),
    active      boolean       not null,
    summary     varchar(500)  not null check (summary <> ''),
    status      varchar(10)   not null check (status in ('PENDING', 'APPROVED', 'REJECTED', 'SUPERSEDED')),
    proposed_by varchar(64)   not null,
    proposed_at timestamptz   not null default now(),
    reviewed_by varchar(64),
    reviewed_at timestamptz,
    review_note varchar(500),
    check (reviewed_by is null or reviewed_by <> proposed_by)
);
create unique index mon_validation_rule_change_pending on mon_validation_rule_change (rule_code)
    where status = 'PENDING';
create unique index mon_validation_rule_change_approved on mon_validation_rule_change (rule_code)
    where status = 'APPROVED';
