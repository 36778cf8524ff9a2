-- The fee of a completed online follow-up (互联网复诊诊查费) and how it was paid: settled with insurance as med_type
-- 9903 through insurance's LiveSettlements (the fund's, the personal account's and the cash part, with the
-- settlement id), or self-paid when the resident has no active enrolment. A refund reverses the settlement. A new
-- table only.
create table ol_visit_fee (
    visit_id       bigint        primary key references ol_visit (id),
    fee            numeric(10,2) not null check (fee > 0),
    payment        varchar(10)   not null check (payment in ('INSURED', 'SELF_PAY')),
    setl_id        varchar(30)   collate "C",
    med_type       varchar(6),
    fund_pay       numeric(12,2) not null check (fund_pay >= 0),
    account_pay    numeric(12,2) not null check (account_pay >= 0),
    cash_pay       numeric(12,2) not null check (cash_pay >= 0),
    settled_at     timestamptz   not null,
    refunded_at    timestamptz,
    refunded_by    varchar(100),
    refund_reason  varchar(300),
    reversal_setl_id varchar(30) collate "C",
    check (fee = fund_pay + account_pay + cash_pay),
    check ((payment = 'INSURED') = (setl_id is not null))
);
