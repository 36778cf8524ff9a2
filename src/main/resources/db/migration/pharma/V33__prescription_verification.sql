-- 审方: an uploaded e-prescription the pre-check warned about (a non-blocking finding of the region's review rules, or
-- a definite violation of a fund-supervision rule that does not block) waits for a pharmacist of the issuing hospital
-- before any pharmacy may download it. PASSED lets it flow; RETURNED revokes it with the pharmacist's opinion.

create table ph_rx_verification (
    hi_rxno            varchar(40)  collate "C" primary key references ph_prescription (hi_rxno),
    institution_code   varchar(12)  collate "C" not null,
    status             varchar(10)  not null check (status in ('PENDING', 'PASSED', 'RETURNED')),
    -- the fund-supervision rules' violations, one per line (rule id and content, as the 7101 answer gives them)
    fund_findings      varchar(2000) not null default '',
    requested_at       timestamptz  not null,
    pharmacist         varchar(64),
    pharmacist_name    varchar(100),
    decided_at         timestamptz,
    opinion            varchar(200) not null default '',
    check ((status = 'PENDING') = (decided_at is null)),
    check (status <> 'RETURNED' or opinion <> '')
);

create index ph_rx_verification_inst on ph_rx_verification (institution_code, status, requested_at);
