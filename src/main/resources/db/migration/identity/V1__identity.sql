-- Identity: master patient index (residents, source records, identifiers, link history, review queue),
-- health cards and their scans, consent and access log, insurance e-voucher accounts and ecTokens, keys.
-- New tables only: nothing is locked or rewritten.

-- Secrets generated at first start when not configured (see docs/modules/identity.md §7.3).
create table idn_key (
    name        varchar(40) primary key,
    value       bytea       not null,
    created_at  timestamptz not null default now()
);

-- The golden record of a person. ID number, phone and address are AES-GCM encrypted; id_number_bidx is an
-- HMAC-SHA256 blind index of the ID number for lookups. The masked forms are kept for lists.
create table idn_resident (
    id              integer generated always as identity primary key,
    resident_id     varchar(64)  not null unique,
    name            varchar(100) not null,
    pinyin          varchar(300),
    sex             char(1)      not null,
    birth_date      date,
    document_type   char(2),
    id_number_enc   text,
    id_number_bidx  char(64),
    id_number_mask  varchar(40),
    phone_enc       text,
    phone_mask      varchar(20),
    address_enc     text,
    status          varchar(10)  not null default 'ACTIVE' check (status in ('ACTIVE', 'MERGED')),
    merged_into     varchar(64),
    created_at      timestamptz  not null default now(),
    updated_at      timestamptz  not null default now()
);
create index idn_resident_bidx on idn_resident (id_number_bidx);
create index idn_resident_name on idn_resident (name);

-- What one institution sent about one of its patients; the matcher indexes these.
create table idn_source_record (
    id                integer generated always as identity primary key,
    institution_code  varchar(12)  not null,
    region_code       varchar(12)  not null,
    patient_no        varchar(64)  not null,
    resident_id       varchar(64)  not null references idn_resident (resident_id),
    name              varchar(100) not null,
    pinyin            varchar(300),
    sex               char(1)      not null,
    birth_date        date,
    document_type     char(2),
    id_number_enc     text,
    phone_enc         text,
    address_enc       text,
    decision          varchar(10)  not null,
    rule              varchar(20)  not null,
    weight            numeric(8,2),
    created_at        timestamptz  not null default now(),
    unique (institution_code, patient_no)
);
create index idn_source_resident on idn_source_record (resident_id);

-- Identifiers of a resident: ID_NUMBER (lookup_key = blind index), HEALTH_CARD, PSN_NO, PATIENT_NO (issuer =
-- institution code). No unique constraint: a merge moves identifiers and may bring two equal ones together.
create table idn_identifier (
    id           bigint generated always as identity primary key,
    resident_id  varchar(64) not null references idn_resident (resident_id),
    type         varchar(12) not null check (type in ('ID_NUMBER', 'HEALTH_CARD', 'PSN_NO', 'PATIENT_NO')),
    issuer       varchar(12) not null default '',
    lookup_key   varchar(64) not null,
    masked       varchar(64) not null,
    created_at   timestamptz not null default now()
);
create index idn_identifier_lookup on idn_identifier (type, lookup_key);
create index idn_identifier_resident on idn_identifier (resident_id);

-- Link history: every registration, merge, unmerge and review decision, never updated.
create table idn_link_event (
    id                 bigint generated always as identity primary key,
    at                 timestamptz  not null default clock_timestamp(),
    action             varchar(10)  not null check (action in ('NEW', 'LINK', 'REVIEW', 'MERGE', 'UNMERGE', 'REJECT')),
    resident_id        varchar(64)  not null,
    other_resident_id  varchar(64),
    source_record_id   integer,
    rule               varchar(20),
    weight             numeric(8,2),
    actor              varchar(64)
);
create index idn_link_event_resident on idn_link_event (resident_id);

create table idn_merge (
    id           bigint generated always as identity primary key,
    survivor_id  varchar(64) not null,
    merged_id    varchar(64) not null,
    at           timestamptz not null default now(),
    actor        varchar(64),
    undone_at    timestamptz,
    undone_by    varchar(64)
);

