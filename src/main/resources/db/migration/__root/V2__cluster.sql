-- What several application nodes on one PostgreSQL share besides the business tables (docs/SCALING.md §1).
-- New tables only: nothing is locked or rewritten.

-- ShedLock: one row per scheduled job; a node runs the job only after moving lock_until into the future with a
-- conditional update, so a job fires once per cluster. Times are the database's (UTC, ShedLock's usingDbTime), so
-- the nodes' clocks do not have to agree.
create table shedlock (
    name        varchar(64)  primary key,
    lock_until  timestamp    not null,
    locked_at   timestamp    not null,
    locked_by   varchar(255) not null
);

-- Spring Session JDBC: the page sessions (security context, CSRF token, saved request, flash attributes), so any
-- node answers any request without sticky sessions. The column names and types are those Spring Session's SQL
-- expects; Flyway creates them (spring.session.jdbc.initialize-schema=never). Times are epoch milliseconds.
create table spring_session (
    primary_id             char(36)     not null,
    session_id             char(36)     not null,
    creation_time          bigint       not null,
    last_access_time       bigint       not null,
    max_inactive_interval  int          not null,
    expiry_time            bigint       not null,
    principal_name         varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
-- the expired-session clean-up of every node deletes by expiry time
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

-- attributes are Java-serialised values
create table spring_session_attributes (
    session_primary_id  char(36)     not null,
    attribute_name      varchar(200) not null,
    attribute_bytes     bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);
