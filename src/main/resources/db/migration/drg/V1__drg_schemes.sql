-- DRG grouping schemes held as data. Each imported version keeps its files exactly as uploaded (scheme.json and the
-- CSV tables as text, ~5 MB for CHS-DRG 1.1): the engine compiles them in memory at start-up, so the database holds
-- the one source of truth and a re-import of the same files gives the same grouper. Regions are assigned schemes for
-- periods of discharge dates; the most specific region prefix wins (000000 = whole country).
-- btree_gist lets a single exclusion constraint forbid two active schemes for the same region on the same day.
create extension if not exists btree_gist;

create table drg_scheme (
    id             bigserial    primary key,
    code           varchar(60)  not null check (code ~ '^[A-Za-z0-9_.-]+$'),
    version        varchar(40)  not null check (version ~ '^[A-Za-z0-9_.-]+$'),
    name           varchar(200) not null,
    status         varchar(20)  not null default 'ACTIVE' check (status in ('ACTIVE', 'RETIRED')),
    effective_from date         not null,
    effective_to   date,
    mdc_count      integer      not null check (mdc_count > 0),
    adrg_count     integer      not null check (adrg_count > 0),
    drg_count      integer      not null check (drg_count > 0),
    content_sha256 char(64)     not null,
    source         varchar(1000) not null default '',
    imported_by    varchar(64),
    imported_at    timestamptz  not null default now(),
    unique (code, version),
    check (effective_to is null or effective_to > effective_from)
);

-- One row per file of a scheme; content is the UTF-8 text without a byte-order mark.
create table drg_scheme_file (
    scheme_id bigint       not null references drg_scheme (id),
    name      varchar(100) not null check (name ~ '^[A-Za-z0-9_.-]+$'),
    content   text         not null,
    bytes     integer      not null check (bytes >= 0),
    lines     integer      not null check (lines >= 0),
    sha256    char(64)     not null,
    primary key (scheme_id, name)
);

-- Which scheme groups the cases of a region, by discharge date; valid_to is exclusive, null = open-ended.
create table drg_scheme_region (
    id            bigserial   primary key,
    scheme_id     bigint      not null references drg_scheme (id),
    region_code   varchar(6)  not null check (region_code ~ '^[0-9]{6}$'),
    -- 350000 -> 35, 359900 -> 3599, 000000 -> '' (every region code starts with it)
    region_prefix varchar(6)  generated always as (regexp_replace(region_code, '(00)+$', '')) stored,
    valid_from    date        not null,
    valid_to      date,
    active        boolean     not null default true,
    assigned_by   varchar(64),
    assigned_at   timestamptz not null default now(),
    check (valid_to is null or valid_to > valid_from),
    constraint drg_scheme_region_no_overlap exclude using gist (
        region_prefix with =, daterange(valid_from, valid_to, '[)') with &&) where (active)
);
create index drg_scheme_region_scheme on drg_scheme_region (scheme_id);
