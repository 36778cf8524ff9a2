-- The rollup of the fact store (issue 12, "Scale"): an indicator over a month, quarter or year reads one row per
-- (element, month or year, institution, slice) instead of one per settlement fact. Kept exact by the transaction that
-- counts a report (FactStore): the report's facts are summed by month and by year and added here in the same
-- transaction as the facts themselves, reversals (negated facts) included, so a report is counted in all or in none.
-- mon_fact stays the record (days, drill-down, the current month so far).

-- Each distinct slice (the facts' dims) once, by a small number: the rollup groups by that number, and only the few
-- distinct slices a question touches are matched against the components' slices (dims @> slice).
create table mon_dims (
    id   serial primary key,
    dims jsonb  not null unique
);

-- grain M: the sum over the month starting on period_start; grain Y: over the year. A year question reads one row per
-- institution and slice, a quarter three.
create table mon_fact_rollup (
    grain        char(1)        not null check (grain in ('M', 'Y')),
    element      varchar(80)    not null,
    period_start date           not null check (extract(day from period_start) = 1
                                               and (grain = 'M' or extract(month from period_start) = 1)),
    institution  varchar(20)    not null,
    dims_id      integer        not null references mon_dims (id),
    value        numeric(20, 4) not null,
    primary key (grain, element, period_start, institution, dims_id)
) with (fillfactor = 90);

-- Sums only ever grow or shrink by a report's facts; a slice is never renamed.
revoke delete, truncate on mon_fact_rollup from "${appUser}";
revoke update, delete, truncate on mon_dims from "${appUser}";

-- Facts counted before this migration.
insert into mon_dims (dims)
select distinct dims from mon_fact;

insert into mon_fact_rollup (grain, element, period_start, institution, dims_id, value)
select 'M', f.element, date_trunc('month', f.day)::date, f.institution, d.id, sum(f.value)
from mon_fact f
join mon_dims d on d.dims = f.dims
group by 2, 3, 4, 5;

insert into mon_fact_rollup (grain, element, period_start, institution, dims_id, value)
select 'Y', element, date_trunc('year', period_start)::date, institution, dims_id, sum(value)
from mon_fact_rollup
where grain = 'M'
group by 2, 3, 4, 5;
