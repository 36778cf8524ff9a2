-- The basic public-health fund's share of family-doctor signing fees (基本公共卫生服务经费) as a payable: what the
-- county health commission owes each team's institution, by month of collection. One line per contract when its fee
-- is collected (SIGN, positive) and one when the unused part goes back on early termination (REFUND, negative); what
-- is due to a team for a month is the sum of its lines. The collections stored before are carried over. A new table.
create table fd_public_health_payable (
    id               bigserial     primary key,
    contract_id      bigint        not null references fd_contract (id),
    kind             varchar(8)    not null check (kind in ('SIGN', 'REFUND')),
    team_id          bigint        not null references fd_team (id),
    institution_code varchar(12)   not null,
    period           char(7)       not null check (period ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
    amount           numeric(18,2) not null check ((kind = 'SIGN' and amount > 0) or (kind = 'REFUND' and amount < 0)),
    recorded_at      timestamptz   not null,
    unique (contract_id, kind)
);
create index fd_public_health_payable_period on fd_public_health_payable (period, institution_code);

insert into fd_public_health_payable (contract_id, kind, team_id, institution_code, period, amount, recorded_at)
select p.contract_id, 'SIGN', c.team_id, c.institution_code, to_char(p.collected_at at time zone 'Asia/Shanghai', 'YYYY-MM'),
       p.public_health_pays, p.collected_at
  from fd_contract_payment p join fd_contract c on c.id = p.contract_id
 where p.public_health_pays > 0;
insert into fd_public_health_payable (contract_id, kind, team_id, institution_code, period, amount, recorded_at)
select p.contract_id, 'REFUND', c.team_id, c.institution_code, to_char(p.refunded_at at time zone 'Asia/Shanghai', 'YYYY-MM'),
       -p.refund_public_health, p.refunded_at
  from fd_contract_payment p join fd_contract c on c.id = p.contract_id
 where p.refunded_at is not null and p.refund_public_health > 0;
