-- Appointments (预约挂号) and the live queue (候诊排队): release rules per institution, weekly rosters, the schedules
-- and time-segment slots they produce, appointments with their queue numbers, payments, and satisfaction surveys.
-- The two promises of the module live here, not in Java: a slot never holds more than its capacity (CHECK on
-- ca_slot.taken, taken is changed only by conditional updates) and a resident holds at most one live appointment
-- per doctor and day (partial unique index on ca_appointment).

-- When the public share of a day's slots opens (e.g. 7 days ahead at 08:00) and until when a booking may be
-- cancelled; one row per institution, the platform's defaults apply to the others.
create table ca_release_rule (
    institution_code   varchar(12) primary key,
    days_ahead         int  not null check (days_ahead between 1 and 60),
    release_time       time not null,
    cancel_before_min  int  not null check (cancel_before_min between 0 and 2880),
    hold_minutes       int  not null check (hold_minutes between 1 and 30),
    updated_at         timestamptz not null default now()
);

-- A doctor's weekly roster (出诊安排): which half-days they see patients, how the half-day is cut into segments
-- (分时段), how many patients each segment takes and which part is kept for referrals and walk-ins.
create table ca_roster (
    id                 bigserial primary key,
    institution_code   varchar(12) not null,
    institution_name   varchar(100) not null,
    region_code        varchar(12) not null,
    department_code    varchar(20) not null,
    department_name    varchar(60) not null,
    doctor_ref         varchar(40) not null,
    doctor_name        varchar(40) not null,
    doctor_title       varchar(20) not null,
    weekday            int  not null check (weekday between 1 and 7),
    period             varchar(2) not null check (period in ('AM', 'PM')),
    starts             time not null,
    segment_minutes    int  not null check (segment_minutes between 5 and 120),
    segments           int  not null check (segments between 1 and 24),
    per_segment        int  not null check (per_segment between 1 and 50),
    referral_per_segment int not null default 0 check (referral_per_segment >= 0),
    walkin_per_segment int  not null default 0 check (walkin_per_segment >= 0),
    fee                numeric(18,2) not null check (fee >= 0),
    room               varchar(20),
    active             boolean not null default true,
    check (referral_per_segment + walkin_per_segment < per_segment),
    unique (institution_code, doctor_ref, weekday, period)
);

-- One doctor's half-day on a date (FHIR Schedule for that day), made from the roster or published by the HIS.
create table ca_schedule (
    id                 bigserial primary key,
    institution_code   varchar(12) not null,
    institution_name   varchar(100) not null,
    region_code        varchar(12) not null,
    department_code    varchar(20) not null,
    department_name    varchar(60) not null,
    doctor_ref         varchar(40) not null,
    doctor_name        varchar(40) not null,
    doctor_title       varchar(20) not null,
    day                date not null,
    period             varchar(2) not null check (period in ('AM', 'PM')),
    fee                numeric(18,2) not null check (fee >= 0),
    room               varchar(20),
    status             varchar(10) not null default 'OPEN' check (status in ('OPEN', 'STOPPED')),
    unique (institution_code, doctor_ref, day, period)
);
create index ca_schedule_day on ca_schedule (day, institution_code, department_code);

-- A time segment of a schedule for one share (pool): capacity numbers from first_no on. taken counts holds and
-- bookings; it only ever changes by "update … where taken < capacity" (book) and "where taken > 0" (release).
create table ca_slot (
    id                 bigserial primary key,
    schedule_id        bigint not null references ca_schedule (id),
    pool               varchar(10) not null check (pool in ('PUBLIC', 'REFERRAL', 'WALKIN')),
    starts_at          timestamptz not null,
    ends_at            timestamptz not null,
    first_no           int not null,
    capacity           int not null check (capacity > 0),
    taken              int not null default 0,
    check (taken >= 0 and taken <= capacity),
    unique (schedule_id, pool, starts_at)
);
create index ca_slot_schedule on ca_slot (schedule_id);

