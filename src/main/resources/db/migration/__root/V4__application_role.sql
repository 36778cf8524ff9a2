-- The application's database role, named by the placeholder appUser (sanyi_app on the embedded server, SANYI_DB_USER
-- on an external one), reads and writes rows; the user running the migrations owns the tables and keeps everything
-- else (DDL, triggers, session_replication_role). The grants below cover the tables that exist now, the default
-- privileges every table a later migration creates; modules revoke what their append-only tables must refuse
-- (security V15: sec_audit_log, insurance V8: ins_ledger_entry). Grants lock nothing.

-- Spring Modulith's event publication registry (its v2 layout), created by the owner here rather than by the
-- application at start-up, which would need the right to create tables. Earlier versions let the application create
-- it, so it may exist, possibly in the v1 layout.
create table if not exists event_publication (
    id                     uuid                     not null primary key,
    listener_id            text                     not null,
    event_type             text                     not null,
    serialized_event       text                     not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamp with time zone
);
alter table event_publication add column if not exists status text;
alter table event_publication add column if not exists completion_attempts int;
alter table event_publication add column if not exists last_resubmission_date timestamp with time zone;
create index if not exists event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index if not exists event_publication_by_completion_date_idx on event_publication (completion_date);

grant usage on schema public to "${appUser}";
grant select, insert, update, delete on all tables in schema public to "${appUser}";
grant usage, select on all sequences in schema public to "${appUser}";
alter default privileges in schema public grant select, insert, update, delete on tables to "${appUser}";
alter default privileges in schema public grant usage, select on sequences to "${appUser}";
