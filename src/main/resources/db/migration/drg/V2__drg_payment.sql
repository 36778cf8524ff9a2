-- DRG payment: inpatient settlements as the insurance module announced them (SettlementCompleted), the settlement
-- lists (医保结算清单, 4101/4101A) hospitals upload for them with their grouping, the payment parameters (relative
-- weights, base rate or point value, outlier rules) as reviewed versions, and the monthly DRG settlement of each
-- hospital. New tables only; nothing existing is locked or rewritten.

-- One row per inpatient settlement, written by the listener of SettlementCompleted (never read from insurance tables).
create table drg_settlement (
    setl_id            varchar(40)   primary key,
    mdtrt_id           varchar(40)   not null,
    psn_no             varchar(40)   not null,
    institution_code   varchar(30)   not null,
    institution_region varchar(12)   not null,
    insured_region     varchar(6)    not null,
    treatment_region   varchar(6)    not null,
    insutype           varchar(6)    not null,
    med_type           varchar(6)    not null,
    hosp_lv            varchar(4)    not null default '',
    adm_date           date          not null,
    dscg_date          date          not null,
    settled_at         timestamptz   not null,
    diag_codes         varchar(1000) not null default '',
    medfee_sumamt      numeric(18,2) not null,
    inscp_scp_amt      numeric(18,2) not null,
    fund_pay_sumamt    numeric(18,2) not null,
    acct_pay           numeric(18,2) not null,
    psn_cash_pay       numeric(18,2) not null,
    policy_code        varchar(60)   not null default '',
    reversed           boolean       not null default false,
    reversed_at        timestamptz,
    received_at        timestamptz   not null default now()
);
create index drg_settlement_inst_idx on drg_settlement (institution_code, dscg_date);

-- Settlement lists as uploaded; a re-upload of the same settlement supersedes the current one (kept as history).
create table drg_setl_list (
    id                 bigserial     primary key,
    setl_list_id       varchar(40)   not null unique,
    setl_id            varchar(40)   not null references drg_settlement (setl_id),
    mdtrt_id           varchar(40)   not null,
    psn_no             varchar(40)   not null,
    institution_code   varchar(30)   not null,
    institution_region varchar(12)   not null,
    infno              varchar(6)    not null check (infno in ('4101', '4101A')),
    msgid              varchar(40)   not null,
    current_version    boolean       not null default true,
    superseded_by      varchar(40),
    uploaded_at        timestamptz   not null default now(),
    uploaded_by        varchar(64)   not null,
    psn_name           varchar(50)   not null,
    gend               varchar(2)    not null,
    brdy               date,
    age                integer       not null,
    nwb_age_days       integer,
    nwb_bir_wt         integer       not null default 0,
    adm_time           timestamp     not null,
    dscg_time          timestamp     not null,
    act_ipt_days       integer       not null,
    adm_caty           varchar(20)   not null default '',
    dscg_caty          varchar(20)   not null default '',
    dscg_way           varchar(4)    not null default '',
    diagnoses          jsonb         not null,
    procedures         jsonb         not null,
    scheme_region      varchar(6)    not null,
    scheme_id          bigint        not null references drg_scheme (id),
    scheme_label       varchar(300)  not null,
    status             varchar(20)   not null,
    mdc                varchar(10)   not null,
    adrg               varchar(10)   not null,
    drg                varchar(10)   not null,
    drg_name           varchar(200)  not null default '',
    complication       varchar(10)   not null default 'NONE',
    deciding_dx        varchar(20),
    unknown_codes      varchar(500)  not null default '',
    trace              jsonb         not null,
    payload            jsonb         not null
);
create unique index drg_setl_list_current_idx on drg_setl_list (setl_id) where current_version;
create index drg_setl_list_inst_idx on drg_setl_list (institution_code, dscg_time) where current_version;

