#!/usr/bin/env bash
# The 08:00 release of appointments: RESIDENTS simulated residents book the SLOTS one-place slots of one popular
# clinic at the same moment, over HTTP on loopback, through the booking REST API (a hospital account's bearer token;
# every request audited as in production), against the application with its embedded PostgreSQL; then, in the same
# run and on the same PostgreSQL, the same burst against a naive "SELECT taken, then UPDATE taken" booking that is
# allowed to overbook (bench/AppointmentLoad.java). Afterwards the database is asked, not the driver: slots holding
# more live appointments than places (overbooked) and residents holding more than one live appointment with the
# doctor that day (duplicates). Writes bench/results/appointments.json with booking_per_s, booking_p99_ms (one
# booking request as the phone sees it; a resident's whole journey with retries is details.journey_p99_ms), overbooked, duplicates, naive_overbooked and the details.
# Before the measured burst a warm-up release of another doctor's clinic a day later (WARMUP_SLOTS, 200 places, 4,000
# of the residents) runs the same requests through the application, whose figures are not kept: a server at 08:00 has
# served all night, its code is compiled (details.warmup_requests, warmup_s). After it, SWEEP (default 32,64,128) runs
# the release again with that many requests in flight, each on a clinic of its own (details.sweep: requests/s, request
# p50/p99): Little's law, the latency a phone sees is the requests in flight over the requests served per second. Then
# SPREAD (default 1000) doctors' mornings of 10 places each take the same 10,000 residents at 256 in flight, nearly
# every request a booking that succeeds (details.spread). SWEEP= and SPREAD=0 leave them out. PER_SECOND=1 prints each
# burst's requests by the second they started in. APP_ARGS adds options to the application (e.g.
# --sanyi.db.pool-size=16 or --sanyi.appointment.booking-gate.permits=0 to compare a setting).
# WARMUP_BOOKINGS (default 5000): places booked after the warm-up release, so the booking itself is compiled too;
# SETTLE (default 120): then at most that many seconds waiting until the JIT's compilers are idle and the rollup's
# deltas folded (the demo's start leaves a year of them to the first fold), as on a server at 08:00.
# tiering_per_s: 1,000,000 follow-ups through the pure 红黄绿 tiering (bench/TieringLoad.java, no database), measured
# first; TIERING_ONLY=1 stops after it (and writes only that key).
# queue_notify_p99_ms: after the burst, the HIS calls CALLS numbers of a half-day's queue over REST while PHONES phones
# of the demo resident follow it as server-sent events (bench/QueueNotifyLoad.java): from the call sent to each phone
# reading the number called. NO_QUEUE=1 leaves it out (null), e.g. for code without the event stream.
# PG_STATS=1 loads pg_stat_statements and writes the statements of the run by total time to
# bench/results/appointments-pg-statements.tsv; APP_JAVA_OPTS=-XX:StartFlightRecording=... profiles the application.
# The machine's load (uptime) before and after is in details.load_before / load_after; details.app_cpu_ms_per_request,
# pg_cpu_ms_per_request and driver_cpu_ms_per_request are the CPU time of the application, its PostgreSQL and the
# driver over the application's burst per request (the three share the cores: what bounds requests/s).
# SIZE=small: 1,000 residents for 50 slots, to check the script works. Stops the app itself.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/common.sh
if [ "${SIZE:-full}" = small ]; then RESIDENTS=${RESIDENTS:-1000}; SLOTS=${SLOTS:-50}; else RESIDENTS=${RESIDENTS:-10000}; SLOTS=${SLOTS:-500}; fi
CONCURRENCY=${CONCURRENCY:-256}

[ -n "${SKIP_BUILD:-}" ] || ./mvnw -q -o package -DskipTests
work=$(mktemp -d /tmp/sanyi-bench.XXXXXX)
"$JAVA_HOME/bin/java" -Xmx1g -cp target/classes bench/TieringLoad.java followups="${FOLLOWUPS:-1000000}" \
  out="$work/tiering.json"
if [ -n "${TIERING_ONLY:-}" ]; then
  mkdir -p bench/results
  python3 - "$work/tiering.json" "${SIZE:-full}" <<'PY'
