-- Remote consultation (远程会诊): a request from one institution to a consultant institution about a resident, with
-- attachments chosen from the shared record, a scheduled slot with a video-meeting link, one or several consultants
-- (MDT), the written opinion (filed in the shared record) and the billable fee item; every change in the trail.
create table con_consultation (
    id                bigserial primary key,
    resident_id       varchar(64) not null,
    requester_code    varchar(12) not null,
    requested_by      varchar(64) not null,
    requester_name    varchar(100) not null,
    consultant_code   varchar(12) not null,
    question          varchar(1000) not null,
    status            varchar(12) not null check (status in ('REQUESTED', 'SCHEDULED', 'COMPLETED', 'DECLINED', 'CANCELLED')),
    slot_start        timestamptz,
    slot_minutes      int,
    meeting_link      varchar(300),
    fee_item_code     varchar(30),
    fee               numeric(18, 2),
    opinion           text,
    opinion_by        varchar(64),
    opinion_name      varchar(100),
    opinion_reference varchar(100),
    requested_at      timestamptz not null,
    version           int not null default 0
);
create index con_consultation_requester on con_consultation (requester_code, requested_at desc);
create index con_consultation_consultant on con_consultation (consultant_code, requested_at desc);

-- What the requester shares from the shared record (references to DiagnosticReport, DocumentReference, ImagingStudy).
create table con_attachment (
    consultation_id bigint not null references con_consultation (id),
    reference       varchar(100) not null,
    title           varchar(200),
    primary key (consultation_id, reference)
);

-- The consultants: one, or several for a multidisciplinary consultation (MDT).
create table con_consultant (
    consultation_id bigint not null references con_consultation (id),
    name            varchar(100) not null,
    department      varchar(100),
    primary key (consultation_id, name)
);

-- The trail of states: who moved the consultation, when, from what to what.
create table con_event (
    id              bigserial primary key,
    consultation_id bigint not null references con_consultation (id),
    at              timestamptz not null,
    actor           varchar(64) not null,
    status          varchar(12) not null,
    note            varchar(500)
);
create index con_event_consultation on con_event (consultation_id, at);
