-- Collection of a contract's signing fee (签约服务费) as its packages split it: the resident's part through the payment
-- port (the provider's reference), the insurance fund's part as a payout in insurance's ledger (FundAdjustments key),
-- the basic public-health fund's part recorded; and, when the contract ends early, what went back pro rata to the
-- days not served. A new table only.
create table fd_contract_payment (
    contract_id          bigint        primary key references fd_contract (id),
    resident_pays        numeric(18,2) not null check (resident_pays >= 0),
    insurance_pays       numeric(18,2) not null check (insurance_pays >= 0),
    public_health_pays   numeric(18,2) not null check (public_health_pays >= 0),
    provider             varchar(20),
    payment_ref          varchar(100),
    fund_key             varchar(80),
    collected_at         timestamptz   not null,
    term_days            integer       check (term_days > 0),
    unused_days          integer       check (unused_days >= 0),
    refund_resident      numeric(18,2),
    refund_insurance     numeric(18,2),
    refund_public_health numeric(18,2),
    refund_ref           varchar(100),
    refund_fund_key      varchar(80),
    refunded_at          timestamptz,
    check ((resident_pays > 0) = (payment_ref is not null)),
    check ((insurance_pays > 0) = (fund_key is not null)),
    check (refunded_at is null or (refund_resident between 0 and resident_pays
           and refund_insurance between 0 and insurance_pays and refund_public_health between 0 and public_health_pays
           and unused_days <= term_days))
);