-- What a merge moved, so an unmerge can move exactly that back.
create table idn_merge_item (
    merge_id  bigint      not null references idn_merge (id),
    kind      varchar(10) not null check (kind in ('SOURCE', 'IDENTIFIER')),
    item_id   bigint      not null,
    primary key (merge_id, kind, item_id)
);

-- Uncertain pairs: the incoming source record (with its provisional resident) against a candidate resident.
create table idn_review (
    id                    bigint generated always as identity primary key,
    source_record_id      integer      not null references idn_source_record (id),
    resident_id           varchar(64)  not null,
    candidate_source_id   integer      not null references idn_source_record (id),
    candidate_resident_id varchar(64)  not null,
    region_code           varchar(12)  not null,
    rule                  varchar(20)  not null,
    weight                numeric(8,2) not null,
    comparison            text         not null,
    status                varchar(10)  not null default 'OPEN' check (status in ('OPEN', 'LINKED', 'REJECTED')),
    created_at            timestamptz  not null default now(),
    decided_by            varchar(64),
    decided_at            timestamptz
);
create index idn_review_open on idn_review (status, created_at);

-- Health cards: serial = the 14-digit opaque serial of HealthCardNumber.
create table idn_card (
    serial       bigint      primary key,
    resident_id  varchar(64) not null references idn_resident (resident_id),
    status       varchar(10) not null default 'ACTIVE' check (status in ('ACTIVE', 'REVOKED')),
    issued_at    timestamptz not null default now(),
    revoked_at   timestamptz,
    revoke_reason varchar(20)
);
create index idn_card_resident on idn_card (resident_id);

-- Every online verification of a code: who scanned, where, why, and the outcome.
create table idn_scan (
    id                bigint generated always as identity primary key,
    at                timestamptz not null default now(),
    kind              varchar(20) not null,
    card_serial       bigint,
    resident_id       varchar(64),
    institution_code  varchar(12),
    username          varchar(64),
    purpose           varchar(100),
    outcome           varchar(20) not null
);
create index idn_scan_resident on idn_scan (resident_id, at desc);

-- Consent: the resident allows or denies an institution or an alliance to see records from other institutions.
create table idn_consent (
    id            bigint generated always as identity primary key,
    resident_id   varchar(64) not null references idn_resident (resident_id),
    grantee_kind  varchar(12) not null check (grantee_kind in ('INSTITUTION', 'ALLIANCE')),
    grantee_code  varchar(40) not null,
    effect        varchar(5)  not null check (effect in ('ALLOW', 'DENY')),
    valid_until   date,
    created_at    timestamptz not null default now(),
    withdrawn_at  timestamptz
);
create index idn_consent_resident on idn_consent (resident_id);

-- Reads of a resident's data (also in the platform audit log), for the resident's own access log page.
create table idn_access (
    id                bigint generated always as identity primary key,
    at                timestamptz not null default clock_timestamp(),
    resident_id       varchar(64) not null,
    username          varchar(64),
    display_name      varchar(100),
    institution_code  varchar(12),
    basis             varchar(12) not null check (basis in ('SELF', 'REGISTERED', 'CONSENT', 'REGION', 'ALL', 'BREAK_GLASS')),
    reason            varchar(200),
    reviewed          boolean     not null default false
);
create index idn_access_resident on idn_access (resident_id, at desc);

-- Insurance e-voucher accounts (subject serial of the SYE1 QR) and decoded ecTokens.
create table idn_voucher_account (
    serial          bigint       primary key,
    resident_id     varchar(64)  not null references idn_resident (resident_id),
    psn_no          varchar(30)  not null,
    insuplc_admdvs  varchar(12)  not null,
    created_at      timestamptz  not null default now()
);
create index idn_voucher_resident on idn_voucher_account (resident_id);

create table idn_ec_token (
    token             varchar(40) primary key,
    voucher_serial    bigint      not null references idn_voucher_account (serial),
    institution_code  varchar(12) not null,
    business_type     varchar(5)  not null,
    issued_at         timestamptz not null,
    expires_at        timestamptz not null,
    status            varchar(10) not null,
    version           integer     not null default 0,
    used_at           timestamptz
);
