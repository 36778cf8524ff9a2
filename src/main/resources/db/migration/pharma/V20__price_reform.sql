-- 腾笼换鸟 (issue 14): the conditions under which a region may adjust medical-service prices, as versioned data;
-- saved price-reform scenarios with their computed result; and the publication of a scenario as a new version of the
-- service price catalogue under two-officer review. New tables only: nothing existing is locked or rewritten.

-- Trigger conditions (启动条件): a region's versions by date; region '000000' is the platform's default for regions
-- without their own. A change is a new version (never an update).
create table ph_reform_trigger (
    id                   bigserial     primary key,
    region               varchar(6)    not null check (region ~ '^[0-9]{6}$'),
    version              varchar(40)   not null,
    effective_from       date          not null,
    min_fund_months      numeric(6,2)  not null check (min_fund_months >= 0),
    max_cost_growth      numeric(6,4)  not null,
    service_share_target numeric(5,4)  not null check (service_share_target between 0 and 1),
    note                 varchar(500)  not null default '',
    created_by           varchar(64)   not null,
    created_at           timestamptz   not null default now(),
    unique (region, version),
    unique (region, effective_from)
);
-- the default: the fund pays at least six months from its balance, costs grow at most 10 % a year, and services
-- are still below 35 % of medical revenue (next-wave.md §3.4, [mem]: regions set their own)
insert into ph_reform_trigger (region, version, effective_from, min_fund_months, max_cost_growth, service_share_target,
    note, created_by)
values ('000000', 'default-1', '2021-01-01', 6, 0.10, 0.35, '平台默认：基金可支付月数≥6、医疗费用增长率≤10%、医疗服务收入占比低于35%',
    'system');

-- A saved scenario: the draft (inputs) and what it computed over the baseline year.
create table ph_price_scenario (
    id                bigserial     primary key,
    region            varchar(6)    not null check (region ~ '^[0-9]{6}$'),
    name              varchar(100)  not null,
    baseline_from     date          not null,
    baseline_to       date          not null,
    consumable_markup numeric(6,4)  not null check (consumable_markup between 0 and 1),
    test_cut          numeric(6,4)  not null check (test_cut between 0 and 1),
    fund_share        numeric(6,4)  not null check (fund_share between 0 and 1),
    -- charge type → raise (0.30) and catalogue code → new price
    service_raises    jsonb         not null default '{}',
    new_prices        jsonb         not null default '{}',
    fund_months       numeric(6,2)  not null,
    cost_growth       numeric(6,4)  not null,
    trigger_id        bigint        not null references ph_reform_trigger (id),
    -- PriceReform.Result as JSON
    result            jsonb         not null,
    created_by        varchar(64)   not null,
    created_at        timestamptz   not null default now(),
    check (baseline_to >= baseline_from)
);
create index ph_price_scenario_region on ph_price_scenario (region, id desc);

-- Publishing a scenario as the service catalogue's new price version, from a date: proposed by one officer,
-- approved (the catalogue version is then imported into terminology) or rejected by another.
create table ph_price_publication (
    id                bigserial     primary key,
    scenario_id       bigint        not null references ph_price_scenario (id),
    region            varchar(6)    not null,
    effective_from    date          not null,
    effective_to      date,
    status            varchar(10)   not null check (status in ('PENDING', 'APPROVED', 'REJECTED')),
    catalogue_version varchar(40),
    proposed_by       varchar(64)   not null,
    proposed_at       timestamptz   not null default now(),
    reviewed_by       varchar(64),
    reviewed_at       timestamptz,
    review_note       varchar(500),
    check (reviewed_by is null or reviewed_by <> proposed_by)
);
create index ph_price_publication_region on ph_price_publication (region, status);
