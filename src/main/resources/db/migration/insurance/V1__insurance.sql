-- Insurance: insured persons and their enrolment, personal accounts, policy versions as data, year-to-date totals,
-- the catalogue the gateway classifies fee lines with, visits with diagnoses and fee lines, settlements with their
-- fund rows, the message log that makes every national-interface call idempotent, the append-only double-entry
-- ledger, cross-region clearing, institution credentials and reconciliation results.
-- National field names are kept as column names where a column holds exactly that field (psn_no, mdtrt_id,
-- setl_id ...), so the gateway's mapping stays obvious. No foreign keys into other modules' tables: institution and
-- region codes are checked through the registry's API.

-- --- persons, enrolment, accounts -------------------------------------------------------------------------------

create table ins_person (
    psn_no          varchar(30)  primary key,
    psn_cert_type   varchar(3)   not null default '01',
    certno          varchar(50)  not null,
    psn_name        varchar(50)  not null,
    gend            char(1)      not null check (gend in ('1', '2', '9')),
    brdy            date         not null,
    naty            varchar(3)   not null default '01',
    -- the pooling region the person is insured in (参保地医保区划): whose policy applies
    insuplc_admdvs  varchar(6)   not null check (insuplc_admdvs ~ '^[0-9]{6}$'),
    -- where the person lives (county, township or village code): the data scope of the bureaus
    region_code     varchar(12)  not null check (region_code ~ '^[0-9]{6}([0-9]{3}){0,2}$'),
    psn_type        varchar(10)  not null,
    cvlserv_flag    boolean      not null default false,
    -- social-security card number, the certificate of mdtrt_cert_type 03
    card_no         varchar(30)  unique,
    emp_name        varchar(100),
    created_at      timestamptz  not null default now(),
    unique (psn_cert_type, certno)
);
create index ins_person_region on ins_person (region_code varchar_pattern_ops);

-- special identities (低保, 特困 ...): local psn_idet_type codes with validity dates
create table ins_person_identity (
    psn_no          varchar(30)  not null references ins_person (psn_no),
    psn_idet_type   varchar(10)  not null,
    begntime        date         not null,
    endtime         date,
    primary key (psn_no, psn_idet_type, begntime),
    check (endtime is null or endtime >= begntime)
);

-- one row per person, scheme and year; psn_insu_stas 1 = 正常参保, 2 = 暂停参保, 4 = 终止参保
create table ins_enrolment (
    psn_no          varchar(30)  not null references ins_person (psn_no),
    insutype        varchar(3)   not null check (insutype in ('310', '390')),
    year            smallint     not null check (year between 1990 and 2100),
    psn_insu_stas   char(1)      not null check (psn_insu_stas in ('1', '2', '4')),
    psn_insu_date   date         not null,
    paus_insu_date  date,
    primary key (psn_no, insutype, year)
);

-- employees' personal accounts (个人账户, 310200); every change is also a ledger entry (account PERSONAL)
create table ins_personal_account (
    psn_no          varchar(30)   primary key references ins_person (psn_no),
    balance         numeric(18,2) not null default 0 check (balance >= 0),
    version         bigint        not null default 0,
    updated_at      timestamptz   not null default now()
);

-- --- policy ------------------------------------------------------------------------------------------------------

-- A policy version: one pooling region's parameters for one basic scheme from a date. The rule rows (deductibles
-- by benefit kind and hospital tier, ratios, caps, supplementary layers) are the JSON in parameters, read into the
-- engine's PolicyVersion. A change is a new row (PENDING) that a second officer approves; approving it closes the
-- version it replaces the day before. Parameters of an approved row never change.
create table ins_policy_version (
    id              bigserial    primary key,
    code            varchar(60)  not null unique,
    region          varchar(6)   not null check (region ~ '^[0-9]{6}$'),
    insutype        varchar(3)   not null check (insutype in ('310', '390')),
    effective_from  date         not null,
    effective_to    date,
    parameters      jsonb        not null,
    status          varchar(10)  not null check (status in ('PENDING', 'APPROVED', 'REJECTED')),
    based_on        bigint       references ins_policy_version (id),
    summary         varchar(1000) not null default '',
    proposed_by     varchar(64)  not null,
    proposed_at     timestamptz  not null default now(),
    reviewed_by     varchar(64),
    reviewed_at     timestamptz,
    review_note     varchar(500),
    check (effective_to is null or effective_to >= effective_from),
    check (reviewed_by is null or reviewed_by <> proposed_by)
);
create index ins_policy_version_region on ins_policy_version (region, insutype, effective_from);

