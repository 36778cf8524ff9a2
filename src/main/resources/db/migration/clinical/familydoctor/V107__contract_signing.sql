-- Signing, renewal and termination of family-doctor contracts on the portal and at the team's counter.
-- Every added column has a constant default or none, so no step rewrites a table (PostgreSQL ≥ 11 stores the
-- default in the catalogue); the unique index is built on a small table (one row per contracted resident a year).

-- What the funds pay for a package on top of the resident's own part (price): the insurance fund's share of the
-- signing fee (医保基金) and the basic public-health fund's (基本公共卫生服务经费). Withdrawn packages stay for
-- the contracts that hold them but are no longer offered.
alter table fd_package
    add column insurance_pays     numeric(18,2) not null default 0 check (insurance_pays >= 0),
    add column public_health_pays numeric(18,2) not null default 0 check (public_health_pays >= 0),
    add column offered            boolean       not null default true;

-- The contract year (one active contract per resident and year), what the funds pay, which crowd categories the
-- platform derived and which ones a resident declared on the portal and the team has not yet confirmed, who signed,
-- the contract a renewal continues, and who ended it with which reason.
alter table fd_contract
    add column contract_year      int,
    add column insurance_pays     numeric(18,2) not null default 0 check (insurance_pays >= 0),
    add column public_health_pays numeric(18,2) not null default 0 check (public_health_pays >= 0),
    add column crowds_derived     varchar(200)  not null default '',
    add column crowds_pending     varchar(200)  not null default '',
    add column signed_by          varchar(100),
    add column renews             bigint references fd_contract (id),
    add column terminated_by      varchar(100),
    add column terminated_via     varchar(8) check (terminated_via in ('PORTAL', 'TEAM')),
    add column terminate_code     varchar(20);
update fd_contract set contract_year = extract(year from starts_on)::int;
alter table fd_contract alter column contract_year set not null;
alter table fd_contract add constraint fd_contract_terminated
    check ((status = 'TERMINATED') = (terminated_at is not null and terminate_code is not null));

-- One active contract per resident and contract year: two signings racing meet here.
create unique index fd_contract_one_a_year on fd_contract (resident_id, contract_year) where status = 'ACTIVE';
create unique index fd_contract_renewed_once on fd_contract (renews) where renews is not null and status = 'ACTIVE';
