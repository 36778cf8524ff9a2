-- Live reports no longer update the rollup's rows themselves (issue 12, settlement throughput). Each settlement's report
-- added its sums to the same few hot rows (an institution's month and year), one upsert per report: an index lookup,
-- a new row version and a row lock that the next settlement of that institution waited for. A live report now appends
-- its month sums here (no index, no key: an insert that looks nothing up and locks nothing). RollupFold folds the
-- rows into mon_fact_rollup every second, month and year rows, in one statement that deletes what it adds, so a row is
-- folded exactly once. A question reads mon_fact_rollup and these rows in one statement (one snapshot): it sees every
-- counted report once, whether before or after its fold. Bulk imports (history) still add to the rollup directly.
create table mon_fact_rollup_delta (
    element      varchar(80)    not null,
    period_start date           not null check (extract(day from period_start) = 1),
    institution  varchar(20)    not null,
    dims_id      integer        not null,
    value        numeric(20, 4) not null
);

revoke update, truncate on mon_fact_rollup_delta from "${appUser}";
