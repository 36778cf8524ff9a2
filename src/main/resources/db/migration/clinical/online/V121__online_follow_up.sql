-- The internet hospital (互联网医院, clinical.online): online follow-up visits (复诊) with their
-- messages and state trail, prescription renewals (续方) issued through pharma's e-prescription
-- flow, the prescribers' cloud-signature keys, and post-discharge follow-up plans with check-ins.
-- New tables only: nothing here locks or rewrites an existing table.

create table ol_visit (
    id                 bigint generated always as identity primary key,
    ref                varchar(30)  collate "C" not null unique,
    resident_id        varchar(64)  collate "C" not null,
    institution_code   varchar(12)  collate "C" not null,
    institution_name   varchar(200) not null,
    condition_code     varchar(20)  collate "C" not null,
    condition_name     varchar(100) not null,
    -- the earlier in-person diagnosis that makes the resident eligible (互联网诊疗管理办法: 复诊 only)
    evidence_code      varchar(20)  collate "C" not null,
    evidence_institution varchar(12) collate "C" not null,
    evidence_day       date         not null,
    complaint          varchar(1000) not null,
    status             varchar(16)  not null check (status in ('REQUESTED', 'ACCEPTED', 'IN_CONSULTATION', 'COMPLETED', 'CANCELLED')),
    doctor_username    varchar(64),
    doctor_name        varchar(100),
    video_link         varchar(300),
    conclusion         varchar(2000),
    requested_at       timestamptz  not null,
    accepted_at        timestamptz,
    started_at         timestamptz,
    completed_at       timestamptz,
    cancelled_at       timestamptz,
    cancel_reason      varchar(300)
);
create index ol_visit_resident on ol_visit (resident_id, requested_at desc);
create index ol_visit_institution on ol_visit (institution_code, status, requested_at desc);

-- every change of state, who made it and when (the visit's trail; the audit log has the request too)
create table ol_visit_event (
    id          bigint generated always as identity primary key,
    visit_id    bigint       not null references ol_visit (id),
    status      varchar(16)  not null check (status in ('REQUESTED', 'ACCEPTED', 'IN_CONSULTATION', 'COMPLETED', 'CANCELLED')),
    at          timestamptz  not null,
    actor       varchar(100) not null,
    note        varchar(300)
);
create index ol_visit_event_visit on ol_visit_event (visit_id, id);
-- the trail is append-only for the application
revoke update, delete, truncate on ol_visit_event from "${appUser}";

create table ol_message (
    id            bigint generated always as identity primary key,
    visit_id      bigint       not null references ol_visit (id),
    sender        varchar(10)  not null check (sender in ('RESIDENT', 'DOCTOR')),
    sender_name   varchar(100) not null,
    body          varchar(2000),
    image         bytea,
    image_type    varchar(20)  check (image_type in ('image/png', 'image/jpeg')),
    at            timestamptz  not null,
    check (body is not null or image is not null)
);
create index ol_message_visit on ol_message (visit_id, id);

create table ol_renewal (
    id                 bigint generated always as identity primary key,
    ref                varchar(30)  collate "C" not null unique,
    resident_id        varchar(64)  collate "C" not null,
    institution_code   varchar(12)  collate "C" not null,
    institution_name   varchar(200) not null,
    original_rxno      varchar(40)  collate "C" not null,
    diagnosis_code     varchar(20)  collate "C" not null,
    diagnosis_name     varchar(100) not null,
    drugs              varchar(1000) not null,
    note               varchar(500),
    status             varchar(10)  not null check (status in ('REQUESTED', 'ISSUED', 'REFUSED', 'CANCELLED')),
    requested_at       timestamptz  not null,
    decided_by         varchar(100),
    decided_at         timestamptz,
    refuse_reason      varchar(300),
    new_rxno           varchar(40)  collate "C",
    epc_token          varchar(64),
    valid_end          varchar(30)
);
create index ol_renewal_resident on ol_renewal (resident_id, requested_at desc);
create index ol_renewal_institution on ol_renewal (institution_code, status, requested_at desc);
-- one open request per original prescription
create unique index ol_renewal_open on ol_renewal (original_rxno) where status = 'REQUESTED';

-- 云签名: the internet hospital's signing service keeps each prescriber's key, wrapped under the
-- master key (KeyVault); the public half is registered with pharma as the doctor's signer key
create table ol_signer (
    institution_code   varchar(12)  collate "C" not null,
    doctor_code        varchar(64)  collate "C" not null,
    algorithm          varchar(10)  not null check (algorithm in ('SM2', 'ECDSA')),
    private_key        bytea        not null,
    created_at         timestamptz  not null default now(),
    primary key (institution_code, doctor_code)
);

create table ol_plan (
    id                 bigint generated always as identity primary key,
    resident_id        varchar(64)  collate "C" not null,
    institution_code   varchar(12)  collate "C" not null,
    institution_name   varchar(200) not null,
    diagnosis_code     varchar(20)  collate "C" not null,
    diagnosis_name     varchar(100) not null,
    discharged_on      date         not null,
    interval_days      integer      not null check (interval_days between 1 and 180),
    check_ins          integer      not null check (check_ins between 1 and 24),
    instructions       varchar(1000),
    created_by         varchar(100) not null,
    created_at         timestamptz  not null
);
create index ol_plan_institution on ol_plan (institution_code, discharged_on desc);
create index ol_plan_resident on ol_plan (resident_id);

create table ol_check_in (
    id                 bigint generated always as identity primary key,
    plan_id            bigint       not null references ol_plan (id),
    seq                integer      not null,
    due_on             date         not null,
    done_at            timestamptz,
    done_by            varchar(100),
    outcome            varchar(1000),
    unique (plan_id, seq)
);
create index ol_check_in_due on ol_check_in (due_on) where done_at is null;
