-- 拨付: what the county health commission has paid of the basic public-health fund's share (fd_public_health_payable),
-- per team and month of collection, each payment with its voucher (付款凭证号) and date. What is still to pay for a
-- team's month is its payable less these; a payment above that is refused, and a voucher is recorded once per team and
-- month. A new table.
create table fd_public_health_disbursement (
    id               bigserial     primary key,
    team_id          bigint        not null references fd_team (id),
    institution_code varchar(12)   not null,
    period           char(7)       not null check (period ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
    amount           numeric(18,2) not null check (amount > 0),
    paid_on          date          not null,
    voucher_no       varchar(40)   not null check (length(btrim(voucher_no)) > 0),
    recorded_by      varchar(64)   not null,
    recorded_at      timestamptz   not null,
    unique (team_id, period, voucher_no)
);
create index fd_public_health_disbursement_period on fd_public_health_disbursement (period, institution_code);
