-- Live reports no longer update the rollup's rows themselves (issue 12, settlement throughput). Each settlement's report
-- added its sums to an institution's month and year rows, one upsert per report: an index lookup, a new row version and
-- a row lock that the next settlement of that institution waited for. A live report now appends its month sums here
-- (no key: an insert that looks nothing up and locks nothing). RollupFold folds the rows into mon_fact_rollup every
-- minute, month and year rows, in one statement that deletes what it adds, so a row is folded exactly once; within a
-- minute an institution's settlements share most of their sums, so a rollup row is written once for many of them. A
-- question reads mon_fact_rollup and these rows in one statement (one snapshot): it sees every counted report once,
-- whether before or after its fold. Bulk imports (history) still add to the rollup directly.
create table mon_fact_rollup_delta (
    element      varchar(80)    not null,
    period_start date           not null check (extract(day from period_start) = 1),
    institution  varchar(20)    not null,
    dims_id      integer        not null,
    value        numeric(20, 4) not null
);

-- a question reads the deltas of its elements and institutions
create index mon_fact_rollup_delta_element_institution on mon_fact_rollup_delta (element, institution);

revoke update, truncate on mon_fact_rollup_delta from "${appUser}";

-- The slice ids come from mon_dims by construction (FactRollupRepository registers a slice before it writes its id).
-- The foreign key made every new rollup row lock its mon_dims row (FOR KEY SHARE): a few slices are shared by every
-- settlement, so concurrent writers turned those locks into multixacts on hot rows.
alter table mon_fact_rollup drop constraint mon_fact_rollup_dims_id_fkey;