-- Year-to-date totals per person, scheme and year (what 5206 reports): a map of accumulator keys to amounts, see
-- AccumulatorCodec. Settlements lock the row (select ... for update) and bump the version.
create table ins_accumulator (
    psn_no          varchar(30)  not null,
    insutype        varchar(3)   not null,
    year            smallint     not null,
    totals          jsonb        not null default '{}',
    version         bigint       not null default 0,
    updated_at      timestamptz  not null default now(),
    primary key (psn_no, insutype, year)
);

-- The catalogue the gateway classifies uploaded fee lines with (what 1301-1319 download in a real deployment):
-- national code, class 甲/乙/丙, 先行自付 ratio, price cap. A code not in it is out of catalogue: fully self-paid.
create table ins_catalogue_item (
    med_list_codg    varchar(50)  primary key,
    name             varchar(200) not null,
    med_chrgitm_type varchar(2)   not null,
    chrgitm_lv       char(2)      not null check (chrgitm_lv in ('01', '02', '03')),
    selfpay_prop     numeric(5,4) not null default 0 check (selfpay_prop between 0 and 1),
    pric_uplmt_amt   numeric(16,6),
    lmt_used_flag    boolean      not null default false,
    reference_price  numeric(16,6) not null default 0
);

-- --- gateway: credentials, sign-in, message log --------------------------------------------------------------------

-- An institution's gateway account: x-tif-paasid and its secret, encrypted (AES-GCM) with the gateway master key.
create table ins_gateway_credential (
    paasid          varchar(40)  primary key,
    fixmedins_code  varchar(12)  not null,
    secret_cipher   bytea        not null,
    created_at      timestamptz  not null default now(),
    revoked_at      timestamptz
);
create index ins_gateway_credential_institution on ins_gateway_credential (fixmedins_code);

-- nonces seen within the timestamp window; a second request with the same nonce is a replay
create table ins_gateway_nonce (
    paasid          varchar(40)  not null,
    nonce           varchar(64)  not null,
    seen_at         timestamptz  not null default now(),
    primary key (paasid, nonce)
);
create index ins_gateway_nonce_seen on ins_gateway_nonce (seen_at);

-- Registers a nonce; false when the account already used it. Commits asynchronously: losing the last nonces in a
-- crash only reopens a replay window of seconds, and every business effect is protected by the msgid anyway, so the
-- signature check does not wait for a WAL flush of its own.
create function ins_register_nonce(p_paasid varchar, p_nonce varchar) returns boolean language plpgsql as $$
begin
    perform set_config('synchronous_commit', 'off', true);
    insert into ins_gateway_nonce (paasid, nonce) values (p_paasid, p_nonce) on conflict do nothing;
    return found;
end $$;

create table ins_sign_in (
    sign_no         varchar(30)  primary key,
    fixmedins_code  varchar(12)  not null,
    opter           varchar(30)  not null,
    mac             varchar(100),
    ip              varchar(100),
    signed_in_at    timestamptz  not null default now()
);

-- Every accepted message with its answer, written in the same transaction as the business change it caused, so a
-- replayed msgid returns exactly the stored answer and a message either happened completely or not at all.
create table ins_message (
    msgid           varchar(30)  primary key,
    infno           varchar(5)   not null,
    fixmedins_code  varchar(12)  not null,
    body_sha256     char(64)     not null,
    request         text         not null,
    response        text         not null,
    infcode         integer      not null,
    received_at     timestamptz  not null default now(),
    -- set when a 2601 reversal undid this message (or reserved its msgid before it arrived)
    reversed_by     varchar(30)
);
create index ins_message_institution on ins_message (fixmedins_code, received_at);

-- Refused messages, for the operators (nothing else was written for them).
create table ins_message_error (
    id              bigserial    primary key,
    msgid           varchar(64),
    infno           varchar(10),
    fixmedins_code  varchar(20),
    infcode         integer      not null,
    err_msg         varchar(1000) not null,
    received_at     timestamptz  not null default now()
);

