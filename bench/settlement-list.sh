#!/usr/bin/env bash
# Settlement-list (医保结算清单) uploads over the signed national gateway: POST /hsa/4101A, quality checks, grouping
# on arrival with the trace, storage with history. The application (embedded PostgreSQL, loopback only) with the demo
# city; the cases are the demo's inpatient settlements whose current list the demo uploaded (4101): each is
# re-uploaded as 4101A (the amounts come from the settlement), which supersedes the current list and keeps history,
# so a bounded set of settlements serves the whole run. $INVALID_SHARE percent of the uploads are invalid lists
# (a male patient with an O-chapter diagnosis; discharge before admission); every one must be refused (infcode -2)
# and none stored, which the script checks in the database afterwards.
# Phases: pgbench (-c $CLIENTS, 30 s) on its own database as the baseline; driver (bench/SettlementListLoad.java)
# warm-up 10 s, closed loop with $CLIENTS simulated HIS clients 30 s (uploads_per_s, p50/p99 of the 4101A call), an
# open-loop steady $RATE uploads/s for 20 s (latency below saturation); then, with the application stopped, the
# grouper alone on the same cases in process (bench's DrgThroughputBenchmark with the demo scheme files) as a
# second reference. Writes bench/results/settlement-list.json (uploads_per_s, p50_ms, p99_ms, pgbench_tps,
# ratio = uploads_per_s / pgbench_tps, details). Bounded: about 3 minutes plus the first start's demo generation
# and the build; stops the application itself.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/common.sh
CLIENTS=${CLIENTS:-16}
RATE=${RATE:-40}
INVALID_SHARE=${INVALID_SHARE:-10}

need_pg_client
command -v jq >/dev/null || { echo "jq is needed to assemble the results" >&2; exit 2; }
if [ -z "${SKIP_BUILD:-}" ]; then
  ./mvnw -q -o package -DskipTests
  ./mvnw -q -o test-compile
fi
cpfile=target/drg-bench.classpath
[ -s "$cpfile" ] || ./mvnw -q dependency:build-classpath -Dmdep.outputFile="$cpfile" >/dev/null
work=$(mktemp -d /tmp/sanyi-bench.XXXXXX)
stop_app() {
  if [ -n "${APP_PID:-}" ] && kill -0 "$APP_PID" 2>/dev/null; then kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; fi
}
cleanup() {
  stop_app
  rm -rf "$work"
}
trap cleanup EXIT

start_app "$work"
wait_ready
prepare_clients "$work"

# The cases: current lists of unreversed inpatient settlements of institutions with a gateway account, as uploaded.
# VALID = the list as 4101A (without the 4101 amounts); MALE_O and DSCG_BEFORE_ADM = the same list made invalid.
pg -F $'\t' -c "
  with c as (
    select l.institution_code as inst, l.payload #- '{setlinfo,acct_pay}' #- '{setlinfo,psn_cashpay}' #- '{payinfo}' as p
    from drg_setl_list l join drg_settlement s on s.setl_id = l.setl_id and not s.reversed
    where l.current_version and l.institution_code in (select paasid from ins_gateway_credential where revoked_at is null))
  select 'VALID', inst, p::text from c
  union all
  select 'MALE_O', inst, jsonb_set(jsonb_set(p, '{setlinfo,gend}', '\"1\"'), '{diseinfo}', (p -> 'diseinfo') ||
    '[{\"diag_type\":\"1\",\"diag_code\":\"O80.000\",\"diag_name\":\"单胎顺产\",\"maindiag_flag\":\"0\"}]'::jsonb)::text from c
  union all
  select 'DSCG_BEFORE_ADM', inst, jsonb_set(jsonb_set(p, '{setlinfo,adm_time}', p -> 'setlinfo' -> 'dscg_time'),
    '{setlinfo,dscg_time}', p -> 'setlinfo' -> 'adm_time')::text from c" postgres >"$work/cases.tsv"
# the same cases for the grouper alone (columns of shared/drg/chs-drg-1.1/test_cases/*.csv), codes as the list
# gives them: Western diagnoses with the main one first, procedures with the main one first
{
  echo "case_id,source,target,gender,age,age_days,weight_g,dept,los_days,discharge_way,diagnoses,procedures"
  pg -F, -c "
    select l.setl_list_id, 'demo', '', l.gend, l.age, coalesce(l.nwb_age_days, l.age * 365), l.nwb_bir_wt, l.dscg_caty,
      l.act_ipt_days, l.dscg_way,
      (select string_agg(d ->> 'diag_code', '|' order by (d ->> 'maindiag_flag') = '1' desc, n)
         from jsonb_array_elements(l.payload -> 'diseinfo') with ordinality e(d, n) where d ->> 'diag_type' = '1'),
      coalesce((select string_agg(x ->> 'oprn_oprt_code', '|' order by (x ->> 'oprn_oprt_type') = '1' desc, n)
         from jsonb_array_elements(coalesce(l.payload -> 'oprninfo', '[]')) with ordinality e(x, n)), '')
    from drg_setl_list l join drg_settlement s on s.setl_id = l.setl_id and not s.reversed
    where l.current_version and l.institution_code in (select paasid from ins_gateway_credential where revoked_at is null)
    order by l.setl_list_id" postgres
} >"$work/cases.csv"
valid_cases=$(grep -c '^VALID' "$work/cases.tsv" || true)
echo "cases: $valid_cases valid (each also as two invalid variants), institutions: $(wc -l <"$work/institutions.csv")"
[ "$valid_cases" -gt 0 ] || { echo "the demo has no settlement lists to re-upload" >&2; exit 1; }

