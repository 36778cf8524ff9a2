-- A city-year for the batch audit benchmark (issue 13: "a batch audit of a city-year, >= 10^7 fee lines in
-- PostgreSQL"): the demo year's insured persons, visits, diagnoses, fee lines and settlements copied :copies times
-- into the insurance tables, each copy a new person (psn_no~k) with new visits, lines and settlements on the same
-- dates, in the same hospitals, with the same clinical content. The copies keep the demo's planted violations at
-- their rates, so the engine and the one-query-per-rule baseline both find :copies + 1 times the demo's suspicions
-- of the per-claim rules. Run by bench/supervision.sh (psql variable :copies) on the benchmark's own database, after
-- the demo has settled its year and before the batch audit. Column lists are read from the catalogue, so a column
-- added later is copied as it is; only the keys and the columns that must stay unique are rewritten.
\set ON_ERROR_STOP 1

create temp table bench_copy as select generate_series(1, :copies) as k;

-- insert into tbl select every column of tbl, rewriting those named in overrides (SQL over t, the row, and c.k)
create function pg_temp.copy_rows(tbl text, overrides jsonb, filter text) returns bigint
language plpgsql as $$
declare
    cols text;
    exprs text;
    n bigint;
begin
    select string_agg(quote_ident(column_name), ', ' order by ordinal_position),
           string_agg(coalesce(overrides ->> column_name, 't.' || quote_ident(column_name)), ', '
                      order by ordinal_position)
    into cols, exprs
    from information_schema.columns
    where table_schema = current_schema() and table_name = tbl and is_generated = 'NEVER';
    execute format('insert into %I (%s) select %s from %I t cross join bench_copy c where %s',
                   tbl, cols, exprs, tbl, filter);
    get diagnostics n = row_count;
    return n;
end $$;

-- fee line identifiers and posting numbers of copy k are the original's plus k times these
select coalesce(max(id), 0) + 1 as line_step from ins_fee_line \gset
select coalesce(max(posting_no), 0) + 1 as posting_step from ins_settlement \gset

select 'persons', pg_temp.copy_rows('ins_person', jsonb_build_object(
    'psn_no', $$t.psn_no || '~' || c.k$$,
    'card_no', $$t.card_no || '~' || c.k$$,
    'certno_index', $$encode(sha256(convert_to(t.certno_index || '~' || c.k, 'UTF8')), 'hex')$$),
    $$t.psn_no in (select psn_no from ins_visit)$$);

select 'visits', pg_temp.copy_rows('ins_visit', jsonb_build_object(
    'mdtrt_id', $$t.mdtrt_id || '~' || c.k$$,
    'psn_no', $$t.psn_no || '~' || c.k$$,
    'ipt_otp_no', $$t.ipt_otp_no || '~' || c.k$$,
    'created_msgid', 'null'), 'true');

select 'diagnoses', pg_temp.copy_rows('ins_diagnosis', jsonb_build_object(
    'mdtrt_id', $$t.mdtrt_id || '~' || c.k$$), 'true');

select 'fee lines', pg_temp.copy_rows('ins_fee_line', jsonb_build_object(
    'id', format('t.id + c.k * %s::bigint', :line_step),
    'mdtrt_id', $$t.mdtrt_id || '~' || c.k$$,
    'setl_id', $$t.setl_id || '~' || c.k$$,
    'init_line_id', format('t.init_line_id + c.k * %s::bigint', :line_step),
    'upload_msgid', 'null'), 'true');

-- one statement: a reversal's init_setl_id points at its original's copy, checked at the statement's end
select 'settlements', pg_temp.copy_rows('ins_settlement', jsonb_build_object(
    'setl_id', $$t.setl_id || '~' || c.k$$,
    'mdtrt_id', $$t.mdtrt_id || '~' || c.k$$,
    'psn_no', $$t.psn_no || '~' || c.k$$,
    'init_setl_id', $$t.init_setl_id || '~' || c.k$$,
    'reversed_by', $$t.reversed_by || '~' || c.k$$,
    'medins_setl_id', $$t.medins_setl_id || '~' || c.k$$,
    'posting_no', format('t.posting_no + c.k * %s::bigint', :posting_step),
    'msgid', 'null'), 'true');

select 'settlement lines', pg_temp.copy_rows('ins_settlement_line', jsonb_build_object(
    'setl_id', $$t.setl_id || '~' || c.k$$,
    'fee_line_id', format('t.fee_line_id + c.k * %s::bigint', :line_step)), 'true');

select setval(pg_get_serial_sequence('ins_fee_line', 'id'), (select max(id) from ins_fee_line));
select setval('ins_posting_seq', (select max(posting_no) from ins_settlement) + 1, false);
analyze ins_person;
analyze ins_visit;
analyze ins_diagnosis;
analyze ins_fee_line;
analyze ins_settlement;
analyze ins_settlement_line;
