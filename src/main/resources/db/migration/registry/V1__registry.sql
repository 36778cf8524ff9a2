-- The registry: administrative regions (five levels), institutions with departments and staff, and alliances
-- (county medical communities, city medical groups, specialty alliances) with dated memberships.
-- Region codes are hierarchical by prefix; data scopes query them with "code like prefix || '%'", so the prefix
-- columns carry varchar_pattern_ops indexes (a plain index serves LIKE only under the C collation).

create table reg_region (
    code        varchar(12)  primary key check (code ~ '^[0-9]{6}([0-9]{3}){0,2}$'),
    name        varchar(100) not null,
    level       smallint     not null check (level between 1 and 5),
    parent_code varchar(12)  references reg_region (code),
    population  integer      not null default 0 check (population >= 0),
    pinyin      varchar(100) not null default '',
    check ((level = 1) = (parent_code is null))
);
create index reg_region_parent on reg_region (parent_code);
create index reg_region_code_prefix on reg_region (code varchar_pattern_ops);

create table reg_institution (
    code        varchar(12)  primary key check (code ~ '^[HP][0-9]{11}$'),
    name        varchar(200) not null,
    pinyin      varchar(200) not null default '',
    kind        varchar(30)  not null check (kind in ('GENERAL_HOSPITAL', 'TCM_HOSPITAL', 'MATERNAL_CHILD',
                    'TOWNSHIP_HEALTH_CENTRE', 'COMMUNITY_HEALTH_CENTRE', 'VILLAGE_CLINIC', 'PHARMACY')),
    grade       varchar(10)  not null check (grade in ('L3A', 'L3B', 'L3C', 'L2A', 'L2B', 'L2C', 'L1A', 'L1B',
                    'L1C', 'UNGRADED')),
    region_code varchar(12)  not null references reg_region (code),
    address     varchar(300) not null default '',
    beds        integer      not null default 0 check (beds >= 0),
    ownership   varchar(10)  not null check (ownership in ('PUBLIC', 'PRIVATE')),
    status      varchar(10)  not null check (status in ('ACTIVE', 'SUSPENDED', 'CLOSED'))
);
create index reg_institution_region on reg_institution (region_code varchar_pattern_ops);
create index reg_institution_kind on reg_institution (kind);

create table reg_department (
    id               bigserial    primary key,
    institution_code varchar(12)  not null references reg_institution (code),
    code             varchar(20)  not null,
    name             varchar(100) not null,
    beds             integer      not null default 0 check (beds >= 0),
    unique (institution_code, code)
);

create table reg_staff (
    id               bigserial    primary key,
    institution_code varchar(12)  not null references reg_institution (code),
    department_code  varchar(20),
    name             varchar(50)  not null,
    sex              char(1)      not null check (sex in ('1', '2')),
    kind             varchar(20)  not null check (kind in ('DOCTOR', 'NURSE', 'PHARMACIST', 'TECHNICIAN')),
    title            varchar(40)  not null,
    certificate_no   varchar(30)  unique,
    foreign key (institution_code, department_code) references reg_department (institution_code, code)
);
create index reg_staff_institution on reg_staff (institution_code, department_code);

create table reg_alliance (
    id                    bigserial    primary key,
    code                  varchar(40)  not null unique,
    name                  varchar(200) not null,
    pinyin                varchar(200) not null default '',
    kind                  varchar(30)  not null check (kind in ('COUNTY_COMMUNITY', 'CITY_GROUP', 'SPECIALTY')),
    region_code           varchar(12)  not null references reg_region (code),
    specialty             varchar(100),
    lead_institution_code varchar(12)  not null references reg_institution (code),
    established_on        date         not null
);

-- left_on is exclusive: on that day the institution is no longer a member.
create table reg_alliance_member (
    alliance_id      bigint      not null references reg_alliance (id),
    institution_code varchar(12) not null references reg_institution (code),
    role             varchar(10) not null check (role in ('LEAD', 'MEMBER')),
    joined_on        date        not null,
    left_on          date,
    primary key (alliance_id, institution_code, joined_on),
    check (left_on is null or left_on > joined_on)
);
create index reg_alliance_member_institution on reg_alliance_member (institution_code);
