-- The rollup's margins (issue 12, "Scale", 10⁸ facts). A rollup row is one full slice: every dimension of the facts
-- (age band, sex, insutype, medical type, ICD chapter, person's county, fee category …), some 150 slices of ins.fee per
-- institution and month. Nearly every component an indicator names narrows at most one dimension (#{ins.fee},
-- #{ins.fee[fee_category=09]}, #{ins.visit.count[clr_type=21]}), yet it read all of those rows and matched each one's
-- slice: a province-quarter drug share read some 180,000 rows (400 institutions × 3 months × 150) at 10⁸ facts
-- (p99 742 ms). A margin row holds the sum
-- over every slice containing one dimension's value, or over all slices ({}): such a component reads one row per
-- institution and period. Components narrowing two dimensions or more still read the rollup's rows. Upgrade with every
-- node stopped: a node of an earlier version would add to the rollup without the margins.

-- Which margins each slice adds to: the whole ({}) and one per dimension it carries. The margins are slices of
-- mon_dims themselves, registered with the slice (FactRollupRepository.ids).
create table mon_dims_margin (
    dims_id   integer not null,
    margin_id integer not null,
    primary key (dims_id, margin_id)
);

-- grain and period as in mon_fact_rollup; dims_id is the margin's slice ({} or one dimension's value). Kept by the same
-- statements that write the rollup (a bulk report's transaction, the fold of the live reports' deltas), so a margin row
-- always equals the sum of the rollup rows of its slices. A question names the element, the margin and the periods
-- first: it reads one key range per margin and period and keeps the selected institutions.
create table mon_fact_margin (
    grain        char(1)        not null check (grain in ('M', 'Y')),
    element      varchar(80)    not null,
    dims_id      integer        not null,
    period_start date           not null,
    institution  varchar(20)    not null,
    value        numeric(20, 4) not null,
    primary key (grain, element, dims_id, period_start, institution)
) with (fillfactor = 90);

revoke delete, truncate on mon_fact_margin from "${appUser}";
revoke update, delete, truncate on mon_dims_margin from "${appUser}";

-- The margins of the slices registered so far, then the margin rows of the rollup rows written so far.
insert into mon_dims (dims)
select distinct m
from mon_dims d, lateral (select '{}'::jsonb as m
                          union all
                          select jsonb_build_object(e.key, e.value) from jsonb_each(d.dims) as e) s
order by m
on conflict (dims) do nothing;

insert into mon_dims_margin (dims_id, margin_id)
select d.id, m.id
from mon_dims d
cross join lateral (select '{}'::jsonb as dims
                                union all
                                select jsonb_build_object(e.key, e.value) from jsonb_each(d.dims) as e) s
join mon_dims m on m.dims = s.dims
group by 1, 2;

insert into mon_fact_margin (grain, element, dims_id, period_start, institution, value)
select r.grain, r.element, m.margin_id, r.period_start, r.institution, sum(r.value)
from mon_fact_rollup r
join mon_dims_margin m on m.dims_id = r.dims_id
group by 1, 2, 3, 4, 5;
