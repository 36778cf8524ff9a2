#!/usr/bin/env bash
# The fact store at province scale (issue 12), in two parts, both writing bench/results/monitoring.json.
#
# 1. Queries: SIZE fact rows (default 100,000,000: a province-year of settlement components) generated and loaded with
#    COPY into monitoring's own month-partitioned mon_fact (the real V10 migration) on a fresh embedded PostgreSQL, with
#    the raw settlements and fee lines of one city-year beside them; the rollup (month and year sums) built by the real V20
#    migration's backfill (then V63, whose delta table the questions read too; then V65 and V67, the margins); then 1,000
#    random questions (a shipped 三医联动 indicator that the generated elements compute, over a county, a city, the
#    province or an alliance-like set of institutions; a month, a quarter or the year), no cache, through the indicator
#    engine over the statements FactTotals runs (query_p50_ms, query_p99_ms, query_p99_ms_by_indicator), the first of
#    them again over the day-level facts (day_level_*: what every question read before the rollup) and the city's
#    questions the naive way (each component summed by GROUP BY aggregates over settlements and fee lines, the same
#    engine dividing: naive_p99_ms). Answers must agree (answers_agree). The generator keeps a real density (about 250,000 facts
#    per institution-year: 10⁸ facts are some 400 institutions; 30 frequent settlement kinds, institutions weighted by
#    size), so compression_ratio (facts per rollup row) does not depend on SIZE. SIZE=small runs 2,000,000 rows
#    (8 institutions) in a few minutes.
#    EXPLAIN_MS=N logs the plan of every statement slower than N ms (auto_explain) to target/facts-bench-log.
# 2. Freshness (skip with FRESHNESS=0): the application (bench/common.sh, demo city, loopback) under a steady
#    FRESH_RATE (default 100) settlements/s through the gateway for FRESH_SECONDS (default 60) after a warm-up
#    (bench/SettlementLoad.java, mode steady); per settlement, the time from its settlement time (setl_time, taken in
#    the settlement's transaction before it commits) to the start of the transaction that counted its facts in
#    monitoring (the indicators read them at its commit): freshness_p99_ms. Then the same application restarted on the same data with
#    --sanyi.kafka.bootstrap-servers pointing at a real Kafka broker (KRaft, in process of its own JVM, from
#    spring-kafka-test: org.sanyi.monitoring.kafka.BenchKafkaBroker): freshness_kafka_p99_ms.
# settlement_throughput_change_pct stays null: it is bench/settlement.sh on this branch against main before issue 12,
# run by the lead on a quiet machine.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/common.sh
size=${SIZE:-100000000}
out=bench/results/monitoring.json
# a small run does not replace the full run's figures
[ "$size" = small ] && size=2000000 && out=bench/results/monitoring-small.json

./mvnw -q -o test-compile
cpfile=target/monitoring-bench.classpath
[ -s "$cpfile" ] || ./mvnw -q dependency:build-classpath -Dmdep.outputFile="$cpfile" >/dev/null
classpath="target/test-classes:target/classes:$(cat "$cpfile")"

mkdir -p bench/results
# QUERIES=0 skips part 1 and keeps the query figures already in the results file (part 1 at 10^8 takes hours)
if [ "${QUERIES:-1}" != 0 ]; then
  "$JAVA_HOME/bin/java" -Xms1g -Xmx2g -XX:+UseParallelGC -cp "$classpath" \
    org.sanyi.monitoring.facts.FactsBenchmark "$size" "$out" \
    src/main/resources/db/migration/monitoring/V10__facts.sql src/main/resources/db/migration/monitoring/V20__fact_rollup.sql \
    src/main/resources/db/migration/monitoring/V63__rollup_deltas.sql src/main/resources/db/migration/monitoring/V65__rollup_margins.sql \
    src/main/resources/db/migration/monitoring/V67__rollup_clr_type_margins.sql
fi
[ -s "$out" ] || { echo "no $out to add the freshness figures to: run part 1 first" >&2; exit 1; }

[ "${FRESHNESS:-1}" != 0 ] || exit 0