import json, sys, datetime, os
t = json.load(open(sys.argv[1]))
path = "bench/results/appointments.json"
result = json.load(open(path)) if os.path.exists(path) else {}
result["tiering_per_s"] = t["tiering_per_s"]
result.setdefault("details", {})["tiering"] = dict(t, size=sys.argv[2], cores=os.cpu_count(),
    measured_at=datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"))
json.dump(result, open(path, "w"), indent=2, ensure_ascii=False)
print(json.dumps(result["details"]["tiering"], indent=2, ensure_ascii=False))
PY
  rm -rf "$work"
  exit 0
fi
need_pg_client
cleanup() {
  if [ -n "${APP_PID:-}" ] && kill -0 "$APP_PID" 2>/dev/null; then kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
pg_stats_args=()
[ -z "${PG_STATS:-}" ] || pg_stats_args=(--sanyi.db.embedded.settings=shared_preload_libraries=pg_stat_statements)
start_app "$work" "${pg_stats_args[@]}" ${APP_ARGS:-}
wait_ready

# the hospital's token (the demo doctor account of 云岫县总医院), the popular clinic two days ahead (released), residents
token="sy_bench$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
pg -c "insert into sec_api_token (user_id, name, token_hash, expires_at)
       select id, 'appointments bench', encode(sha256(convert_to('$token', 'UTF8')), 'hex'), now() + interval '1 day'
         from sec_user where username = 'doctor'" postgres
# clinic DOCTOR_REF NAME DAYS_AHEAD PLACES ROOM: a morning of one-place slots of 30 seconds from 08:00 at 云岫县总医院's
# cardiology; prints the schedule's id
clinic() {
  local id
  id=$(pg -c "insert into ca_schedule (institution_code, institution_name, region_code, department_code, department_name,
         doctor_ref, doctor_name, doctor_title, day, period, fee, room)
         values ('H35992100001', '云岫县总医院', '359921', '03.04', '心血管内科', '$1', '$2', '主任医师',
                 current_date + $3, 'AM', 30.00, '$5') returning id" postgres | head -1)
  pg -c "insert into ca_slot (schedule_id, pool, starts_at, ends_at, first_no, capacity)
         select $id, 'PUBLIC', (current_date + $3 + time '08:00') + g * interval '30 seconds',
                (current_date + $3 + time '08:00') + (g + 1) * interval '30 seconds', g + 1, 1
           from generate_series(0, $4 - 1) g" postgres
  echo "$id"
}
schedule=$(clinic BENCH-POPULAR 名医 2 "$SLOTS" 1)
pg -c "select id from ca_slot where schedule_id = $schedule order by id" postgres >"$work/slots.txt"
pg -c "select resident_id from idn_resident order by id limit $RESIDENTS" postgres >"$work/residents.txt"
# the warm-up release (AppointmentLoad): another doctor's clinic a day later, WARMUP_SLOTS places
warmup=$(clinic BENCH-WARMUP 暖机医生 3 "${WARMUP_SLOTS:-200}" 3)
pg -c "select id from ca_slot where schedule_id = $warmup order by id" postgres >"$work/warmup.txt"
echo "schedule $schedule: $(wc -l <"$work/slots.txt") slots, $(wc -l <"$work/residents.txt") residents"
[ "$(wc -l <"$work/residents.txt")" -ge "$RESIDENTS" ] || { echo "not enough residents in the demo" >&2; exit 1; }
pg -c "create database naive" postgres

if [ -n "${PG_STATS:-}" ]; then pg -c "create extension if not exists pg_stat_statements" -c "select pg_stat_statements_reset()" postgres >/dev/null; fi
if [ -n "${PG_STATS:-}" ]; then
  # what the application's backends wait for during the burst (every 100 ms): a lock (the audit chain's advisory lock
  # is Lock/advisory), the client (ClientRead: idle in a transaction), or nothing (on CPU)
  touch "$work/sampling"
  ( while [ -e "$work/sampling" ]; do
      pg -F$'\t' -c "select coalesce(wait_event_type, 'CPU'), coalesce(wait_event, '-') from pg_stat_activity
                     where state = 'active' and datname = 'postgres' and usename <> 'postgres'" postgres 2>/dev/null
      sleep 0.1
    done ) >"$work/waits.tsv" &
  sampler=$!
fi
# JFR=file.jfr: a flight recording of the application (profile settings) over the bursts only
[ -z "${JFR:-}" ] || "$JAVA_HOME/bin/jcmd" "$APP_PID" JFR.start name=bench settings=profile >/dev/null
pgjar=$(find ~/.m2/repository/org/postgresql/postgresql -name 'postgresql-*.jar' | sort | tail -1)
"$JAVA_HOME/bin/java" -Xmx1g -cp "$pgjar" bench/AppointmentLoad.java base="http://127.0.0.1:$APP_PORT" token="$token" \
  residents="$work/residents.txt" slots="$work/slots.txt" warmup="$work/warmup.txt" schedule="$schedule" concurrency="$CONCURRENCY" \
  persecond="${PER_SECOND:-0}" warmupbookings="${WARMUP_BOOKINGS:-5000}" settle="${SETTLE:-120}" sweep="${SWEEP-32,64,128}" spread="${SPREAD-1000}" appjdbc="jdbc:postgresql://127.0.0.1:$PG_PORT/postgres?user=postgres" \
  jdbc="jdbc:postgresql://127.0.0.1:$PG_PORT/naive?user=postgres" apppid="$APP_PID" pgport="$PG_PORT" \
  out="$work/load.json"

[ -z "${JFR:-}" ] || "$JAVA_HOME/bin/jcmd" "$APP_PID" JFR.stop name=bench filename="$JFR" >/dev/null
# every release of the run: the main one, the warm-up and the sweep's
releases="select id from ca_schedule where doctor_ref = 'BENCH-POPULAR' or doctor_ref like 'BENCH-WARMUP%' or doctor_ref like 'BENCH-SWEEP-%' or doctor_ref like 'BENCH-SPREAD-%'"
overbooked=$(pg -c "select count(*) from ca_slot s
       left join (select slot_id, count(*) as n from ca_appointment where schedule_id in ($releases)
                     and status in ('HELD', 'BOOKED', 'CHECKED_IN', 'CALLED', 'FULFILLED') group by slot_id) a
              on a.slot_id = s.id
       where s.schedule_id in ($releases) and (s.taken > s.capacity or coalesce(a.n, 0) > s.capacity)" postgres)
duplicates=$(pg -c "select count(*) from (select resident_id from ca_appointment where schedule_id in ($releases)
       and status in ('HELD', 'BOOKED', 'CHECKED_IN', 'CALLED', 'FULFILLED') group by resident_id, schedule_id
       having count(*) > 1) x" postgres)
booked_db=$(pg -c "select count(*) from ca_appointment where schedule_id = $schedule and status = 'BOOKED'" postgres)

if [ -n "${PG_STATS:-}" ]; then
  rm -f "$work/sampling"; wait "$sampler" || true
  sort "$work/waits.tsv" | uniq -c | sort -rn >bench/results/appointments-pg-waits.txt
  # where PostgreSQL spent its time during the burst: statements by total execution time
  pg -F$'\t' -c "select calls, round(total_exec_time::numeric, 1) as total_ms, round((total_exec_time / calls)::numeric, 4) as mean_ms,
                      rows, left(regexp_replace(query, '\s+', ' ', 'g'), 140)
                  from pg_stat_statements where dbid = (select oid from pg_database where datname = 'postgres')
                  order by total_exec_time desc limit 40" postgres >bench/results/appointments-pg-statements.tsv
fi

# the live queue: today's half-day of a doctor of the same hospital, CALLS patients checked in (residents of the list,
# in number order), the demo resident last; the HIS calls them one after the other
echo '{}' >"$work/queue.json"
if [ -z "${NO_QUEUE:-}" ]; then
  CALLS=${CALLS:-200}
  queue=$(pg -c "insert into ca_schedule (institution_code, institution_name, region_code, department_code, department_name,
         doctor_ref, doctor_name, doctor_title, day, period, fee, room)
         values ('H35992100001', '云岫县总医院', '359921', '03.04', '心血管内科', 'BENCH-QUEUE', '叫号医生', '副主任医师',
                 current_date, 'AM', 20.00, '2') returning id" postgres | head -1)
  qslot=$(pg -c "insert into ca_slot (schedule_id, pool, starts_at, ends_at, first_no, capacity, taken)
         values ($queue, 'PUBLIC', current_date + time '00:00', current_date + time '23:59', 1, $CALLS + 1, $CALLS + 1)
         returning id" postgres | head -1)
  pg -c "insert into ca_appointment (slot_id, schedule_id, institution_code, doctor_ref, day, resident_id, channel, status,
         queue_no, fee, booked_at, checked_in_at)
         select $qslot, $queue, 'H35992100001', 'BENCH-QUEUE', current_date, r.resident_id, 'DESK', 'CHECKED_IN', r.n, 20.00,
                now(), now() + r.n * interval '1 millisecond'
           from (select resident_id, row_number() over (order by id) as n from idn_resident
                  where resident_id <> 'demo-resident-1' order by id limit $CALLS) r" postgres
  mine=$(pg -c "insert into ca_appointment (slot_id, schedule_id, institution_code, doctor_ref, day, resident_id, channel,
         status, queue_no, fee, booked_at, checked_in_at)
         values ($qslot, $queue, 'H35992100001', 'BENCH-QUEUE', current_date, 'demo-resident-1', 'DESK', 'CHECKED_IN',
                 $CALLS + 1, 20.00, now(), now() + interval '1 hour') returning id" postgres | head -1)
  "$JAVA_HOME/bin/java" -Xmx256m bench/QueueNotifyLoad.java base="http://127.0.0.1:$APP_PORT" token="$token" \
    schedule="$queue" appointment="$mine" calls="$CALLS" phones="${PHONES:-20}" out="$work/queue.json"
fi
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

mkdir -p bench/results
python3 - "$work/load.json" "$overbooked" "$duplicates" "$booked_db" "${SIZE:-full}" "$work/tiering.json" \
  "$work/queue.json" "$load_before" "$load_after" "$(git rev-parse --short HEAD 2>/dev/null || echo unknown)" <<'PY'
import json, sys, datetime, os
load = json.load(open(sys.argv[1]))
queue = json.load(open(sys.argv[7]))
result = {
    "booking_per_s": load["booking_per_s"],
    # a booking request's latency as the resident's phone sees it (each attempt, full slots included); the whole
    # journey of a resident who retries behind 10,000 others is in details.journey_p99_ms
    "booking_p99_ms": load["request_p99_ms"],
    "overbooked": int(sys.argv[2]),
    "duplicates": int(sys.argv[3]),
    "naive_overbooked": load["naive_overbooked"],
    "queue_notify_p99_ms": queue.get("queue_notify_p99_ms"),
    "tiering_per_s": json.load(open(sys.argv[6]))["tiering_per_s"],
    "details": dict(load, booked_in_database=int(sys.argv[4]), size=sys.argv[5], cores=os.cpu_count(),
                    tiering=json.load(open(sys.argv[6])), queue=queue, load_before=sys.argv[8],
                    load_after=sys.argv[9], commit=sys.argv[10],
                    measured_at=datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")),
}
# BASELINE: the results file of the same bench on other code (e.g. main) run just before in the same conditions
base_path = os.environ.get("BASELINE")
if base_path:
    before = json.load(open(base_path))
    result["details"]["before"] = {k: before.get(k) for k in ("booking_per_s", "booking_p99_ms", "overbooked",
        "duplicates", "naive_overbooked", "queue_notify_p99_ms")}
    result["details"]["before"].update({k: before["details"].get(k) for k in ("requests_per_s", "request_p50_ms",
        "request_p99_ms", "journey_p99_ms", "load_before", "load_after", "commit", "measured_at") if k in before["details"]})
    b = before["details"]
    result["details"]["ratio_vs_before"] = {
        "requests_per_s": round(load["requests_per_s"] / b["requests_per_s"], 2),
        "booking_per_s": round(load["booking_per_s"] / before["booking_per_s"], 2),
        "request_p99_ms": round(load["request_p99_ms"] / b["request_p99_ms"], 2),
        "request_p50_ms": round(load["request_p50_ms"] / b["request_p50_ms"], 2)}
    # CPU per request of the application, its PostgreSQL and the driver (steadier than latency on a loaded machine)
    for k in ("app_cpu_ms_per_request", "pg_cpu_ms_per_request", "driver_cpu_ms_per_request"):
        if b.get(k) and load.get(k) is not None and load[k] >= 0 and b[k] > 0:
            result["details"]["before"][k] = b[k]
            result["details"]["ratio_vs_before"][k] = round(load[k] / b[k], 2)
json.dump(result, open("bench/results/appointments.json", "w"), indent=2, ensure_ascii=False)
print(json.dumps(result, indent=2, ensure_ascii=False))
PY
