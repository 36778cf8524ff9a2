-- Clinical recognition: 检查检验结果互认 — the catalogue of recognisable items, laboratories' quality assessments,
-- the index of reusable results (from the shared record's ResultRecorded events) and the doctors' decisions.
-- New tables only: nothing is locked or rewritten.

-- A recognisable item (互认项目): a laboratory test by LOINC code or an imaging examination by DICOM modality and body
-- site; where its results are recognised (scope: the province or city by region-code prefix, or within the ordering
-- institution's alliances), from which hospital level up, for how many days, and the catalogue service item whose
-- price an accepted result saves.
create table crr_item (
    code            varchar(20)  primary key,
    name            varchar(100) not null,
    kind            varchar(8)   not null check (kind in ('LAB', 'IMAGING')),
    loinc           varchar(20),
    modality        varchar(8),
    body_site       varchar(20),
    window_days     integer      not null check (window_days > 0),
    scope_kind      varchar(10)  not null check (scope_kind in ('PROVINCE', 'CITY', 'ALLIANCE')),
    scope_code      varchar(12),
    min_level       integer      not null default 2,
    service_code    varchar(40),
    check ((kind = 'LAB' and loinc is not null) or (kind = 'IMAGING' and modality is not null and body_site is not null))
);

-- A laboratory's (or imaging department's) quality assessment: external quality assessment (室间质评) for LAB,
-- imaging QC certification for IMAGING; results of a day outside a passed assessment's validity are not offered.
create table crr_assessment (
    id               bigint generated always as identity primary key,
    institution_code varchar(12) not null,
    kind             varchar(8)  not null check (kind in ('LAB', 'IMAGING')),
    passed           boolean     not null,
    assessed_on      date        not null,
    valid_until      date        not null,
    scheme           varchar(100),
    unique (institution_code, kind, assessed_on)
);

-- A result another doctor could reuse, one row per stored resource and item.
create table crr_result (
    reference        varchar(120) not null,
    item_code        varchar(20)  not null references crr_item (code),
    resident_id      varchar(64)  not null,
    institution_code varchar(12)  not null,
    at               timestamptz  not null,
    display          varchar(200),
    value            numeric(18,4),
    unit             varchar(40),
    text             varchar(500),
    primary key (reference, item_code)
);
create index crr_result_lookup on crr_result (resident_id, item_code, at desc);

-- A lookup at order time and what the doctor did with it (ACCEPT or DECLINE with a national exception reason).
create table crr_lookup (
    id                   bigint generated always as identity primary key,
    resident_id          varchar(64) not null,
    item_code            varchar(20) not null references crr_item (code),
    ordering_institution varchar(12) not null,
    ordered_by           varchar(64) not null,
    order_ref            varchar(120),
    offered              integer     not null,
    decision             varchar(8)  check (decision in ('ACCEPT', 'DECLINE')),
    result_reference     varchar(120),
    reason               varchar(30),
    saved                numeric(18,2),
    looked_up_at         timestamptz not null default now(),
    decided_at           timestamptz,
    check ((decision is null) = (decided_at is null))
);
create index crr_lookup_institution on crr_lookup (ordering_institution, looked_up_at);

-- The demo province's list (a subset in the shape of the provincial lists; windows as Hubei's 2023 list where it
-- names the item: potassium 7 days, glucose 30, HbA1c 60; others chosen for the demo).
insert into crr_item (code, name, kind, loinc, modality, body_site, window_days, scope_kind, scope_code, min_level, service_code) values
    ('HR-L001', '血常规（白细胞计数）', 'LAB', '6690-2', null, null, 7, 'PROVINCE', '35', 2, '002501010150000'),
    ('HR-L002', 'C反应蛋白', 'LAB', '1988-5', null, null, 7, 'PROVINCE', '35', 2, '002504010010000'),
    ('HR-L003', '血钾', 'LAB', '2823-3', null, null, 7, 'PROVINCE', '35', 2, null),
    ('HR-L004', '空腹血糖', 'LAB', '1558-6', null, null, 30, 'ALLIANCE', null, 1, '002503020010000'),
    ('HR-L005', '糖化血红蛋白', 'LAB', '4548-4', null, null, 60, 'PROVINCE', '35', 2, '002503020020000'),
    ('HR-L006', '血清肌酐', 'LAB', '2160-0', null, null, 30, 'CITY', '3599', 2, '002503070020000'),
    ('HR-L007', '丙氨酸氨基转移酶', 'LAB', '1742-6', null, null, 30, 'PROVINCE', '35', 2, '002503050010000'),
    ('HR-L008', '血清总胆固醇', 'LAB', '2093-3', null, null, 30, 'PROVINCE', '35', 2, '002503040010000'),
    ('HR-I001', '胸部CT平扫', 'IMAGING', null, 'CT', '51185008', 30, 'PROVINCE', '35', 2, '002103000010000'),
    ('HR-I002', '头颅CT平扫', 'IMAGING', null, 'CT', '69536005', 30, 'PROVINCE', '35', 2, '002103000010000'),
    ('HR-I003', '头颅磁共振平扫', 'IMAGING', null, 'MR', '69536005', 90, 'PROVINCE', '35', 2, '002104000010000'),
    ('HR-I004', '胸部DR正位片', 'IMAGING', null, 'DX', '51185008', 30, 'CITY', '3599', 2, '002101020150000'),
    ('HR-I005', '腹部超声', 'IMAGING', null, 'US', '818983003', 14, 'CITY', '3599', 2, '002202010020000');
