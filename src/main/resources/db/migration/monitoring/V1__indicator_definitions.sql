-- Indicator definitions as data (issue 12): numerator / denominator expressions over data elements, a factor, and the
-- sets whose home pages show them. Versions of one code replace one another under the shared maker–checker
-- (org.sanyi.shared.review): one pending version per code, a second officer approves, the approved version before it
-- becomes SUPERSEDED. Versions carry no dates on purpose: values are computed at query time from the facts, so an
-- approved definition applies to every period it is asked for, and the explanation of a value names the version.
create table mon_indicator (
    id            bigserial     primary key,
    code          varchar(40)   not null check (code ~ '^[a-z][a-z0-9_]*$'),
    version       integer       not null check (version > 0),
    name_zh       varchar(100)  not null check (name_zh <> ''),
    name_en       varchar(100)  not null check (name_en <> ''),
    sets          varchar(40)   not null default ''
                  check (sets ~ '^((REFORM|FUND|HOSPITAL)(,(REFORM|FUND|HOSPITAL))*)?$'),
    numerator     varchar(2000) not null,
    denominator   varchar(2000) not null default '',
    factor        varchar(20)   not null check (factor in ('PERCENT', 'PER_THOUSAND', 'PER_TEN_THOUSAND', 'NUMBER')),
    unit          varchar(10)   not null default '' check (unit in ('', 'YUAN', 'DAY', 'COUNT')),
    annualised    boolean       not null default false,
    decimals      smallint      not null default 2 check (decimals between 0 and 6),
    direction     varchar(4)    not null default 'NONE' check (direction in ('UP', 'DOWN', 'NONE')),
    description   varchar(1000) not null default '',
    status        varchar(12)   not null check (status in ('PENDING', 'APPROVED', 'REJECTED', 'SUPERSEDED')),
    proposed_by   varchar(64)   not null,
    proposed_at   timestamptz   not null default now(),
    reviewed_by   varchar(64),
    reviewed_at   timestamptz,
    review_note   varchar(500),
    unique (code, version),
    check (reviewed_by is null or reviewed_by <> proposed_by)
);
-- The review rules hold when two requests race: one pending and one approved version of a code at a time.
create unique index mon_indicator_pending on mon_indicator (code) where status = 'PENDING';
create unique index mon_indicator_approved on mon_indicator (code) where status = 'APPROVED';
