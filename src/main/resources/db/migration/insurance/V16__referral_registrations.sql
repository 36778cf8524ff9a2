-- Referral registrations (转院备案, national interface 2501) and their revocation (2502). A new table: nothing existing
-- is locked or rewritten. The registration is the bureau's record that an institution referred an insured person
-- to another one; it is filed by the referring institution's HIS.
create table ins_referral_registration (
    -- 待遇申报明细流水号: the treatment region (6) + yyyyMMddHHmmss (14) + a 10-digit serial
    trt_dcla_detl_sn    varchar(30)  primary key,
    psn_no              varchar(30)  not null,
    insutype            varchar(6)   not null,
    -- the institution that filed it (fixmedins_code of the 2501)
    fixmedins_code      varchar(12)  not null,
    insu_optins         varchar(6)   not null,
    -- the contact phone only masked (personal data; the address is not kept)
    tel_masked          varchar(50),
    diag_code           varchar(30)  not null,
    diag_name           varchar(100) not null,
    dise_cond_dscr      varchar(2000),
    reflin_medins_no    varchar(30)  not null,
    reflin_medins_name  varchar(200) not null,
    mdtrtarea_admdvs    varchar(6)   not null,
    -- 1: the referring hospital agrees (医院同意转院); 0: the person asked against its advice
    hosp_agre_refl_flag varchar(1)   not null check (hosp_agre_refl_flag in ('0', '1')),
    refl_type           varchar(3)   not null,
    refl_date           date         not null,
    refl_rea            varchar(100) not null,
    refl_opnn           varchar(100) not null,
    begndate            date         not null,
    enddate             date,
    -- out of the filing institution's pooling region (异地转诊)
    out_flag            varchar(1)   not null check (out_flag in ('0', '1')),
    status              varchar(8)   not null check (status in ('VALID', 'REVOKED')),
    msgid               varchar(30)  not null unique,
    created_at          timestamptz  not null default now(),
    revoked_at          timestamptz,
    revoked_msgid       varchar(30),
    revoke_memo         varchar(500),
    check (enddate is null or enddate >= begndate)
);
create index ins_referral_registration_person on ins_referral_registration (psn_no, begndate);
create sequence ins_referral_registration_seq;
