-- Death registration (死亡登记): a resident's date of death with its source, as the hospital that issued the
-- 死亡医学证明 or the civil-affairs / public-security feed reported it. Fund supervision's 死亡后就医 reads it through
-- the ResidentDeaths API. New tables only: nothing is locked or rewritten.

-- The death in force: one row per resident; a correction updates it under its version (conditional update).
create table idn_death (
    resident_id     varchar(64)  primary key references idn_resident (resident_id),
    date_of_death   date         not null,
    source          varchar(20)  not null check (source in ('MEDICAL_CERTIFICATE', 'CIVIL_AFFAIRS', 'PUBLIC_SECURITY')),
    -- the 死亡医学证明 number; required for a medical certificate, optional for a feed (its own record number)
    certificate_no  varchar(30),
    -- who reported it: the issuing institution (12 characters) or the feed's region (6 digits)
    reported_by_org varchar(12)  not null,
    recorded_by     varchar(64)  not null,
    recorded_at     timestamptz  not null default now(),
    version         integer      not null default 1 check (version >= 1),
    check (source <> 'MEDICAL_CERTIFICATE' or certificate_no is not null)
);
create index idn_death_date on idn_death (date_of_death);

-- Every registration and correction, never updated nor deleted: what the resident's page shows as the trail.
create table idn_death_change (
    id              bigint generated always as identity primary key,
    resident_id     varchar(64)  not null references idn_resident (resident_id),
    version         integer      not null,
    action          varchar(10)  not null check (action in ('RECORD', 'CORRECT')),
    date_of_death   date         not null,
    previous_date   date,
    source          varchar(20)  not null check (source in ('MEDICAL_CERTIFICATE', 'CIVIL_AFFAIRS', 'PUBLIC_SECURITY')),
    certificate_no  varchar(30),
    reported_by_org varchar(12)  not null,
    reason          varchar(500),
    changed_by      varchar(64)  not null,
    changed_at      timestamptz  not null default clock_timestamp(),
    unique (resident_id, version)
);
revoke update, delete, truncate on idn_death_change from "${appUser}";
