-- Regional imaging reading (基层检查、上级诊断): studies sent by township and county institutions, their
-- instances, the bytes of the studies the platform keeps itself, and the reading requests to an imaging centre.

-- A study as the platform knows it, wherever its pixels are kept (archive DB: img_instance_data; DICOMWEB: the
-- region's archive, spoken to over STOW/QIDO/WADO).
create table img_study (
    id              bigserial primary key,
    study_uid       varchar(64) not null unique,
    resident_id     varchar(64) not null,
    institution_code varchar(12) not null,
    modality        varchar(16) not null,
    body_part       varchar(64),
    description     varchar(200),
    study_date      date,
    instances       int not null,
    archive         varchar(16) not null check (archive in ('DB', 'DICOMWEB')),
    received_at     timestamptz not null default now(),
    received_by     varchar(64) not null
);
create index img_study_resident on img_study (resident_id);

-- One image (SOP instance) of a study, in the order a reader pages through them.
create table img_instance (
    study_id        bigint not null references img_study (id),
    series_uid      varchar(64) not null,
    sop_uid         varchar(64) not null primary key,
    instance_number int not null,
    rows            int not null,
    columns         int not null,
    window_center   numeric(10, 2),
    window_width    numeric(10, 2)
);
create index img_instance_study on img_instance (study_id, instance_number);

-- The DICOM files of the studies the platform keeps itself (the default, small studies only).
create table img_instance_data (
    sop_uid         varchar(64) primary key references img_instance (sop_uid),
    data            bytea not null
);

-- A reading request: from the sending institution to its medical community's imaging centre, with a priority whose
-- turnaround SLA fixes due_at; read and signed by one radiologist of the centre.
create table img_reading (
    id              bigserial primary key,
    study_id        bigint not null references img_study (id),
    requester_code  varchar(12) not null,
    requested_by    varchar(64) not null,
    centre_code     varchar(12) not null,
    priority        varchar(8) not null check (priority in ('STAT', 'URGENT', 'ROUTINE')),
    clinical_question varchar(500),
    status          varchar(12) not null check (status in ('REQUESTED', 'ASSIGNED', 'DRAFTED', 'SIGNED', 'CANCELLED')),
    requested_at    timestamptz not null,
    due_at          timestamptz not null,
    reader          varchar(64),
    reader_name     varchar(100),
    assigned_at     timestamptz,
    findings        text,
    impression      text,
    signed_at       timestamptz,
    report_reference varchar(100),
    version         int not null default 0
);
create index img_reading_centre on img_reading (centre_code, status, due_at);
create index img_reading_requester on img_reading (requester_code, requested_at desc);
