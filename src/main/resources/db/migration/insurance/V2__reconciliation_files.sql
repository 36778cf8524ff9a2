-- Files of the national interface's file transfer (9101 upload, 9102 download), as detail reconciliation (3202) uses
-- them: the HIS's zip of its settlements, and the platform's result zip. New table: nothing existing is locked.
create table ins_file (
    file_qury_no    varchar(30)  primary key,
    fixmedins_code  varchar(12)  not null,
    kind            varchar(16)  not null check (kind in ('STMT_UPLOAD', 'STMT_RESULT')),
    filename        varchar(100) not null,
    content         bytea        not null,
    size_bytes      integer      not null check (size_bytes >= 0),
    sha256          char(64)     not null,
    line_cnt        integer,
    msgid           varchar(30)  not null,
    source_file_qury_no varchar(30) references ins_file (file_qury_no) on delete set null,
    created_at      timestamptz  not null default now(),
    dld_endtime     timestamptz  not null
);
create index ins_file_institution on ins_file (fixmedins_code, created_at);
create index ins_file_expiry on ins_file (dld_endtime);

-- 3202 by file: which uploaded file a statement compared and the result file it produced. Adding nullable columns
-- without a default takes a brief ACCESS EXCLUSIVE lock on ins_statement but does not rewrite it.
alter table ins_statement add column file_qury_no varchar(30), add column result_file_qury_no varchar(30);
