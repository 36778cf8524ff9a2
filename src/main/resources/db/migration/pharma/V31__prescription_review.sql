-- 处方点评 (《医院处方点评管理规范（试行）》): what the rational-use rules found at upload (kept as the reviewers'
-- hints), each hospital's monthly random sample with its seed (reproducible), and each sampled prescription's review.

-- The non-blocking findings of the 7102 upload (blocking ones refuse the upload): rule, 处方点评 item, message.
create table ph_rx_finding (
    hi_rxno      varchar(40)  collate "C" not null references ph_prescription (hi_rxno),
    seq          integer      not null,
    rule_id      varchar(30)  not null,
    review_item  varchar(5)   not null,
    message_key  varchar(100) not null,
    -- the message's arguments joined by U+001F
    args         varchar(1000) not null default '',
    primary key (hi_rxno, seq)
);

create table ph_rx_review_sample (
    id                  bigserial    primary key,
    institution_code    varchar(12)  collate "C" not null,
    institution_region  varchar(12)  collate "C" not null,
    month               date         not null check (extract(day from month) = 1),
    seed                varchar(100) not null check (seed <> ''),
    share               numeric(5,4) not null check (share > 0 and share <= 1),
    population          integer      not null check (population >= 0),
    sample_size         integer      not null check (sample_size >= 0 and sample_size <= population),
    created_by          varchar(64)  not null,
    created_at          timestamptz  not null default now(),
    unique (institution_code, month)
);

create index ph_rx_review_sample_region on ph_rx_review_sample (institution_region, month);

create table ph_rx_review (
    sample_id    bigint       not null references ph_rx_review_sample (id),
    hi_rxno      varchar(40)  collate "C" not null references ph_prescription (hi_rxno),
    position     integer      not null,
    doctor_code  varchar(30)  collate "C" not null,
    doctor_name  varchar(50)  not null,
    status       varchar(10)  not null default 'PENDING' check (status in ('PENDING', 'REVIEWED')),
    -- the 处方点评 items found, comma-separated (1-1 … 3-4); empty = 合理
    items        varchar(200) not null default '',
    note         varchar(500) not null default '',
    reviewer     varchar(64),
    reviewed_at  timestamptz,
    primary key (sample_id, hi_rxno),
    check ((reviewer is null) = (reviewed_at is null))
);