pg -c "create database pgbench" postgres
pgbench -h 127.0.0.1 -p "$PG_PORT" -U postgres -i -s 10 -q pgbench >/dev/null 2>&1
tps=$(pgbench -h 127.0.0.1 -p "$PG_PORT" -U postgres -c "$CLIENTS" -j 2 -T 30 -M prepared pgbench 2>/dev/null \
  | awk '/^tps = / {print $3; exit}')
echo "pgbench: $tps tps"

list_driver() { "$JAVA_HOME/bin/java" -Xmx1g bench/SettlementListLoad.java "$@"; }
rows_before=$(pg -c "select count(*) from drg_setl_list" postgres)
list_driver appPid="$APP_PID" pgPid="$(head -1 "$work/pgdata/postmaster.pid")" base="http://127.0.0.1:$APP_PORT" \
  persons="$work/persons.csv" institutions="$work/institutions.csv" cases="$work/cases.tsv" clients="$CLIENTS" \
  warmup=10 max=30 rate="$RATE" steady=20 invalidShare="$INVALID_SHARE" pgbench="$tps" \
  refusedOut="$work/refused-msgids.txt" out="$work/load.json" >/dev/null

# what the database holds afterwards: one new row per accepted upload, none for the refused (invalid) ones, one
# current list per settlement, history kept
rows_after=$(pg -c "select count(*) from drg_setl_list" postgres)
invalid_stored=$( { echo "create temp table refused (msgid varchar(40));"
  echo "\\copy refused from '$work/refused-msgids.txt'"
  echo "select count(*) from drg_setl_list l join refused r on r.msgid = l.msgid;"; } | pg postgres)
two_current=$(pg -c "select count(*) from (select setl_id from drg_setl_list where current_version group by setl_id
  having count(*) > 1) x" postgres)
max_history=$(pg -c "select coalesce(max(n), 0) from (select count(*) n from drg_setl_list group by setl_id) x" postgres)
grouped_4101a=$(pg -c "select status || ' ' || count(*) from drg_setl_list where infno = '4101A' group by status
  order by status" postgres | paste -sd, -)
stop_app

# the grouper alone, in process, on the same cases (the app is stopped: the two cores are the grouper's)
timeout 300 "$JAVA_HOME/bin/java" -Xms1g -Xmx1g -XX:+UseParallelGC \
  -cp "target/test-classes:target/classes:$(cat "$cpfile")" \
  org.sanyi.drg.bench.DrgThroughputBenchmark target/classes/drg/demo-scheme "$work/grouper.json" 200000 \
  "$work/cases.csv" >"$work/grouper.log" 2>&1 || { cat "$work/grouper.log" >&2; exit 1; }

mkdir -p bench/results
jq --argjson before "$rows_before" --argjson after "$rows_after" --argjson invalidStored "$invalid_stored" \
   --argjson twoCurrent "$two_current" --argjson maxHistory "$max_history" --arg grouped "$grouped_4101a" \
   --slurpfile g "$work/grouper.json" --arg date "$(date -u +%Y-%m-%dT%H:%M:%SZ)" '
  .details += {
    cases: "the demo inpatient settlements with a current list, re-uploaded as 4101A (each upload supersedes the current list; history kept)",
    invalid_kinds: "MALE_O: gend 1 with an O80.000 diagnosis; DSCG_BEFORE_ADM: admission and discharge times swapped",
    db_rows_added: ($after - $before),
    db_rows_added_equals_valid_accepted: (($after - $before) == .details.valid_accepted),
    invalid_stored: $invalidStored,
    invalid_all_refused: (.details.invalid_accepted == 0 and .details.invalid_refused_infcode_minus_2 == .details.invalid_sent and $invalidStored == 0),
    settlements_with_two_current_lists: $twoCurrent,
    max_uploads_of_one_settlement: $maxHistory,
    stored_4101a_by_status: $grouped,
    grouper_only: ($g[0] | {scheme, records, distinct_cases, single_thread_per_s, all_cores_per_s,
      traced_single_thread_per_s, method}),
    grouper_traced_single_thread_per_upload_per_s: (($g[0].traced_single_thread_per_s / .uploads_per_s) | round),
    date: $date
  }' "$work/load.json" >bench/results/settlement-list.json
cat bench/results/settlement-list.json
jq -e '.details.invalid_all_refused and .details.db_rows_added_equals_valid_accepted and .details.valid_refused == 0
  and .details.settlements_with_two_current_lists == 0' bench/results/settlement-list.json >/dev/null \
  || { echo "CHECK FAILED: see details in bench/results/settlement-list.json" >&2; exit 1; }
