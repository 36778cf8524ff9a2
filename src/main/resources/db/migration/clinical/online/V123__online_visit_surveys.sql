-- The satisfaction survey after a completed online follow-up: the same questions as after an appointment
-- (ca_survey_question, by institution kind), one response per visit, only by the visit's resident. New tables only.
create table ol_survey_response (
    id                 bigint generated always as identity primary key,
    visit_id           bigint        not null unique references ol_visit (id),
    resident_id        varchar(64)   collate "C" not null,
    institution_code   varchar(12)   collate "C" not null,
    satisfied          boolean       not null,
    comment            varchar(500),
    submitted_at       timestamptz   not null
);
create table ol_survey_answer (
    response_id        bigint        not null references ol_survey_response (id),
    question_code      varchar(20)   not null,
    score              int           not null check (score between 1 and 5),
    primary key (response_id, question_code)
);