-- --- visits, fee lines, settlements ----------------------------------------------------------------------------------

create sequence ins_id_seq;

create table ins_visit (
    mdtrt_id        varchar(30)  primary key,
    psn_no          varchar(30)  not null references ins_person (psn_no),
    insutype        varchar(3)   not null,
    fixmedins_code  varchar(12)  not null,
    fixmedins_name  varchar(200) not null,
    -- the institution's registry region (for the data scope) and national hospital level
    fixmedins_region varchar(12) not null,
    hosp_lv         varchar(2)   not null,
    mdtrtarea_admvs varchar(6)   not null,
    insuplc_admdvs  varchar(6)   not null,
    kind            varchar(10)  not null check (kind in ('OUTPATIENT', 'INPATIENT')),
    med_type        varchar(6),
    ipt_otp_no      varchar(30)  not null,
    begntime        timestamp    not null,
    endtime         timestamp,
    mdtrt_cert_type varchar(3),
    mdtrt_cert_no   varchar(600),
    dise_codg       varchar(30),
    dise_name       varchar(300),
    atddr_no        varchar(30),
    dr_name         varchar(50),
    dept_code       varchar(30),
    dept_name       varchar(100),
    caty            varchar(10),
    adm_bed         varchar(30),
    dscg_way        varchar(3),
    status          varchar(12)  not null check (status in ('REGISTERED', 'ADMITTED', 'DISCHARGED', 'SETTLED',
                        'CANCELLED')),
    created_msgid   varchar(30),
    created_at      timestamptz  not null default now(),
    version         bigint       not null default 0
);
create index ins_visit_person on ins_visit (psn_no, begntime);
create index ins_visit_institution on ins_visit (fixmedins_code, begntime);

create table ins_diagnosis (
    mdtrt_id        varchar(30)  not null references ins_visit (mdtrt_id),
    -- 2203 visit diagnoses, 2401 admission, 2402 discharge
    stage           varchar(4)   not null check (stage in ('2203', '2401', '2402')),
    diag_srt_no     integer      not null,
    diag_type       varchar(3)   not null,
    maindiag_flag   boolean      not null default false,
    diag_code       varchar(30)  not null,
    diag_name       varchar(300) not null,
    diag_dept       varchar(100),
    dise_dor_no     varchar(30),
    dise_dor_name   varchar(50),
    diag_time       timestamp,
    primary key (mdtrt_id, stage, diag_srt_no)
);

-- Fee lines as uploaded (2204/2301) with the classification answered then. 2205/2302 cancel unsettled lines (status
-- CANCELLED, kept for the record); setl_id points at the settlement that currently covers the line.
create table ins_fee_line (
    id              bigserial    primary key,
    mdtrt_id        varchar(30)  not null references ins_visit (mdtrt_id),
    feedetl_sn      varchar(30)  not null,
    chrg_bchno      varchar(30),
    med_list_codg   varchar(50)  not null,
    medins_list_codg varchar(150),
    item_name       varchar(200),
    med_chrgitm_type varchar(2),
    pric            numeric(16,6) not null,
    cnt             numeric(16,4) not null,
    det_item_fee_sumamt numeric(16,2) not null,
    fee_ocur_time   timestamp,
    bilg_dept_codg  varchar(30),
    bilg_dr_codg    varchar(30),
    chrgitm_lv      char(2)      not null,
    selfpay_prop    numeric(5,4) not null,
    pric_uplmt_amt  numeric(16,6),
    fulamt_ownpay_amt numeric(16,2) not null,
    overlmt_amt     numeric(16,2) not null,
    preselfpay_amt  numeric(16,2) not null,
    inscp_scp_amt   numeric(16,2) not null,
    status          varchar(10)  not null check (status in ('ACTIVE', 'CANCELLED')),
    setl_id         varchar(30),
    upload_msgid    varchar(30),
    check (det_item_fee_sumamt = fulamt_ownpay_amt + overlmt_amt + preselfpay_amt + inscp_scp_amt)
);
create unique index ins_fee_line_active on ins_fee_line (mdtrt_id, feedetl_sn) where status = 'ACTIVE';
create index ins_fee_line_settlement on ins_fee_line (setl_id);

