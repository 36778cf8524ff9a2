-- Policy replay (issue 14): a version (usually a draft waiting for review) re-settles a recorded fund year with the
-- pure engine; the run is a background job whose progress and report are kept here so that the reviewer sees them
-- on the version's page, on any node. A new table: nothing existing is locked or rewritten.
create table ins_policy_replay (
    id              bigserial    primary key,
    policy_id       bigint       not null references ins_policy_version (id),
    year            smallint     not null check (year between 1990 and 2100),
    -- the form values typed over the version's rules for this run ({} = the version as stored)
    overrides       jsonb        not null default '{}',
    status          varchar(10)  not null check (status in ('RUNNING', 'DONE', 'FAILED')),
    total           bigint       not null default 0,
    done            bigint       not null default 0,
    -- ReplayResult as JSON when DONE; the error's code and message when FAILED
    result          jsonb,
    error           varchar(1000),
    started_by      varchar(64)  not null,
    started_at      timestamptz  not null default now(),
    updated_at      timestamptz  not null default now(),
    finished_at     timestamptz
);
create index ins_policy_replay_policy on ins_policy_replay (policy_id, id desc);