need_pg_client
[ -n "${SKIP_BUILD:-}" ] || ./mvnw -q -o package -DskipTests
work=$(mktemp -d /tmp/sanyi-monitoring-bench.XXXXXX)
stop_app() {
  if [ -n "${APP_PID:-}" ] && kill -0 "$APP_PID" 2>/dev/null; then kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; fi
  APP_PID=
}
cleanup() {
  stop_app
  [ ! -s "$work/app.log" ] || cp "$work/app.log" target/monitoring-bench-app.log
  if [ -n "${BROKER_PID:-}" ] && kill -0 "$BROKER_PID" 2>/dev/null; then kill "$BROKER_PID"; wait "$BROKER_PID" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

# steady load, then p99 (ms) from each settlement's time (setl_time, taken before its transaction commits, so a little
# early) to the start of the transaction that counted its facts; prints "p99 p50 settled counted"
freshness() {
  local result start
  result=$(driver steady base="http://127.0.0.1:$APP_PORT" persons="$work/persons.csv" institutions="$work/institutions.csv" \
    rate="${FRESH_RATE:-100}" steady="${FRESH_SECONDS:-60}" warmup=20)
  echo "$result" >&2
  start=$(sed -E 's/.*"steady_start_ms": ([0-9]+).*/\1/' <<<"$result")
  sleep 10
  pg -F' ' -c "
    with p as (select setl_id as setl, setl_time as at from ins_settlement
               where setl_time >= to_timestamp($start / 1000.0) and not refd_setl_flag)
    select coalesce(round(percentile_disc(0.99) within group (order by extract(epoch from r.received_at - p.at) * 1000)), -1),
           coalesce(round(percentile_disc(0.50) within group (order by extract(epoch from r.received_at - p.at) * 1000)), -1),
           count(*), count(r.id)
    from p left join mon_fact_report r on r.report_key = 'ins:setl:' || p.setl" postgres
}

start_app "$work"
wait_ready
prepare_clients "$work"
read -r fresh_p99 fresh_p50 fresh_settled fresh_counted <<<"$(freshness)"
echo "in process: p99 $fresh_p99 ms, p50 $fresh_p50 ms, $fresh_counted of $fresh_settled counted"
stop_app

"$JAVA_HOME/bin/java" -Xmx512m -cp "$classpath" org.sanyi.monitoring.kafka.BenchKafkaBroker "$work/kafka.address" \
  >"$work/kafka.log" 2>&1 &
BROKER_PID=$!
for _ in $(seq 1 60); do [ -s "$work/kafka.address" ] && break; sleep 1; done
[ -s "$work/kafka.address" ] || { echo "the Kafka broker did not start; see $work/kafka.log" >&2; exit 1; }
start_app "$work" --sanyi.kafka.bootstrap-servers="$(cat "$work/kafka.address")"
wait_ready
read -r kafka_p99 kafka_p50 kafka_settled kafka_counted <<<"$(freshness)"
echo "through Kafka: p99 $kafka_p99 ms, p50 $kafka_p50 ms, $kafka_counted of $kafka_settled counted"

jq --argjson p99 "$fresh_p99" --argjson p50 "$fresh_p50" --argjson settled "$fresh_settled" \
   --argjson counted "$fresh_counted" --argjson rate "${FRESH_RATE:-100}" --argjson kp99 "$kafka_p99" \
   --argjson kp50 "$kafka_p50" --argjson ksettled "$kafka_settled" --argjson kcounted "$kafka_counted" \
   --arg load "$(uptime | sed 's/.*load average: //')" --arg date "$(date -u +%Y-%m-%dT%H:%M:%SZ)" '
  . + {freshness_p99_ms: $p99, freshness_p50_ms: $p50, freshness_settled: $settled, freshness_counted: $counted,
       freshness_rate: $rate, freshness_kafka_p99_ms: $kp99, freshness_kafka_p50_ms: $kp50,
       freshness_kafka_settled: $ksettled, freshness_kafka_counted: $kcounted,
       freshness_measured: {date: $date, load: $load}}' "$out" >"$work/out.json"
cp "$work/out.json" "$out"
cat "$out"
