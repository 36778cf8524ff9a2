#!/usr/bin/env bash
# Fund supervision (issue 13).
# 1. The pure audit engine: fee lines per CPU-second of one thread with all per-claim rule kinds on over generated
#    claims (outpatient visits of 4–12 lines, inpatient stays of 30–80), then per rule kind (lines_per_s_by_kind).
#    SIZE=small: 20,000 claims; the default 200,000.
# 2. The application (embedded PostgreSQL, loopback only) with the demo city as bench/common.sh starts it (20,000
#    insured, a thin year of about 10^4 fee lines): the year into a city-year of LINES fee lines (default 10^7, SIZE=small 10^5; bench/supervision-cityyear.sql), then
#    audited through the page as the bureau (POST /supervision/audits, every claim audited under the rules in force,
#    the copies' suspicions stored): batch_lines (fee lines audited) and batch_s (the run's own start to finish in PostgreSQL's
#    clock); then 3101 (事前分析) at a steady $RATE/s through the signed gateway (bench/SupervisionLoad.java), warm-up
#    10 s then 30 s: pre_event_p50_ms / pre_event_p99_ms.
# 3. The same rules the usual vendor way, one SQL query per rule (bench/supervision-rules.sql) on the same PostgreSQL
#    over the same settlements and knowledge version as the batch just run: sql_batch_s (the rule queries' own times
#    summed), ratio (sql_batch_s / batch_s) and same_suspicions (per rule: the engine's suspicions in the period, filed
#    under this rules version or an earlier one (a finding is filed once), settlements still in force, against the
#    query's, by count and by key (same_keys: an md5 of the sorted finding keys on both sides); equal = all compared
#    rules find the same suspicions).
# Writes bench/results/supervision.json (SIZE=small: supervision-small.json). The city-year copy (bench/supervision-cityyear.sql) is new and has not run
# yet on this script's machine: run SIZE=small first. Bounded (copying, audit, SQL; an hour is a guess for the full size);
# stops the app itself.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/common.sh
RATE=${RATE:-200}
out=bench/results/supervision.json
case "${SIZE:-full}" in
  # a small run does not replace the full run's figures
  small) claims=20000; target_lines=${LINES:-100000}; out=bench/results/supervision-small.json ;;
  *) claims=200000; target_lines=${LINES:-10000000} ;;
esac

need_pg_client
command -v jq >/dev/null || { echo "jq is needed to assemble the results" >&2; exit 2; }
if [ -z "${SKIP_BUILD:-}" ]; then
  ./mvnw -q -o package -DskipTests
  ./mvnw -q -o test-compile
