-- 集采 (centralized volume-based procurement): rounds, their products (generic + form + spec), winning bids, the
-- catalogue items that belong to each product (winning or not: the substitution watch), demand reported by each
-- institution with its agreed volume, purchase lines, and 结余留用 computed per cycle under two-officer review.
-- Volumes are whole minimum units (最小制剂单位); unit prices are per minimum unit with four decimals (a tablet often
-- costs less than a fen); amounts are numeric(18,2).

create table ph_round (
    id                bigserial primary key,
    code              varchar(40) collate "C" not null unique check (code ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$'),
    name              varchar(200) not null,
    level             varchar(12)  not null check (level in ('NATIONAL', 'PROVINCIAL', 'ALLIANCE')),
    kind              varchar(12)  not null check (kind in ('DRUG', 'CONSUMABLE')),
    batch_no          varchar(40)  not null,
    -- the region carrying out the round (the city or province whose institutions report demand and buy)
    region_code       varchar(12)  collate "C" not null,
    start_date        date         not null,
    cycle_months      integer      not null check (cycle_months between 1 and 36),
    agreed_ratio      numeric(4,3) not null check (agreed_ratio > 0 and agreed_ratio <= 1),
    few_winners_ratio numeric(4,3) not null check (few_winners_ratio > 0 and few_winners_ratio <= 1),
    demand_floor      numeric(4,3) not null check (demand_floor >= 0 and demand_floor <= 1),
    alert_gap         numeric(4,3) not null check (alert_gap >= 0 and alert_gap <= 1),
    insurance_share   numeric(4,3) not null check (insurance_share >= 0 and insurance_share <= 1),
    retention_ratio   numeric(4,3) not null check (retention_ratio >= 0 and retention_ratio <= 1),
    created_by        varchar(64)  not null,
    created_at        timestamptz  not null default now()
);

create table ph_product (
    id               bigserial primary key,
    round_id         bigint        not null references ph_round (id),
    generic_name     varchar(200)  not null,
    dosage_form      varchar(100)  not null,
    specification    varchar(200)  not null,
    comparable_unit  varchar(20)   not null,
    pre_round_price  numeric(18,4) not null check (pre_round_price > 0),
    unique (round_id, generic_name, dosage_form, specification)
);

create table ph_bid (
    id              bigserial primary key,
    product_id      bigint        not null references ph_product (id),
    enterprise      varchar(200)  not null,
    item_code       varchar(50)   collate "C" not null,
    winning_price   numeric(18,4) not null check (winning_price > 0),
    rise_flagged    boolean       not null default false,
    rise_reason     varchar(500),
    supply_regions  varchar(500),
    created_by      varchar(64)   not null,
    created_at      timestamptz   not null default now(),
    unique (product_id, item_code),
    check (not rise_flagged or rise_reason is not null)
);

-- Which catalogue items are the product: the winners (bid_id set) and the same generic's other products, whose
-- purchases the substitution watch counts. An item belongs to one product of a round.
create table ph_product_item (
    round_id    bigint      not null references ph_round (id),
    item_code   varchar(50) collate "C" not null,
    product_id  bigint      not null references ph_product (id),
    bid_id      bigint      references ph_bid (id),
    primary key (round_id, item_code)
);

create table ph_demand (
    id                  bigserial primary key,
    product_id          bigint       not null references ph_product (id),
    institution_code    varchar(12)  collate "C" not null,
    institution_region  varchar(12)  collate "C" not null,
    prior_usage         bigint       not null check (prior_usage >= 0),
    reported            bigint       not null check (reported >= 0),
    reason              varchar(500),
    agreed_volume       bigint       not null check (agreed_volume >= 0),
    entered_by          varchar(64)  not null,
    entered_at          timestamptz  not null default now(),
    unique (product_id, institution_code)
);

-- Purchase lines (阳光采购 orders as received): the hot table of 完成进度, up to 10^7 lines a round-year, so it is
-- narrow and carries the institution's region and the winning flag it was bought under.
create table ph_purchase (
    id                  bigserial primary key,
    round_id            bigint        not null references ph_round (id),
    product_id          bigint        not null references ph_product (id),
    institution_code    varchar(12)   collate "C" not null,
    institution_region  varchar(12)   collate "C" not null,
    item_code           varchar(50)   collate "C" not null,
    winning             boolean       not null,
    purchase_date       date          not null,
    quantity            bigint        not null check (quantity > 0),
    unit_price          numeric(18,4) not null check (unit_price >= 0),
    amount              numeric(18,2) not null check (amount >= 0)
);
create index ph_purchase_round_date on ph_purchase (round_id, purchase_date);

-- 结余留用 of one cycle of a round: computed for every institution, proposed by one officer, approved by another.
create table ph_retention (
    id              bigserial primary key,
    round_id        bigint        not null references ph_round (id),
    cycle_no        integer       not null check (cycle_no >= 1),
    cycle_start     date          not null,
    cycle_end       date          not null,
    budget          numeric(18,2) not null,
    actual_spend    numeric(18,2) not null,
    surplus         numeric(18,2) not null,
    retained        numeric(18,2) not null,
    status          varchar(12)   not null check (status in ('PENDING', 'APPROVED', 'REJECTED', 'SUPERSEDED')),
    proposed_by     varchar(64)   not null,
    proposed_at     timestamptz   not null default now(),
    decided_by      varchar(64),
    decided_at      timestamptz,
    note            varchar(500)
);
-- At most one pending computation of a cycle (the maker–checker rule, also under concurrency).
create unique index ph_retention_one_pending on ph_retention (round_id, cycle_no) where status = 'PENDING';

create table ph_retention_line (
    retention_id      bigint        not null references ph_retention (id),
    institution_code  varchar(12)   collate "C" not null,
    institution_region varchar(12)  collate "C" not null,
    agreed            bigint        not null,
    winning           bigint        not null,
    completion        numeric(9,4)  not null,
    budget            numeric(18,2) not null,
    actual_spend      numeric(18,2) not null,
    surplus           numeric(18,2) not null,
    eligible          boolean       not null,
    retained          numeric(18,2) not null,
    primary key (retention_id, institution_code)
);