-- Payment parameters of a region as versions: base rate (费率法) or point value (点数法), outlier rules, and the
-- relative weights (drg_weight). A version is proposed, then approved by a second officer; approval ends the version
-- in force the day before the new one starts.
create table drg_param_version (
    id                bigserial     primary key,
    code              varchar(60)   not null unique,
    region_code       varchar(6)    not null check (region_code ~ '^[0-9]{6}$'),
    effective_from    date          not null,
    effective_to      date,
    status            varchar(12)   not null check (status in ('PENDING', 'APPROVED', 'REJECTED')),
    based_on          bigint        references drg_param_version (id),
    method            varchar(8)    not null check (method in ('RATE', 'POINT')),
    budget            numeric(18,2),
    expected_rw       numeric(18,4),
    base_rate         numeric(18,2) not null check (base_rate > 0),
    point_value       numeric(18,4),
    high_factor       numeric(8,4)  not null check (high_factor > 1),
    high_ratio        numeric(8,4)  not null check (high_ratio >= 0 and high_ratio <= 1),
    low_factor        numeric(8,4)  not null check (low_factor >= 0 and low_factor < 1),
    base_from         date,
    base_to           date,
    trim_method       varchar(12)   not null default 'IQR',
    trim_factor       numeric(8,4)  not null default 3,
    min_cases         integer       not null default 5,
    overall_mean_cost numeric(18,2),
    summary           varchar(500)  not null default '',
    proposed_by       varchar(64)   not null,
    proposed_at       timestamptz   not null default now(),
    reviewed_by       varchar(64),
    reviewed_at       timestamptz,
    review_note       varchar(500),
    check (effective_to is null or effective_to >= effective_from)
);
create index drg_param_version_region_idx on drg_param_version (region_code, effective_from);

create table drg_weight (
    version_id     bigint        not null references drg_param_version (id),
    drg            varchar(10)   not null,
    drg_name       varchar(200)  not null default '',
    rw             numeric(10,4),
    cases          integer       not null default 0,
    kept_cases     integer       not null default 0,
    mean_cost      numeric(18,2),
    mean_los       numeric(10,2),
    source         varchar(12)   not null check (source in ('COMPUTED', 'REFERENCE', 'MANUAL', 'NONE')),
    flagged        boolean       not null default false,
    primary key (version_id, drg)
);

-- A hospital's DRG settlement for a month of discharges; re-running a month replaces it.
create table drg_month (
    id                 bigserial     primary key,
    institution_code   varchar(30)   not null,
    institution_region varchar(12)   not null,
    month              date          not null check (extract(day from month) = 1),
    param_version_id   bigint        references drg_param_version (id),
    cases              integer       not null,
    drg_cases          integer       not null,
    ffs_cases          integer       not null,
    high_cases         integer       not null,
    low_cases          integer       not null,
    cmi                numeric(10,4),
    total_cost         numeric(18,2) not null,
    drg_fund           numeric(18,2) not null,
    ffs_fund           numeric(18,2) not null,
    settle_rate        numeric(10,4),
    surplus            numeric(18,2) not null,
    cost_index         numeric(10,4),
    time_index         numeric(10,4),
    settled_at         timestamptz   not null default now(),
    settled_by         varchar(64)   not null,
    unique (institution_code, month)
);

create table drg_month_case (
    month_id        bigint        not null references drg_month (id) on delete cascade,
    setl_list_id    varchar(40)   not null,
    setl_id         varchar(40)   not null,
    drg             varchar(10)   not null,
    drg_name        varchar(200)  not null default '',
    kind            varchar(12)   not null check (kind in ('NORMAL', 'HIGH', 'LOW', 'FFS')),
    ffs_reason      varchar(20),
    rw              numeric(10,4),
    group_mean_cost numeric(18,2),
    group_mean_los  numeric(10,2),
    cost            numeric(18,2) not null,
    los             integer       not null,
    patient_paid    numeric(18,2) not null,
    ffs_fund        numeric(18,2) not null,
    standard        numeric(18,2),
    drg_fund        numeric(18,2) not null,
    primary key (month_id, setl_id)
);