-- An appointment (FHIR Appointment) and its place in the queue. Queue numbers are unique within a schedule.
create table ca_appointment (
    id                 bigserial primary key,
    slot_id            bigint not null references ca_slot (id),
    schedule_id        bigint not null references ca_schedule (id),
    institution_code   varchar(12) not null,
    doctor_ref         varchar(40) not null,
    day                date not null,
    resident_id        varchar(40) not null,
    channel            varchar(10) not null check (channel in ('PORTAL', 'DESK', 'REFERRAL', 'API')),
    status             varchar(12) not null check (status in ('HELD', 'BOOKED', 'CHECKED_IN', 'CALLED',
                                     'FULFILLED', 'CANCELLED', 'EXPIRED', 'NOSHOW')),
    queue_no           int,
    priority           int not null default 0,
    fee                numeric(18,2) not null,
    referral_ref       varchar(40),
    hold_expires_at    timestamptz,
    created_at         timestamptz not null default now(),
    booked_at          timestamptz,
    cancelled_at       timestamptz,
    checked_in_at      timestamptz,
    called_at          timestamptz,
    finished_at        timestamptz
);
-- at most one live appointment per resident, doctor and day, whatever the interleaving of requests
create unique index ca_appointment_one_per_doctor_day on ca_appointment (resident_id, institution_code, doctor_ref, day)
    where status in ('HELD', 'BOOKED', 'CHECKED_IN', 'CALLED', 'FULFILLED');
create unique index ca_appointment_queue_no on ca_appointment (schedule_id, queue_no)
    where status not in ('CANCELLED', 'EXPIRED');
create index ca_appointment_resident on ca_appointment (resident_id, day desc);
create index ca_appointment_schedule on ca_appointment (schedule_id, status);
create index ca_appointment_held on ca_appointment (hold_expires_at) where status = 'HELD';

-- What was charged and refunded for registration fees, with the payment provider's reference. Append-only.
create table ca_payment (
    id                 bigserial primary key,
    appointment_id     bigint not null references ca_appointment (id),
    kind               varchar(6) not null check (kind in ('CHARGE', 'REFUND')),
    amount             numeric(18,2) not null check (amount > 0),
    provider           varchar(20) not null,
    provider_ref       varchar(64) not null,
    at                 timestamptz not null default now(),
    unique (appointment_id, kind)
);
revoke update, delete, truncate on ca_payment from "${appUser}";

-- Survey questions per institution kind (configurable data): one of them is the overall satisfaction question.
create table ca_survey_question (
    id                 bigserial primary key,
    institution_kind   varchar(30) not null,
    ordinal            int not null,
    code               varchar(20) not null,
    text_zh            varchar(200) not null,
    text_en            varchar(200) not null,
    overall            boolean not null default false,
    active             boolean not null default true,
    unique (institution_kind, code)
);

-- A resident's answers after a completed visit: one response per appointment, scores 1 (very dissatisfied) to 5.
create table ca_survey_response (
    id                 bigserial primary key,
    appointment_id     bigint not null unique references ca_appointment (id),
    resident_id        varchar(40) not null,
    institution_code   varchar(12) not null,
    satisfied          boolean not null,
    comment            varchar(500),
    submitted_at       timestamptz not null default now()
);
create table ca_survey_answer (
    response_id        bigint not null references ca_survey_response (id),
    question_code      varchar(20) not null,
    score              int not null check (score between 1 and 5),
    primary key (response_id, question_code)
);

insert into ca_survey_question (institution_kind, ordinal, code, text_zh, text_en, overall) values
 ('HOSPITAL', 1, 'WAIT', '候诊等待时间是否满意', 'Were you satisfied with the waiting time?', false),
 ('HOSPITAL', 2, 'DOCTOR', '医生的诊疗与解释是否满意', 'Were you satisfied with the doctor''s care and explanations?', false),
 ('HOSPITAL', 3, 'ENV', '就诊环境与指引是否满意', 'Were you satisfied with the premises and signposting?', false),
 ('HOSPITAL', 4, 'OVERALL', '本次就诊总体满意度', 'Overall satisfaction with this visit', true),
 ('PRIMARY', 1, 'WAIT', '候诊等待时间是否满意', 'Were you satisfied with the waiting time?', false),
 ('PRIMARY', 2, 'DOCTOR', '医生的诊疗与解释是否满意', 'Were you satisfied with the doctor''s care and explanations?', false),
 ('PRIMARY', 3, 'DRUGS', '常用药品是否配备齐全', 'Were the medicines you needed available?', false),
 ('PRIMARY', 4, 'OVERALL', '本次就诊总体满意度', 'Overall satisfaction with this visit', true);