-- A settlement (2207/2304) or the reversal of one (2208/2305/2601: negative amounts, refd_setl_flag, init_setl_id).
-- Amounts are the setlinfo fields. accum_delta is what the settlement added to the year-to-date totals (negated on
-- a reversal), so the totals always equal the sum of the settlements.
create table ins_settlement (
    setl_id         varchar(30)  primary key,
    mdtrt_id        varchar(30)  not null references ins_visit (mdtrt_id),
    psn_no          varchar(30)  not null,
    psn_name        varchar(50)  not null,
    insutype        varchar(3)   not null,
    psn_type        varchar(10)  not null,
    cvlserv_flag    boolean      not null,
    med_type        varchar(6)   not null,
    clr_type        varchar(3)   not null,
    fixmedins_code  varchar(12)  not null,
    fixmedins_name  varchar(200) not null,
    fixmedins_region varchar(12) not null,
    person_region   varchar(12)  not null,
    hosp_lv         varchar(2)   not null,
    mdtrtarea_admvs varchar(6)   not null,
    insuplc_admdvs  varchar(6)   not null,
    policy_code     varchar(60)  not null,
    setl_time       timestamptz  not null,
    setl_date       date         not null,
    begndate        date         not null,
    enddate         date         not null,
    dise_codg       varchar(30),
    diag_codes      varchar(300) not null default '',
    medfee_sumamt   numeric(16,2) not null,
    fulamt_ownpay_amt numeric(16,2) not null,
    overlmt_selfpay numeric(16,2) not null,
    preselfpay_amt  numeric(16,2) not null,
    inscp_scp_amt   numeric(16,2) not null,
    act_pay_dedc    numeric(16,2) not null,
    hifp_pay        numeric(16,2) not null,
    pool_prop_selfpay numeric(5,4) not null,
    cvlserv_pay     numeric(16,2) not null,
    hifes_pay       numeric(16,2) not null,
    hifmi_pay       numeric(16,2) not null,
    hifob_pay       numeric(16,2) not null,
    maf_pay         numeric(16,2) not null,
    oth_pay         numeric(16,2) not null,
    fund_pay_sumamt numeric(16,2) not null,
    psn_part_amt    numeric(16,2) not null,
    acct_pay        numeric(16,2) not null,
    psn_cash_pay    numeric(16,2) not null,
    hosp_part_amt   numeric(16,2) not null,
    balc            numeric(16,2) not null,
    acct_used_flag  boolean      not null,
    accum_delta     jsonb        not null,
    medins_setl_id  varchar(30),
    msgid           varchar(30),
    invono          varchar(30),
    refd_setl_flag  boolean      not null default false,
    init_setl_id    varchar(30)  references ins_settlement (setl_id),
    status          varchar(10)  not null check (status in ('SETTLED', 'REVERSED', 'REVERSAL')),
    reversed_by     varchar(30),
    check (medfee_sumamt = fund_pay_sumamt + psn_part_amt + hosp_part_amt),
    check (psn_part_amt = acct_pay + psn_cash_pay),
    check ((status = 'REVERSAL') = refd_setl_flag)
);
create index ins_settlement_visit on ins_settlement (mdtrt_id);
create index ins_settlement_msgid on ins_settlement (msgid);
create index ins_settlement_original on ins_settlement (init_setl_id);
create index ins_settlement_person on ins_settlement (psn_no, setl_date);
create index ins_settlement_institution on ins_settlement (fixmedins_code, setl_date);
create index ins_settlement_date on ins_settlement (setl_date, setl_time);
create index ins_settlement_fixmedins_region on ins_settlement (fixmedins_region varchar_pattern_ops);
create index ins_settlement_person_region on ins_settlement (person_region varchar_pattern_ops);

-- the setldetail rows
create table ins_settlement_fund (
    setl_id         varchar(30)  not null references ins_settlement (setl_id),
    seq             smallint     not null,
    fund_pay_type   varchar(6)   not null,
    inscp_scp_amt   numeric(16,2) not null,
    crt_payb_lmt_amt numeric(16,2) not null,
    fund_payamt     numeric(16,2) not null,
    setl_proc_info  varchar(4000) not null,
    primary key (setl_id, seq)
);

-- which fee lines a settlement covered (kept after a reversal frees the lines)
create table ins_settlement_line (
    setl_id         varchar(30)  not null references ins_settlement (setl_id),
    fee_line_id     bigint       not null references ins_fee_line (id),
    primary key (setl_id, fee_line_id)
);

