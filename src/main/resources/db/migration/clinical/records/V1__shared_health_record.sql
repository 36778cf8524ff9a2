-- Clinical records: the shared health record (居民健康档案与电子病历) as FHIR R4 resources sent by hospitals.
-- New tables only: nothing is locked or rewritten.

-- One FHIR resource, its JSON as stored (references rewritten to the platform's ids) and the columns searches use:
-- the resident (EMPI id), the type, the clinically relevant day and time, and every code it carries
-- ('system|code' and the bare code) for token search.
create table cr_resource (
    id                  bigint generated always as identity primary key,
    resource_type       varchar(40)  not null,
    resource_id         varchar(64)  not null,
    version             integer      not null default 1,
    resident_id         varchar(64),
    source_institution  varchar(12)  not null,
    business_key        varchar(300),
    effective_at        timestamptz,
    effective_day       date,
    category            varchar(60),
    codes               text[]       not null default '{}',
    body                jsonb        not null,
    bundle_id           bigint       not null,
    stored_at           timestamptz  not null default now(),
    updated_at          timestamptz  not null default now(),
    constraint cr_resource_type_id unique (resource_type, resource_id)
);

-- $everything and the timeline: one resident's resources by type and day.
create index cr_resource_resident on cr_resource (resident_id, resource_type, effective_day desc);
-- token search on code across residents (recognition, reporting)
create index cr_resource_codes on cr_resource using gin (codes);
-- a re-sent resource (the same identifier from the same institution) replaces the stored one
create unique index cr_resource_business_key on cr_resource (source_institution, resource_type, business_key)
    where business_key is not null;

-- One bundle as received: who sent it, its type, how many entries, the outcome.
create table cr_bundle (
    id                  bigint generated always as identity primary key,
    source_institution  varchar(12)  not null,
    bundle_type         varchar(12)  not null check (bundle_type in ('TRANSACTION', 'BATCH')),
    entries             integer      not null,
    stored              integer      not null,
    received_by         varchar(64),
    received_at         timestamptz  not null default now()
);
