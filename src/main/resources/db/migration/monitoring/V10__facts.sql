-- The fact store of the supervision platform (监管一平台): component values reported by the modules (FactsReported,
-- settlement events), summed by the indicator engine through FactTotals. Facts are append-only: a correction is a
-- report of negated facts, never an update.

-- One row per report counted (the processed keys): a replayed or republished report finds its key and changes
-- nothing. Written in the same transaction as the report's facts.
create table mon_fact_report (
    id          bigserial    primary key,
    report_key  text         not null unique,
    source      text         not null,
    facts       integer      not null,
    held        integer      not null,
    received_at timestamptz  not null default now()
);

-- The facts, partitioned by month of their day: queries name a span of days and touch only its months; a month of
-- history is loaded (COPY) into its own partition. Values hold yuan (two decimals), counts, days and quantities.
create table mon_fact (
    element     varchar(80)   not null,
    institution varchar(20)   not null,
    day         date          not null,
    dims        jsonb         not null default '{}',
    value       numeric(20, 4) not null,
    report_id   bigint        not null
) partition by range (day);

create index mon_fact_element_institution_day on mon_fact (element, institution, day);

-- Monthly partitions created ahead (the application's role may run no DDL: a later migration adds the years after
-- 2030); a fact outside them lands in the default partition rather than failing the report.
do $$
declare
    m date := date '2022-01-01';
begin
    while m < date '2031-01-01' loop
        execute format('create table mon_fact_%s partition of mon_fact for values from (%L) to (%L)',
                       to_char(m, 'YYYYMM'), m, (m + interval '1 month')::date);
        execute format('revoke update, delete, truncate on mon_fact_%s from "${appUser}"', to_char(m, 'YYYYMM'));
        m := (m + interval '1 month')::date;
    end loop;
end
$$;
create table mon_fact_default partition of mon_fact default;
revoke update, delete, truncate on mon_fact_default from "${appUser}";
revoke update, delete, truncate on mon_fact from "${appUser}";
revoke update, delete, truncate on mon_fact_report from "${appUser}";

-- The error queue: facts that were not counted because they name an institution the registry does not know, an
-- element no module's catalogue declares, a dimension the element does not have, or a value finer or larger than
-- its unit allows. Held here, visible on a page, never dropped.
create table mon_fact_error (
    id          bigserial     primary key,
    report_key  text          not null,
    source      text          not null,
    element     text          not null,
    institution text          not null,
    day         date          not null,
    dims        jsonb         not null default '{}',
    value       numeric       not null,
    problem     varchar(30)   not null check (problem in ('UNKNOWN_INSTITUTION', 'UNKNOWN_ELEMENT',
                                                          'UNKNOWN_DIMENSION', 'INVALID_VALUE')),
    received_at timestamptz   not null default now()
);

create index mon_fact_error_received on mon_fact_error (received_at desc, id desc);
