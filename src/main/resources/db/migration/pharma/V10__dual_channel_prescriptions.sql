-- 双通道 and 处方流转: the region's negotiated-drug list under 双通道, the designated retail pharmacies taking part with
-- their stock, the doctors' and pharmacists' registered signing keys, and electronic prescriptions with their lines,
-- their state, each step taken on them and each sale written off against them.

create table ph_dual_channel_drug (
    region_code   varchar(12)  collate "C" not null,
    item_code     varchar(50)  collate "C" not null,
    name          varchar(200) not null,
    listed_from   date         not null,
    listed_to     date,
    created_by    varchar(64)  not null,
    created_at    timestamptz  not null default now(),
    primary key (region_code, item_code),
    check (listed_to is null or listed_to >= listed_from)
);

create table ph_dual_channel_pharmacy (
    pharmacy_code      varchar(12)  collate "C" primary key,
    pharmacy_region    varchar(12)  collate "C" not null,
    name               varchar(200) not null,
    designated_from    date         not null,
    created_by         varchar(64)  not null,
    created_at         timestamptz  not null default now()
);

create table ph_pharmacy_stock (
    pharmacy_code  varchar(12)   collate "C" not null references ph_dual_channel_pharmacy (pharmacy_code),
    item_code      varchar(50)   collate "C" not null,
    quantity       numeric(14,2) not null check (quantity >= 0),
    updated_at     timestamptz   not null default now(),
    primary key (pharmacy_code, item_code)
);

-- The public key a prescriber (DOCTOR) or pharmacist (PHARMACIST) of an institution signs with: the uncompressed point
-- (04 || X || Y, 65 bytes, base64) on sm2p256v1 (SM2) or P-256 (ECDSA). Only public keys are stored.
create table ph_rx_signer (
    institution_code  varchar(12) collate "C" not null,
    signer_code       varchar(30) collate "C" not null,
    role              varchar(12) not null check (role in ('DOCTOR', 'PHARMACIST')),
    algorithm         varchar(8)  not null check (algorithm in ('SM2', 'ECDSA')),
    public_key        varchar(200) not null,
    registered_at     timestamptz not null default now(),
    primary key (institution_code, signer_code, role)
);

create table ph_prescription (
    hi_rxno            varchar(40)  collate "C" primary key,
    hosp_rxno          varchar(40)  collate "C" not null,
    init_rxno          varchar(40)  collate "C",
    institution_code   varchar(12)  collate "C" not null,
    institution_region varchar(12)  collate "C" not null,
    psn_no             varchar(30)  collate "C" not null,
    -- the resident the person number is linked to in the identity index, for the portal
    resident_id        varchar(64)  collate "C",
    patient_name       varchar(50)  not null,
    rx_type_code       varchar(3)   not null,
    dept_name          varchar(100) not null,
    doctor_code        varchar(30)  collate "C" not null,
    doctor_name        varchar(50)  not null,
    diagnosis_code     varchar(30)  not null,
    diagnosis_name     varchar(200) not null,
    valid_days         integer      not null check (valid_days between 1 and 90),
    issued_at          timestamptz  not null,
    valid_end_time     timestamptz  not null,
    rept_flag          boolean      not null,
    max_rept_cnt       integer      not null check (max_rept_cnt between 1 and 12),
    min_inrv_days      integer      not null check (min_inrv_days between 0 and 90),
    rx_cotn_flag       boolean      not null,
    reptd_cnt          integer      not null default 0 check (reptd_cnt >= 0 and reptd_cnt <= max_rept_cnt),
    last_dispensed_on  date,
    state              varchar(12)  not null check (state in ('UPLOADED', 'DOWNLOADED', 'APPROVED', 'REJECTED',
                                                               'DELIVERING', 'DISPENSED', 'USED_UP', 'REVOKED')),
    -- the pharmacy the resident chose on the portal (null: any designated pharmacy)
    chosen_pharmacy    varchar(12)  collate "C",
    -- the pharmacy holding it between download and sale
    holder_pharmacy    varchar(12)  collate "C",
    epc_token          varchar(32)  collate "C" not null unique,
    sign_algorithm     varchar(8)   not null,
    doctor_signature   varchar(200) not null,
    review_result      varchar(200),
    revoke_reason      varchar(200),
    updated_at         timestamptz  not null default now(),
    unique (institution_code, hosp_rxno)
);

create index ph_prescription_psn on ph_prescription (psn_no, issued_at desc);
create index ph_prescription_resident on ph_prescription (resident_id, issued_at desc);
create index ph_prescription_holder on ph_prescription (holder_pharmacy, state);

create table ph_prescription_line (
    hi_rxno        varchar(40)   collate "C" not null references ph_prescription (hi_rxno),
    line_no        integer       not null,
    item_code      varchar(50)   collate "C" not null,
    item_name      varchar(200)  not null,
    single_dose    numeric(12,4) not null check (single_dose > 0),
    dose_unit      varchar(20)   not null,
    frequency      varchar(20)   not null,
    route          varchar(20)   not null,
    days           integer       not null check (days between 1 and 84),
    quantity       numeric(14,2) not null check (quantity > 0),
    primary key (hi_rxno, line_no)
);

-- Every step taken on a prescription (upload, download, review, delivery, sale, release, revoke, choice of pharmacy),
-- with who and where: the history the hospital, the pharmacy and the resident see.
create table ph_prescription_event (
    id             bigserial primary key,
    hi_rxno        varchar(40)  collate "C" not null references ph_prescription (hi_rxno),
    kind           varchar(12)  not null,
    at             timestamptz  not null default now(),
    actor          varchar(64)  not null,
    institution    varchar(12)  collate "C",
    msgid          varchar(30)  collate "C",
    detail         varchar(500) not null default ''
);

create index ph_prescription_event_rx on ph_prescription_event (hi_rxno, id);

-- A sale written off against a prescription (7206): who dispensed, checked and reviewed, how it was paid, the
-- settlement it was paid by, and per line the batch, expiry and 追溯码.
create table ph_dispensing (
    id               bigserial primary key,
    hi_rxno          varchar(40)  collate "C" not null references ph_prescription (hi_rxno),
    use_no           integer      not null,
    pharmacy_code    varchar(12)  collate "C" not null,
    msgid            varchar(30)  collate "C" not null,
    pay_mode         varchar(1)   not null check (pay_mode in ('1', '2', '3')),
    setl_id          varchar(30)  collate "C",
    pharmacist_code  varchar(30)  not null,
    dispenser_code   varchar(30)  not null,
    checker_code     varchar(30)  not null,
    dispensed_on     date         not null,
    amount           numeric(18,2) not null check (amount >= 0),
    created_at       timestamptz  not null default now(),
    unique (hi_rxno, use_no),
    check (pay_mode = '1' or setl_id is not null)
);

create unique index ph_dispensing_setl on ph_dispensing (setl_id) where setl_id is not null;

create table ph_dispensing_line (
    dispensing_id  bigint        not null references ph_dispensing (id),
    line_no        integer       not null,
    item_code      varchar(50)   collate "C" not null,
    quantity       numeric(14,2) not null check (quantity > 0),
    unit_price     numeric(18,6) not null check (unit_price >= 0),
    batch_no       varchar(50)   not null,
    expiry_date    date          not null,
    trace_codes    varchar(2000) not null,
    primary key (dispensing_id, line_no)
);