fi
mkdir -p bench/results
work=$(mktemp -d /tmp/sanyi-bench.XXXXXX)
cleanup() {
  if [ -n "${APP_PID:-}" ] && kill -0 "$APP_PID" 2>/dev/null; then kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

# 1. the engine alone, before the application takes the cores (ENGINE_JSON=file reuses an earlier run's figures of
#    the same engine, e.g. to measure only the batch again)
if [ -n "${ENGINE_JSON:-}" ]; then
  cp "$ENGINE_JSON" "$work/engine.json"
else
  timeout 900 "$JAVA_HOME/bin/java" -Xms4g -Xmx4g -XX:+UseParallelGC -cp "target/test-classes:target/classes" \
    org.sanyi.supervision.bench.EngineThroughput "$work/engine.json" "$claims" >/dev/null
fi

# 2. the application
start_app "$work"
wait_ready
prepare_clients "$work"
# the last year of settlements (a batch audit covers at most one year)
period=$(pg -F' ' -c "select greatest(min(setl_date), (max(setl_date) - interval '1 year' + interval '1 day')::date),
                            max(setl_date) from ins_settlement" postgres)
from=${period% *}
to=${period#* }
# 2a. the city-year: the demo year copied (bench/supervision-cityyear.sql) until the period holds LINES fee lines
in_period="from ins_settlement s join ins_settlement_line sl using (setl_id)
           where s.status = 'SETTLED' and s.fixmedins_region like '3599%' and s.setl_date between '$from' and '$to'"
demo_lines=$(pg -c "select count(*) $in_period" postgres)
copies=$(( (target_lines + demo_lines - 1) / demo_lines - 1 ))
copy_start=$(date +%s.%N)
psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -X -q -At -v copies="$copies" -f bench/supervision-cityyear.sql postgres \
  >"$work/copies.txt"
copy_s=$(awk -v a="$copy_start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
city_lines=$(pg -c "select count(*) $in_period" postgres)
echo "city-year: $demo_lines demo lines x $((copies + 1)) = $city_lines fee lines, copied in $copy_s s" >&2
"$JAVA_HOME/bin/java" -Xmx256m bench/SupervisionLoad.java batch web="http://127.0.0.1:$APP_PORT" user=ybj \
  password=Sanyi@2026 region=359900 from="$from" to="$to" >"$work/batch-http.txt"
pg -F' ' -c "select lines, claims, suspicions, new_suspicions,
               round(extract(epoch from finished_at - started_at)::numeric, 3)
             from sup_audit_run where started_by = 'ybj' order by id desc limit 1" postgres >"$work/batch.txt"
read -r batch_lines batch_claims batch_hits batch_new batch_s <"$work/batch.txt"
# 3. the SQL baseline over the same settlements, before the load test takes the cores
read -r rules_version knowledge_version < <(pg -F' ' -c "select rules_version, coalesce(knowledge_version, 0)
             from sup_audit_run where started_by = 'ybj' order by id desc limit 1" postgres)
psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -X -q -At -F' ' -v prefix=3599 -v from="$from" -v to="$to" \
  -v kbv="$knowledge_version" -f bench/supervision-rules.sql postgres >"$work/sql-rules.txt"
# the engine's suspicions keyed as the queries key theirs (JG024 as persons; bench/supervision-engine-keys.sql)
psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -X -q -At -F' ' -v from="$from" -v to="$to" \
  -f bench/supervision-engine-keys.sql postgres >"$work/engine-rules.txt"
jq -Rn '[inputs | select(length > 0) | split(" ")
         | {key: .[0], value: {sql: (.[1] | tonumber), s: (.[2] | tonumber), keys: .[3]}}]
        | from_entries' "$work/sql-rules.txt" >"$work/sql-rules.json"
jq -Rn '[inputs | select(length > 0) | split(" ") | {key: .[0], value: {n: (.[1] | tonumber), keys: .[2]}}]
        | from_entries' "$work/engine-rules.txt" >"$work/engine-rules.json"
pg -F' ' -c "select rule_id from sup_rule where version_id = $rules_version and enabled order by rule_id" postgres \
  >"$work/rule-ids.txt"
jq -Rn --slurpfile sql "$work/sql-rules.json" --slurpfile engine "$work/engine-rules.json" '
  [inputs | select(length > 0)] as $ids
  | ($ids | map({key: ., value: {engine: ($engine[0][.].n // 0), sql: ($sql[0][.].sql // null),
                                 sql_s: ($sql[0][.].s // null),
                                 same_keys: (if $sql[0][.] == null then null
                                             else (($engine[0][.].keys // "d41d8cd98f00b204e9800998ecf8427e")
                                                   == $sql[0][.].keys) end)}}) | from_entries) as $per
  | {equal: ([$per[] | select(.sql != null) | .engine == .sql and .same_keys] | all),
     compared: ([$per[] | select(.sql != null)] | length),
     not_in_sql: ([$per | to_entries[] | select(.value.sql == null) | .key]),
     per_rule: $per}' "$work/rule-ids.txt" >"$work/same.json"
sql_batch_s=$(jq '[.[].s] | add | . * 1000 | round / 1000' "$work/sql-rules.json")
"$JAVA_HOME/bin/java" -Xmx1g bench/SupervisionLoad.java pre base="http://127.0.0.1:$APP_PORT" \
  persons="$work/persons.csv" institutions="$work/institutions.csv" rate="$RATE" warmup=10 steady=30 \
  out="$work/pre.json" >/dev/null

jq -n --arg size "${SIZE:-full}" --slurpfile engine "$work/engine.json" --slurpfile pre "$work/pre.json" \
   --argjson batchLines "$batch_lines" --argjson batchClaims "$batch_claims" --argjson batchHits "$batch_hits" \
   --argjson batchNew "$batch_new" --argjson batchS "$batch_s" --arg httpS "$(cat "$work/batch-http.txt")" \
   --arg period "$from..$to" --arg date "$(date -u +%Y-%m-%dT%H:%M:%SZ)" \
   --argjson sqlS "$sql_batch_s" --slurpfile same "$work/same.json" \
   --argjson demoLines "$demo_lines" --argjson copies "$copies" --argjson copyS "$copy_s" '
  {size: $size} + $engine[0] + {
    batch_lines: $batchLines,
    batch_s: $batchS,
    sql_batch_s: $sqlS,
    ratio: (if $batchS > 0 then ($sqlS / $batchS * 100 | round / 100) else null end),
    same_suspicions: $same[0],
    pre_event_p99_ms: $pre[0].pre_event_p99_ms,
    details: {
      batch: {period: $period, claims: $batchClaims, hits: $batchHits, new_suspicions: $batchNew,
              http_request_s: ($httpS | tonumber),
              city_year: {demo_lines: $demoLines, copies: $copies, copy_s: $copyS,
                          how: "the demo year (thin, bench/common.sh) copied as new persons with new visits, lines and settlements on the same dates, hospitals and clinical content (bench/supervision-cityyear.sql); the planted violations keep their rates"},
              what: "the city-year audited through the page: every claim and line evaluated, the suspicions of the copies stored as new ones with their events"},
      pre_event: $pre[0],
      sql_baseline: "bench/supervision-rules.sql: one query per rule over the same settlements and knowledge version; sql_batch_s sums the queries own times (PostgreSQL clock), same_suspicions compares per rule the counts and the findings themselves (an md5 of the sorted keys: settlement and line, settlement, doctor or institution, person; bench/supervision-engine-keys.sql keys the suspicions of the engine the same way)",
      load: "'"$(uptime | sed 's/.*load average: //')"'",
      date: $date
    }
  }' >"$out"
cat "$out"
