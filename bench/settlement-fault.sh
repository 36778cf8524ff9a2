#!/usr/bin/env bash
# Crash test of the settlement path: HIS clients settle under load (bench/SettlementLoad.java fault), the server and its
# PostgreSQL are killed with SIGKILL in the middle, the application is started again on the same data, and then:
#  - every acknowledged 2207 (infcode 0 received by the client) is replayed with its msgid: the stored answer with the
#    same setl_id must come back (nothing acknowledged was lost),
#  - no message and no visit was settled twice,
#  - the reconciliation (POST /api/insurance/reconciliation) finds the ledger balanced and every invariant holding.
# Writes bench/results/settlement-fault.json. About 3 minutes plus the first start's demo generation.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/common.sh
LOAD_SECONDS=${LOAD_SECONDS:-40}
KILL_AFTER=${KILL_AFTER:-15}

need_pg_client
[ -n "${SKIP_BUILD:-}" ] || ./mvnw -q -o package -DskipTests
work=$(mktemp -d /tmp/sanyi-fault.XXXXXX)
cleanup() {
  if [ -n "${APP_PID:-}" ] && kill -0 "$APP_PID" 2>/dev/null; then kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

start_app "$work"
wait_ready
prepare_clients "$work"
: >"$work/acks.tsv"

driver fault base="http://127.0.0.1:$APP_PORT" persons="$work/persons.csv" institutions="$work/institutions.csv" \
  clients=8 seconds="$LOAD_SECONDS" acks="$work/acks.tsv" >"$work/fault.json" 2>"$work/fault.err" &
driver_pid=$!
sleep "$KILL_AFTER"
before_kill=$(wc -l <"$work/acks.tsv")
postmaster=$(head -1 "$work/pgdata/postmaster.pid")
kill -KILL "$APP_PID" "$postmaster"
wait "$APP_PID" 2>/dev/null || true
echo "killed the server and PostgreSQL ($APP_PID, $postmaster) after $before_kill acknowledged settlements"
wait "$driver_pid" || true
acknowledged=$(wc -l <"$work/acks.tsv")
sleep 3

start_app "$work"
wait_ready
replay=$(driver verify base="http://127.0.0.1:$APP_PORT" persons="$work/persons.csv" \
  institutions="$work/institutions.csv" acks="$work/acks.tsv" 2>>"$work/fault.err")
same=$(echo "$replay" | jq '.answered_the_same')
doubled_messages=$(pg -c "select count(*) from (select msgid from ins_settlement where status <> 'REVERSAL'
                          group by msgid having count(*) > 1) d" postgres)
doubled_visits=$(pg -c "select count(*) from (select mdtrt_id from ins_settlement where status = 'SETTLED'
                        group by mdtrt_id having count(*) > 1) d" postgres)
pg -c "insert into sec_api_token (user_id, name, token_hash, expires_at)
       select id, 'fault-test', encode(sha256(convert_to('sy_faulttest0123456789', 'UTF8')), 'hex'), now() + interval '1 hour'
       from sec_user where username = 'admin'" postgres
reconciliation=$(curl -sf -X POST -H "Authorization: Bearer sy_faulttest0123456789" \
  "http://127.0.0.1:$APP_PORT/api/insurance/reconciliation")
ok=$(echo "$reconciliation" | jq '.ok')
problems=$(echo "$reconciliation" | jq '.problems')
settlements=$(echo "$reconciliation" | jq '.settlements')

mkdir -p bench/results
jq -n --argjson killed_after_s "$KILL_AFTER" --argjson acknowledged_before_kill "$before_kill" \
  --argjson acknowledged "$acknowledged" --argjson answered_the_same "$same" \
  --argjson lost "$((acknowledged - same))" --argjson doubled_messages "$doubled_messages" \
  --argjson doubled_visits "$doubled_visits" --argjson reconciliation_ok "$ok" --argjson problems "$problems" \
  --argjson settlements_in_database "$settlements" \
  '{killed_after_s: $killed_after_s, acknowledged_before_kill: $acknowledged_before_kill,
    acknowledged: $acknowledged, answered_the_same: $answered_the_same, lost: $lost,
    doubled_messages: $doubled_messages, doubled_visits: $doubled_visits, reconciliation_ok: $reconciliation_ok,
    reconciliation_problems: $problems, settlements_in_database: $settlements_in_database}' \
  | tee bench/results/settlement-fault.json
[ "$((acknowledged - same))" -eq 0 ] && [ "$doubled_messages" -eq 0 ] && [ "$doubled_visits" -eq 0 ] && [ "$ok" = true ]
