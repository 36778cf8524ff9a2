-- Margins of 门诊 and 住院 (issue 12, "Scale"): a margin for clr_type's value together with each other dimension's.
-- V65's margins hold the whole and each single dimension's value; a component narrowing two dimensions read every full
-- slice's rollup row. The shipped 县域内住院量占比 and 市域内住院量占比 narrow two (clr_type=21 with in_county=Y or
-- in_region=Y), as nearly every two-dimension question does: 门诊 and 住院 are the first split of a statistic. At 10⁸
-- facts such a province-quarter read some 36,000 rollup rows of visits (180,000 of fees). Now it reads one margin row per
-- institution and period, like the one-dimension components. A slice with clr_type adds to 9 more margins (fees: 10
-- dimensions), so the writers add to about twice as many margin rows.

-- A writer of the rollup must now keep these margins too: connections of this version say protocol 67
-- (DatabaseConfiguration.ROLLUP_PROTOCOL); a node before this migration, saying 65, is refused as V66 refuses one
-- before V65.
create or replace function mon_rollup_writer_check() returns trigger
    language plpgsql as
$$
begin
    if coalesce(nullif(current_setting('sanyi.rollup_protocol', true), ''), '0')::integer < 67 then
        raise exception 'mon_fact_rollup written by a node before monitoring V67, which would leave its margins behind'
            using errcode = 'P0001',
                hint = 'stop the nodes of earlier versions; a node of this version folds their deltas';
    end if;
    return null;
end
$$;

-- the new margins' slices, then which of them each slice adds to, then their rows from the rollup (new margins have
-- none yet: a plain insert, which would fail rather than count twice)
insert into mon_dims (dims)
select distinct jsonb_build_object('clr_type', d.dims -> 'clr_type', e.key, e.value)
from mon_dims d, jsonb_each(d.dims) as e
where d.dims ? 'clr_type' and e.key <> 'clr_type'
order by 1
on conflict (dims) do nothing;

with added as (insert into mon_dims_margin (dims_id, margin_id)
               select distinct d.id, m.id
               from mon_dims d
               cross join lateral jsonb_each(d.dims) as e
               join mon_dims m on m.dims = jsonb_build_object('clr_type', d.dims -> 'clr_type', e.key, e.value)
               where d.dims ? 'clr_type' and e.key <> 'clr_type'
               order by 1, 2
               on conflict do nothing
               returning dims_id, margin_id)
insert into mon_fact_margin (grain, element, dims_id, period_start, institution, value)
select r.grain, r.element, a.margin_id, r.period_start, r.institution, sum(r.value)
from mon_fact_rollup r
join added a on a.dims_id = r.dims_id
group by 1, 2, 3, 4, 5;
