-- Fund supervision (基金监管): the rules and the knowledge base (两库) as reviewed, effective-dated versions per
-- region; the holds 3102 puts on settlements; batch audit runs and the suspicions (疑点) they raise with the hospital's
-- answer and the bureau's decision. No foreign keys into other modules' tables: settlements, institutions and codes
-- are named by their national codes.

-- A version of a region's rules or of its knowledge base, under the shared maker–checker: one pending version per
-- (kind, region); approving one ends the approved version in force the day before the new one starts.
create table sup_version (
    id              bigserial    primary key,
    code            varchar(60)  not null unique,
    kind            varchar(10)  not null check (kind in ('RULES', 'KNOWLEDGE')),
    region_code     varchar(6)   not null check (region_code ~ '^[0-9]{6}$'),
    effective_from  date         not null,
    effective_to    date,
    -- dated versions are ended by date, never superseded
    status          varchar(12)  not null check (status in ('PENDING', 'APPROVED', 'REJECTED')),
    based_on        bigint       references sup_version (id),
    summary         varchar(500) not null default '',
    proposed_by     varchar(60)  not null,
    proposed_at     timestamptz  not null default now(),
    reviewed_by     varchar(60),
    reviewed_at     timestamptz,
    review_note     varchar(500),
    check (effective_to is null or effective_to >= effective_from)
);
create unique index sup_version_one_pending on sup_version (kind, region_code) where status = 'PENDING';
create index sup_version_region on sup_version (kind, region_code, effective_from);

-- The rules of a rules version, with the national template's attributes. Lists are comma-separated enum names.
create table sup_rule (
    version_id      bigint       not null references sup_version (id),
    rule_id         varchar(30)  not null,
    name            varchar(200) not null,
    kind            varchar(30)  not null,
    category        varchar(12)  not null check (category in ('POLICY', 'MANAGEMENT', 'MEDICAL')),
    result_type     varchar(12)  not null check (result_type in ('SUSPICIOUS', 'DEFINITE')),
    time_window     varchar(16)  not null check (time_window in ('VISIT', 'DAY', 'MONTH', 'YEAR', 'INSURANCE_YEAR')),
    levels          varchar(20)  not null default '',
    scenes          varchar(100) not null default '',
    stages          varchar(20)  not null,
    severity        varchar(8)   not null check (severity in ('LOW', 'MEDIUM', 'HIGH')),
    blocking        boolean      not null default false,
    enabled         boolean      not null default true,
    parameters      jsonb        not null default '{}',
    primary key (version_id, rule_id)
);

-- The entries of a knowledge-base version, one per line of its CSV: a code's restrictions, a pair of mutually
-- exclusive items, a bundle with its components, or a substitution (串换) entry.
create table sup_kb_entry (
    version_id      bigint       not null references sup_version (id),
    line_no         integer      not null,
    entry_type      varchar(12)  not null check (entry_type in ('RESTRICTION', 'EXCLUSIVE', 'BUNDLE', 'SUBSTITUTION')),
    code            varchar(50)  not null,
    sex             char(1)      check (sex in ('1', '2')),
    min_age         integer,
    max_age         integer,
    child_only      boolean      not null default false,
    min_level       smallint     check (min_level between 1 and 3),
    scenes          varchar(100) not null default '',
    indications     varchar(1000) not null default '',
    requires        varchar(1000) not null default '',
    max_days        integer,
    max_per_day     numeric(12,4),
    course_days     integer,
    price_cap       numeric(16,6),
    other           varchar(1000) not null default '',
    keyword         varchar(100) not null default '',
    price           numeric(16,6),
    primary key (version_id, line_no)
);

-- A settlement held back by 3102: a definite violation of a blocking rule. Each 3102 of a visit replaces its holds;
-- 2207/2304 of the visit is refused while one exists.
create table sup_settlement_hold (
    fixmedins_code  varchar(12)  not null,
    mdtrt_id        varchar(30)  not null,
    msgid           varchar(30)  not null,
    reason          varchar(2000) not null,
    created_at      timestamptz  not null default now(),
    primary key (fixmedins_code, mdtrt_id)
);

-- A batch audit of a region's settlements of a period under a rules and a knowledge-base version.
create table sup_audit_run (
    id              bigserial    primary key,
    region_code     varchar(6)   not null,
    period_from     date         not null,
    period_to       date         not null,
    rules_version   bigint       not null references sup_version (id),
    knowledge_version bigint     references sup_version (id),
    started_by      varchar(60)  not null,
    started_at      timestamptz  not null default now(),
    finished_at     timestamptz,
    claims          integer      not null default 0,
    lines           bigint       not null default 0,
    suspicions      integer      not null default 0,
    new_suspicions  integer      not null default 0
);

-- A suspicion: a rule's hit on a settled claim, with its evidence, the hospital's answer and the bureau's decision.
-- One per (settlement, rule, line, rules version): auditing again with the same version adds nothing.
create table sup_suspicion (
    id              bigserial    primary key,
    run_id          bigint       not null references sup_audit_run (id),
    rules_version   bigint       not null references sup_version (id),
    setl_id         varchar(30)  not null,
    mdtrt_id        varchar(30)  not null,
    psn_no          varchar(30)  not null,
    fixmedins_code  varchar(12)  not null,
    fixmedins_region varchar(12) not null,
    doctor          varchar(30)  not null default '',
    setl_date       date         not null,
    rule_id         varchar(30)  not null,
    rule_name       varchar(200) not null,
    kind            varchar(30)  not null,
    result_type     varchar(12)  not null check (result_type in ('SUSPICIOUS', 'DEFINITE')),
    severity        varchar(8)   not null check (severity in ('LOW', 'MEDIUM', 'HIGH')),
    line_id         varchar(30)  not null default '',
    item_code       varchar(50)  not null default '',
    reason_key      varchar(100) not null,
    reason_args     jsonb        not null default '[]',
    amount          numeric(18,2) not null check (amount >= 0),
    status          varchar(10)  not null check (status in ('OPEN', 'ACCEPTED', 'APPEALED', 'UPHELD', 'DISMISSED')),
    answer_deadline date         not null,
    answer_note     varchar(1000),
    answered_by     varchar(60),
    answered_at     timestamptz,
    upheld_amount   numeric(18,2) check (upheld_amount >= 0),
    decision_note   varchar(1000),
    decided_by      varchar(60),
    decided_at      timestamptz,
    created_at      timestamptz  not null default now(),
    unique (setl_id, rule_id, line_id, rules_version)
);
create index sup_suspicion_institution on sup_suspicion (fixmedins_code, status);
create index sup_suspicion_region on sup_suspicion (fixmedins_region varchar_pattern_ops);
create index sup_suspicion_run on sup_suspicion (run_id);
