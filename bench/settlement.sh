#!/usr/bin/env bash
# Settlement throughput of the whole stack: the application (embedded PostgreSQL, loopback only) with the demo city,
# simulated HIS clients (bench/SettlementLoad.java) that sign in and repeat 2201 register -> 2204 fees -> 2207
# settle over HTTP with signed requests, and pgbench's TPC-B-like rate on the same PostgreSQL for comparison.
# Phases: pgbench (-c $CLIENTS, 30 s) on its own database; driver warm-up 30 s (C2 compiles the hot path), closed-loop maximum with $CLIENTS
# clients 30 s, then an open-loop steady $RATE settlements/s for 30 s (p50/p99 of the 2207 call are from this phase),
# then a lighter steady $LOW_RATE/s for 30 s (low_rate_* keys: latency below saturation).
# Writes bench/results/settlement.json (settlements_per_s, p50_ms, p99_ms, pgbench_tps, ratio = settlements_per_s /
# pgbench_tps, and details, among them the CPU the server and PostgreSQL used per settlement in the closed-loop
# phase, which other jobs on the machine disturb much less than the rates). PG_STATS=1 also loads pg_stat_statements and
# writes PostgreSQL's time per statement during the load to bench/results/settlement-pg-statements.tsv. Bounded: about 4 minutes plus the first start's demo generation; stops the app itself.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/common.sh
CLIENTS=${CLIENTS:-16}
RATE=${RATE:-200}

need_pg_client
[ -n "${SKIP_BUILD:-}" ] || ./mvnw -q -o package -DskipTests
work=$(mktemp -d /tmp/sanyi-bench.XXXXXX)
cleanup() {
  if [ -n "${APP_PID:-}" ] && kill -0 "$APP_PID" 2>/dev/null; then kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

pg_stats_args=()
[ -z "${PG_STATS:-}" ] || pg_stats_args=(--sanyi.db.embedded.settings=shared_preload_libraries=pg_stat_statements)
# APP_ARGS: more options for the application (e.g. to compare a setting), split on spaces
start_app "$work" "${pg_stats_args[@]}" ${APP_ARGS:-}
wait_ready
prepare_clients "$work"
echo "persons: $(wc -l <"$work/persons.csv"), institutions: $(wc -l <"$work/institutions.csv")"

pg -c "create database pgbench" postgres
pgbench -h 127.0.0.1 -p "$PG_PORT" -U postgres -i -s 10 -q pgbench >/dev/null 2>&1
tps=$(pgbench -h 127.0.0.1 -p "$PG_PORT" -U postgres -c "$CLIENTS" -j 2 -T 30 -M prepared pgbench 2>/dev/null \
  | awk '/^tps = / {print $3; exit}')
echo "pgbench: $tps tps"

mkdir -p bench/results
if [ -n "${PG_STATS:-}" ]; then pg -c "create extension if not exists pg_stat_statements" -c "select pg_stat_statements_reset()" postgres >/dev/null; fi
driver load appPid="$APP_PID" pgPid="$(head -1 "$work/pgdata/postmaster.pid")" base="http://127.0.0.1:$APP_PORT" persons="$work/persons.csv" institutions="$work/institutions.csv" \
  clients="$CLIENTS" warmup="${WARMUP:-30}" max=30 rate="$RATE" steady=30 lowRate="${LOW_RATE:-50}" pgbench="$tps" \
  out=bench/results/settlement.json

if [ -n "${PG_STATS:-}" ]; then
  # where PostgreSQL spent its time during the load: statements by total execution time
  pg -F$'\t' -c "select calls, round(total_exec_time::numeric, 1) as total_ms, round((total_exec_time / calls)::numeric, 4) as mean_ms,
                      rows, shared_blks_dirtied, wal_bytes, left(regexp_replace(query, '\s+', ' ', 'g'), 110)
                  from pg_stat_statements where dbid = (select oid from pg_database where datname = 'postgres')
                  order by total_exec_time desc limit 40" postgres | tee bench/results/settlement-pg-statements.tsv
fi