-- --- ledger, clearing, reconciliation --------------------------------------------------------------------------------

-- Append-only double entry. Every posting (txn_id: a settlement, a reversal, a deposit, a contribution) has entries
-- that sum to zero. Accounts: FUND (fund_pay_type:admdvs), PERSONAL (psn_no), RECEIVABLE and CASH (institution
-- code), CONTRIBUTION (insutype:admdvs). Sign: + increases what the account holds, - decreases it.
create table ins_ledger_entry (
    id              bigserial    primary key,
    txn_id          varchar(40)  not null,
    txn_kind        varchar(12)  not null check (txn_kind in ('SETTLEMENT', 'REVERSAL', 'DEPOSIT', 'CONTRIBUTION')),
    account_kind    varchar(12)  not null check (account_kind in ('FUND', 'PERSONAL', 'RECEIVABLE', 'CASH',
                        'CONTRIBUTION')),
    account_key     varchar(40)  not null,
    region          varchar(6)   not null,
    amount          numeric(18,2) not null,
    posting_date    date         not null,
    posted_at       timestamptz  not null default clock_timestamp()
);
create index ins_ledger_entry_txn on ins_ledger_entry (txn_id);
create index ins_ledger_entry_account on ins_ledger_entry (account_kind, account_key);

create function ins_ledger_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'ins_ledger_entry is append-only';
end $$;
create trigger ins_ledger_entry_no_update before update or delete on ins_ledger_entry
    for each row execute function ins_ledger_is_append_only();
create trigger ins_ledger_entry_no_truncate before truncate on ins_ledger_entry
    for each statement execute function ins_ledger_is_append_only();

-- Cross-region (异地就医) clearing: the treatment region advanced what the insured region's funds and the person's
-- account owe the institution; the insured region repays it in the monthly clearing. A reversal adds a negative row.
create table ins_clearing (
    id              bigserial    primary key,
    setl_id         varchar(30)  not null unique references ins_settlement (setl_id),
    insuplc_admdvs  varchar(6)   not null,
    mdtrtarea_admvs varchar(6)   not null,
    fixmedins_code  varchar(12)  not null,
    clr_month       char(6)      not null,
    medfee_sumamt   numeric(16,2) not null,
    fund_pay_sumamt numeric(16,2) not null,
    acct_pay        numeric(16,2) not null,
    created_at      timestamptz  not null default now()
);
create index ins_clearing_regions on ins_clearing (insuplc_admdvs, mdtrtarea_admvs, clr_month);

-- institutions' 3201/3202 statements: their totals, ours, and the result
create table ins_statement (
    id              bigserial    primary key,
    msgid           varchar(30)  not null,
    infno           varchar(4)   not null,
    fixmedins_code  varchar(12)  not null,
    insutype        varchar(3),
    clr_type        varchar(3),
    stmt_begndate   date         not null,
    stmt_enddate    date         not null,
    refd_setl_flag  char(1),
    his_medfee_sumamt numeric(18,2) not null,
    his_fund_pay_sumamt numeric(18,2) not null,
    his_acct_pay    numeric(18,2) not null,
    his_setl_cnt    integer      not null,
    medfee_sumamt   numeric(18,2) not null,
    fund_pay_sumamt numeric(18,2) not null,
    acct_pay        numeric(18,2) not null,
    setl_cnt        integer      not null,
    stmt_rslt       char(1)      not null,
    stmt_rslt_dscr  varchar(500) not null,
    created_at      timestamptz  not null default now()
);
create index ins_statement_institution on ins_statement (fixmedins_code, created_at);

-- the platform's own invariant checks (scheduled and on demand)
create table ins_reconciliation_run (
    id              bigserial    primary key,
    trigger         varchar(10)  not null check (trigger in ('SCHEDULED', 'MANUAL')),
    triggered_by    varchar(64),
    started_at      timestamptz  not null,
    finished_at     timestamptz  not null,
    settlements     bigint       not null,
    ledger_entries  bigint       not null,
    accumulators    bigint       not null,
    accounts        bigint       not null,
    problems        integer      not null,
    ok              boolean      not null,
    details         jsonb        not null default '[]'
);
