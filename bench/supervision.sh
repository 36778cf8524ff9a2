#!/usr/bin/env bash
# Fund supervision (issue 13).
# 1. The pure audit engine: fee lines per CPU-second of one thread with all per-claim rule kinds on over generated
#    claims (outpatient visits of 4–12 lines, inpatient stays of 30–80), then per rule kind (lines_per_s_by_kind).
#    SIZE=small: 20,000 claims; the default 200,000.
# 2. The application (embedded PostgreSQL, loopback only) with the demo city as bench/common.sh starts it (20,000
#    insured, a thin year: far from the issue's 10^7 fee lines of a city-year, see not_measured): the batch audit of the year
#    run again through the page as the bureau (POST /supervision/audits, every claim audited under the rules in force,
#    nothing new stored): batch_lines (fee lines audited) and batch_s (the run's own start to finish in PostgreSQL's
#    clock); then 3101 (事前分析) at a steady $RATE/s through the signed gateway (bench/SupervisionLoad.java), warm-up
#    10 s then 30 s: pre_event_p50_ms / pre_event_p99_ms.
# The one-SQL-per-rule baseline (sql_batch_s, ratio) is not written yet: its keys are null and not_measured says so.
# Writes bench/results/supervision.json. Bounded: a few minutes plus the demo generation; stops the app itself.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/common.sh
RATE=${RATE:-200}
case "${SIZE:-full}" in
  small) claims=20000 ;;
  *) claims=200000 ;;
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

# 1. the engine alone, before the application takes the cores
timeout 900 "$JAVA_HOME/bin/java" -Xms4g -Xmx4g -XX:+UseParallelGC -cp "target/test-classes:target/classes" \
  org.sanyi.supervision.bench.EngineThroughput "$work/engine.json" "$claims" >/dev/null

# 2. the application
start_app "$work"
wait_ready
prepare_clients "$work"
period=$(pg -F' ' -c "select min(setl_date), max(setl_date) from ins_settlement" postgres)
from=${period% *}
to=${period#* }
"$JAVA_HOME/bin/java" -Xmx256m bench/SupervisionLoad.java batch web="http://127.0.0.1:$APP_PORT" user=ybj \
  password=Sanyi@2026 region=359900 from="$from" to="$to" >"$work/batch-http.txt"
pg -F' ' -c "select lines, claims, suspicions, new_suspicions,
               round(extract(epoch from finished_at - started_at)::numeric, 3)
             from sup_audit_run where started_by = 'ybj' order by id desc limit 1" postgres >"$work/batch.txt"
read -r batch_lines batch_claims batch_hits batch_new batch_s <"$work/batch.txt"
"$JAVA_HOME/bin/java" -Xmx1g bench/SupervisionLoad.java pre base="http://127.0.0.1:$APP_PORT" \
  persons="$work/persons.csv" institutions="$work/institutions.csv" rate="$RATE" warmup=10 steady=30 \
  out="$work/pre.json" >/dev/null

jq -n --arg size "${SIZE:-full}" --slurpfile engine "$work/engine.json" --slurpfile pre "$work/pre.json" \
   --argjson batchLines "$batch_lines" --argjson batchClaims "$batch_claims" --argjson batchHits "$batch_hits" \
   --argjson batchNew "$batch_new" --argjson batchS "$batch_s" --arg httpS "$(cat "$work/batch-http.txt")" \
   --arg period "$from..$to" --arg date "$(date -u +%Y-%m-%dT%H:%M:%SZ)" '
  {size: $size} + $engine[0] + {
    batch_lines: $batchLines,
    batch_s: $batchS,
    sql_batch_s: null,
    ratio: null,
    pre_event_p99_ms: $pre[0].pre_event_p99_ms,
    details: {
      batch: {period: $period, claims: $batchClaims, hits: $batchHits, new_suspicions: $batchNew,
              http_request_s: ($httpS | tonumber),
              what: "the demo year audited again through the page: every claim and line evaluated, hits counted, none new"},
      pre_event: $pre[0],
      not_measured: "the one-SQL-per-rule baseline (sql_batch_s, ratio) is not in this script yet; the batch runs over the thin demo year of bench/common.sh, not a generated city-year of 10^7 fee lines",
      date: $date
    }
  }' >bench/results/supervision.json
cat bench/results/supervision.json
