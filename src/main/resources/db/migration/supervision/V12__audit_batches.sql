-- Audit batches (审核批次, the 疑点告知 sent to a hospital's 医保办): at the end of each batch audit the suspicions of the
-- region not yet in a batch are grouped per institution into one batch, numbered per region and year, with one answer
-- deadline for all its lines. The bureau may extend the deadline (延期) once the reason is stated; the batch is closed
-- when the bureau has decided every line.
create table sup_audit_batch (
    id              bigserial    primary key,
    notice_no       varchar(40)  not null unique,
    region_code     varchar(6)   not null,
    notice_year     integer      not null,
    seq             integer      not null,
    run_id          bigint       not null references sup_audit_run (id),
    fixmedins_code  varchar(12)  not null,
    fixmedins_region varchar(12) not null,
    sent_on         date         not null,
    deadline        date         not null,
    status          varchar(10)  not null check (status in ('SENT', 'CLOSED')),
    closed_at       timestamptz,
    extended_by     varchar(60),
    extension_note  varchar(500),
    unique (region_code, notice_year, seq),
    check (deadline >= sent_on)
);
create index sup_audit_batch_institution on sup_audit_batch (fixmedins_code, id desc);
create index sup_audit_batch_region on sup_audit_batch (fixmedins_region varchar_pattern_ops);

alter table sup_suspicion add column batch_id bigint references sup_audit_batch (id);
create index sup_suspicion_batch on sup_suspicion (batch_id) where batch_id is not null;
create index sup_suspicion_unbatched on sup_suspicion (fixmedins_region varchar_pattern_ops) where batch_id is null;

-- The suspicions filed before batches existed: one batch per run and institution, sent on the day the deadline was
-- counted from, closed when every line is decided.
with groups as (
    select s.run_id, s.fixmedins_code, max(s.fixmedins_region) as fixmedins_region, r.region_code,
           min(s.answer_deadline) - 15 as sent_on, max(s.answer_deadline) as deadline,
           bool_and(s.status in ('UPHELD', 'DISMISSED', 'REVERSED')) as decided
    from sup_suspicion s join sup_audit_run r on r.id = s.run_id
    group by s.run_id, s.fixmedins_code, r.region_code
), numbered as (
    select g.*, extract(year from g.sent_on)::integer as notice_year,
           row_number() over (partition by g.region_code, extract(year from g.sent_on)
                              order by g.run_id, g.fixmedins_code)::integer as seq
    from groups g
)
insert into sup_audit_batch (notice_no, region_code, notice_year, seq, run_id, fixmedins_code, fixmedins_region,
                             sent_on, deadline, status, closed_at)
select region_code || '-' || notice_year || '-' || lpad(seq::text, 4, '0'), region_code, notice_year, seq, run_id,
       fixmedins_code, fixmedins_region, sent_on, deadline, case when decided then 'CLOSED' else 'SENT' end,
       case when decided then now() end
from numbered;

update sup_suspicion s set batch_id = b.id
from sup_audit_batch b where b.run_id = s.run_id and b.fixmedins_code = s.fixmedins_code;

-- What a hospital attaches to its appeal (申诉材料): a scanned order, an execution record, a report. PDF, JPEG or PNG as
-- the content shows, not as the name says; the SHA-256 lets the bureau cite what it read.
create table sup_attachment (
    id              bigserial    primary key,
    suspicion_id    bigint       not null references sup_suspicion (id),
    file_name       varchar(200) not null,
    content_type    varchar(40)  not null check (content_type in ('application/pdf', 'image/jpeg', 'image/png')),
    size_bytes      integer      not null check (size_bytes > 0),
    sha256          char(64)     not null,
    content         bytea        not null,
    uploaded_by     varchar(60)  not null,
    uploaded_at     timestamptz  not null default now()
);
create index sup_attachment_suspicion on sup_attachment (suspicion_id);
