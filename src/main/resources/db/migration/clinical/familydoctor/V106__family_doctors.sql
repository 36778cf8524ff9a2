-- Family doctors (家庭医生签约) and chronic care (慢病管理 红黄绿).

-- A team of a primary-care centre: general practitioner (leader), nurse, public-health staff, and the county
-- specialist who supports it (FHIR CareTeam).
create table fd_team (
    id                bigserial primary key,
    institution_code  varchar(12)  not null,
    institution_name  varchar(200) not null,
    region_code       varchar(12)  not null,
    name              varchar(100) not null,
    leader_name       varchar(100) not null,
    members           varchar(500) not null,
    specialist        varchar(200),
    unique (institution_code, name)
);

-- Service packages: the basic package (基础包, public-health funded) and personalised ones (个性化包, priced).
create table fd_package (
    code      varchar(20)  primary key,
    name      varchar(100) not null,
    kind      varchar(12)  not null check (kind in ('BASIC', 'PERSONALISED')),
    price     numeric(18,2) not null check (price >= 0),
    services  varchar(1000) not null
);

-- A resident's yearly contract (签约) with a team: crowd categories, packages, term.
create table fd_contract (
    id              bigserial primary key,
    resident_id     varchar(64)  not null,
    team_id         bigint       not null references fd_team (id),
    institution_code varchar(12) not null,
    crowds          varchar(200) not null,
    packages        varchar(200) not null,
    fee             numeric(18,2) not null check (fee >= 0),
    starts_on       date         not null,
    ends_on         date         not null,
    status          varchar(12)  not null check (status in ('ACTIVE', 'TERMINATED')),
    signed_via      varchar(8)   not null check (signed_via in ('PORTAL', 'TEAM')),
    signed_at       timestamptz  not null,
    terminated_at   timestamptz,
    terminate_reason varchar(500),
    check (ends_on > starts_on)
);
create index fd_contract_resident on fd_contract (resident_id, starts_on desc);
create index fd_contract_team on fd_contract (team_id);

-- The hypertension and diabetes registers (高血压、糖尿病患者管理).
create table fd_register (
    resident_id     varchar(64)  not null,
    condition       varchar(4)   not null check (condition in ('HTN', 'DM')),
    team_id         bigint       not null references fd_team (id),
    institution_code varchar(12) not null,
    registered_on   date         not null,
    primary key (resident_id, condition)
);
create index fd_register_team on fd_register (team_id);

-- Versions of the tiering thresholds; the version in force on a day is the latest effective_from on or before it.
create table fd_tier_rules (
    version              varchar(20) primary key,
    effective_from       date        not null unique,
    sbp_red              int not null,
    dbp_red              int not null,
    sbp_target           int not null,
    dbp_target           int not null,
    elderly_age          int not null,
    sbp_target_elderly   int not null,
    sbp_target_comorbid  int not null,
    dbp_target_comorbid  int not null,
    fpg_red_high         numeric(4,1) not null,
    fpg_red_low          numeric(4,1) not null,
    fpg_target           numeric(4,1) not null,
    green_days           int not null,
    yellow_days          int not null
);
insert into fd_tier_rules values ('NW4-2026', date '2026-01-01', 180, 110, 140, 90, 65, 150, 130, 80, 16.7, 3.9, 7.0, 90, 14);

-- A follow-up visit with its readings and the tier computed from them (append-only: a correction is a new visit).
create table fd_follow_up (
    id              bigserial primary key,
    resident_id     varchar(64)  not null,
    team_id         bigint       not null references fd_team (id),
    institution_code varchar(12) not null,
    visited_at      timestamptz  not null,
    hypertension    boolean      not null,
    diabetes        boolean      not null,
    sbp             int,
    dbp             int,
    fpg             numeric(4,1),
    medication      varchar(500),
    lifestyle       varchar(500),
    adverse_reaction boolean     not null,
    danger_signs    boolean      not null,
    tier            varchar(6)   not null check (tier in ('GREEN', 'YELLOW', 'RED')),
    controlled      boolean      not null,
    reasons         varchar(200) not null,
    rules_version   varchar(20)  not null references fd_tier_rules (version),
    next_due        date         not null,
    recorded_by     varchar(100) not null
);
create index fd_follow_up_resident on fd_follow_up (resident_id, visited_at desc);
create index fd_follow_up_team on fd_follow_up (team_id, visited_at desc);

revoke update, delete, truncate on fd_follow_up from "${appUser}";
