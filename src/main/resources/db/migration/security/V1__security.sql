-- Roles, their permission strings and data-scope kind; users; API tokens; the append-only audit log.
create table sec_role (
    code        varchar(40) primary key,
    name_key    varchar(100) not null,
    scope_kind  varchar(20)  not null check (scope_kind in ('ALL', 'REGION', 'INSTITUTION', 'SELF'))
);

create table sec_role_permission (
    role_code   varchar(40)  not null references sec_role (code),
    permission  varchar(100) not null check (permission ~ '^[a-z]+:[a-z-]+:[a-z-]+$'),
    primary key (role_code, permission)
);

create table sec_user (
    id               bigserial primary key,
    username         varchar(64)  not null unique,
    password_hash    varchar(200) not null,
    display_name     varchar(100) not null,
    role_code        varchar(40)  not null references sec_role (code),
    region_code      varchar(12),
    institution_code varchar(12),
    resident_ref     varchar(64),
    phone            varchar(20),
    enabled          boolean      not null default true,
    created_at       timestamptz  not null default now(),
    last_login_at    timestamptz
);

create table sec_api_token (
    id           bigserial primary key,
    user_id      bigint      not null references sec_user (id),
    name         varchar(100) not null,
    token_hash   char(64)    not null unique,
    created_at   timestamptz not null default now(),
    expires_at   timestamptz not null,
    revoked_at   timestamptz,
    last_used_at timestamptz
);

create table sec_audit_log (
    id               bigserial primary key,
    at               timestamptz  not null default clock_timestamp(),
    username         varchar(64),
    role_code        varchar(40),
    region_code      varchar(12),
    institution_code varchar(12),
    action           varchar(20)  not null,
    resource         varchar(200) not null,
    target           varchar(200),
    detail           varchar(1000),
    ip               varchar(64),
    outcome          varchar(20)  not null
);
create index sec_audit_log_at on sec_audit_log (at desc);
create index sec_audit_log_user on sec_audit_log (username, at desc);
create index sec_audit_log_target on sec_audit_log (resource, target);

-- The audit log is append-only: updates, deletes and truncation fail whoever tries them.
create function sec_audit_log_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'sec_audit_log is append-only';
end $$;
create trigger sec_audit_log_no_update before update or delete on sec_audit_log
    for each row execute function sec_audit_log_is_append_only();
create trigger sec_audit_log_no_truncate before truncate on sec_audit_log
    for each statement execute function sec_audit_log_is_append_only();

insert into sec_role (code, name_key, scope_kind) values
    ('PLATFORM_ADMIN',    'role.PLATFORM_ADMIN',    'ALL'),
    ('HEALTH_REGULATOR',  'role.HEALTH_REGULATOR',  'REGION'),
    ('INSURANCE_OFFICER', 'role.INSURANCE_OFFICER', 'REGION'),
    ('DOCTOR',            'role.DOCTOR',            'INSTITUTION'),
    ('INSURANCE_CLERK',   'role.INSURANCE_CLERK',   'INSTITUTION'),
    ('RESIDENT',          'role.RESIDENT',          'SELF');

insert into sec_role_permission (role_code, permission) values
    ('PLATFORM_ADMIN', 'security:user:list'),
    ('PLATFORM_ADMIN', 'security:audit:list'),
    ('PLATFORM_ADMIN', 'security:token:own'),
    ('HEALTH_REGULATOR', 'security:audit:list'),
    ('HEALTH_REGULATOR', 'security:token:own'),
    ('INSURANCE_OFFICER', 'security:audit:list'),
    ('INSURANCE_OFFICER', 'security:token:own'),
    ('DOCTOR', 'security:token:own'),
    ('INSURANCE_CLERK', 'security:token:own');
