-- Two-way referral (双向转诊): the order (ServiceRequest: who, from where to where, why, the
-- summary of the shared record) and its fulfilment (Task: status and the moments of each
-- move) in one row; every move also lands in crf_referral_event, which is append-only.
create table crf_referral (
    id                bigserial primary key,
    ref               varchar(24)  not null unique,
    direction         varchar(4)   not null check (direction in ('UP', 'DOWN')),
    kind              varchar(10)  not null check (kind in ('OUTPATIENT', 'INPATIENT')),
    urgent            boolean      not null default false,
    status            varchar(12)  not null
        check (status in ('REQUESTED', 'ACCEPTED', 'REJECTED', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED')),
    resident_id       varchar(64)  not null,
    from_institution  varchar(12)  not null,
    from_institution_name varchar(200) not null,
    to_institution    varchar(12)  not null,
    to_institution_name varchar(200) not null,
    to_department     varchar(20),
    to_department_name varchar(100),
    in_alliance       boolean      not null,
    alliance_code     varchar(40),
    based_on          bigint references crf_referral (id),
    diagnosis_code    varchar(20),
    diagnosis_name    varchar(200),
    reason            varchar(1000) not null,
    summary           text         not null,
    follow_up_plan    varchar(2000),
    requested_by      varchar(100) not null,
    requested_at      timestamptz  not null,
    appointment_id    bigint,
    slot_start        timestamp,
    slot_doctor       varchar(100),
    bed_note          varchar(100),
    decided_by        varchar(100),
    decided_at        timestamptz,
    reject_reason     varchar(500),
    arrived_at        timestamptz,
    completed_at      timestamptz,
    result_summary    varchar(4000),
    cancelled_at      timestamptz
);

create index crf_referral_from on crf_referral (from_institution, requested_at desc);
create index crf_referral_to on crf_referral (to_institution, requested_at desc);
create index crf_referral_resident on crf_referral (resident_id, requested_at desc);
create index crf_referral_based_on on crf_referral (based_on) where based_on is not null;

create table crf_referral_event (
    id           bigserial primary key,
    referral_id  bigint       not null references crf_referral (id),
    status       varchar(12)  not null
        check (status in ('REQUESTED', 'ACCEPTED', 'REJECTED', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED')),
    at           timestamptz  not null,
    actor        varchar(100) not null,
    note         varchar(1000)
);

create index crf_referral_event_referral on crf_referral_event (referral_id, at);

revoke update, delete, truncate on crf_referral_event from "${appUser}";
