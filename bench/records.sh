#!/usr/bin/env bash
# Shared health record benchmark, the application against HAPI FHIR's own JPA server in the same run, on the same
# embedded PostgreSQL (loopback only), with the same load driver (bench/RecordsLoad.java: one loop that posts to either
# server's FHIR base and runs the same searches).
#  1. A fresh application (demo city) ingests PATIENTS generated transaction bundles (Patient registered in the EMPI +
#     ten years of outpatient visits: 1 + 8 x VISITS + 2 resources) from THREADS clients: resources/s end to end
#     (parse, base-spec check, EMPI resolve, reference resolution, store); then Synthea's patients (Synthea 3.3.0 from
#     Maven Central, fixed seed, SyntheaBundles mapping them to residents of 云岫县 and dropping what the shared record
#     does not keep), timed on their own; then, on 200 of the patients, Patient/{id}/$everything, the search
#     Observation?patient=&date=ge&code= (patient + type + date + code) and recognition lookups at order time
#     (p50/p99; recognition also after 2,000 lookups of warm-up, RECOGNITION_WARMUP: recognition_warm_*).
#  2. HAPI FHIR's JPA server (bench/hapi-jpa: hapi-fhir-jpaserver-base 8.8.0 from Maven Central, HAPI's RestfulServer
#     in an embedded Tomcat, not part of the application's build) on the same PostgreSQL (database hapi) while the
#     application idles: the first HAPI_PATIENTS of the same generated bundles, the first HAPI_SYNTHEA (default 100)
#     of the same Synthea bundles, the same searches.
# bench/results/records.json: the application's figures at the top level, both servers' in "sanyi" and "hapi_jpa",
# "ratio" = the application's resources/s over HAPI's on the same first HAPI_PATIENTS bundles, "ratios" for the rest
# (ingest_synthea: ours over HAPI's on the same first HAPI_SYNTHEA Synthea bundles). Before the timed bundles each
# server ingests the same WARMUP (5) generated bundles of other patients, not counted. HAPI takes all the generated
# bundles (HAPI_PATIENTS = PATIENTS) since 2026-12-06: over its first 100 alone ours ran 4.4 s, mostly before the JIT
# had compiled the path, against HAPI's 21 s (60 bundles of warm-up first: HAPI +31 %, ours +11 %).
# SIZE=small: 20 patients, 10 Synthea patients, 10 for HAPI, to check the script works (about 10 minutes on a quiet
# 2-core machine, Synthea's first run included). Default: 1,000 patients (PATIENTS overrides), SYNTHEA_PATIENTS=1000
# (Synthea's first run of them takes some 20 minutes; kept under target/), HAPI_PATIENTS=PATIENTS, 2 threads. HAPI=0 skips HAPI. Every Java step has a time limit; the script stops what it starts.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/common.sh

if [ "${SIZE:-}" = small ]; then
  patients=${PATIENTS:-20}; synthea_patients=${SYNTHEA_PATIENTS:-10}; hapi_patients=${HAPI_PATIENTS:-10}
else
  patients=${PATIENTS:-1000}; synthea_patients=${SYNTHEA_PATIENTS:-1000}; hapi_patients=${HAPI_PATIENTS:-$patients}
fi
threads=${THREADS:-2}
visits=${VISITS:-20}
# bundles of other patients each server ingests before the timed ones, not counted (WARMUP, 5)
warmup=${WARMUP:-5}
need_pg_client
if [ ! -f "$JAR" ] || [ -n "$(find src/main src/test -newer "$JAR" -type f -print -quit)" ]; then
  ./mvnw -q -o package -DskipTests
fi
cpfile=target/records-bench.classpath
if [ ! -s "$cpfile" ] || [ pom.xml -nt "$cpfile" ]; then
  ./mvnw -q dependency:build-classpath -Dmdep.outputFile="$cpfile" >/dev/null
fi
testcp="target/test-classes:target/classes:$(cat "$cpfile")"
# the base-specification check alone (one thread, no database), before the application starts
parse_per_s=$("$JAVA_HOME/bin/java" -Xmx1g -cp "target/classes:$(cat "$cpfile")" bench/RecordsParseCost.java \
  "$(( patients < 200 ? 200 : patients ))" "$visits" 2>/dev/null | tail -1) || true
[[ "$parse_per_s" =~ ^[0-9.]+$ ]] || parse_per_s=null
data=$(mktemp -d /tmp/sanyi-records-bench.XXXXXX)
APP_PID=""
HAPI_PID=""
# stops a process this script started (its exit status, 143 after SIGTERM, must not end the script under set -e)
stop() { if [ -n "$1" ]; then kill "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; fi; }
trap 'stop "$HAPI_PID"; stop "$APP_PID"; cp "$data/app.log" /tmp/records-bench-app.log 2>/dev/null || true; cp "$data/hapi.log" /tmp/records-bench-hapi.log 2>/dev/null || true; rm -rf "$data"' EXIT

# Synthea's patients (kept under target/ between runs: the same seed gives the same patients)
synthea_out=target/synthea-bench/20240601-$synthea_patients
synthea_args=()
hapi_synthea_args=()
hapi_synthea=${HAPI_SYNTHEA:-$(( synthea_patients < 100 ? synthea_patients : 100 ))}
if [ "$synthea_patients" -gt 0 ]; then
  if [ ! -d "$synthea_out/fhir" ]; then
    start=$(date +%s)
    timeout 3600 "$JAVA_HOME/bin/java" -cp "$testcp" org.sanyi.clinical.records.SyntheaRun "$synthea_out" \
      "$synthea_patients" 20240601 1-90 10 >/dev/null
    echo "Synthea: $synthea_patients patients in $(( $(date +%s) - start )) s" >&2
  fi
  timeout 1200 "$JAVA_HOME/bin/java" -Xmx6g -cp "$testcp" org.sanyi.clinical.records.SyntheaBundles "$synthea_out" \
    "$data/synthea.ndjson" H35992100001 359921 >&2
  # HAPI takes the first HAPI_SYNTHEA of them (at its ~600 resources/s, 1,000 lifetimes would take half an hour);
  # ours are timed over the same first ones too (synthea.first_*), and over all
  head -n "$hapi_synthea" "$data/synthea.ndjson" >"$data/synthea-hapi.ndjson"
  synthea_args=(-Dsynthea="$data/synthea.ndjson" -DcompareSynthea="$hapi_synthea")
  hapi_synthea_args=(-Dsynthea="$data/synthea-hapi.ndjson")
fi

start_app "$data"
wait_ready

# a bearer token for the county hospital's doctor, inserted as the platform stores them (SHA-256 of the token)
token="sy_bench$(head -c 24 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=')"
hash=$(printf %s "$token" | sha256sum | cut -d' ' -f1)
pg -c "insert into sec_api_token (user_id, name, token_hash, expires_at)
       select id, 'records-bench', '$hash', now() + interval '1 day' from sec_user where username = 'doctor'" postgres

drive() { timeout 7200 "$JAVA_HOME/bin/java" -Xmx4g "$@"; }
# 1. the application
drive -Dwarmup="$warmup" -Dcompare="$hapi_patients" -Drecognition=true -DrecognitionWarmup="${RECOGNITION_WARMUP:-2000}" "${synthea_args[@]}" bench/RecordsLoad.java sanyi \
  "http://127.0.0.1:$APP_PORT" "$token" "$patients" "$threads" "$visits" "$data/sanyi.json" >/dev/null

# 2. HAPI FHIR's JPA server on the same PostgreSQL, the same bundles and searches (the application idles meanwhile)
hapi_note="not run (HAPI=0)"
if [ "${HAPI:-1}" != 0 ] && [ "$hapi_patients" -gt 0 ]; then
  hapicp=bench/hapi-jpa/target/hapi.classpath
  if [ ! -s "$hapicp" ] || [ -n "$(find bench/hapi-jpa/pom.xml bench/hapi-jpa/src -newer "$hapicp" -type f -print -quit)" ]; then
    # offline first; the first run on a machine resolves HAPI's jars from Maven Central
    ./mvnw -q -o -f bench/hapi-jpa/pom.xml compile dependency:build-classpath -Dmdep.outputFile=target/hapi.classpath \
      >"$data/hapi.log" 2>&1 \
      || ./mvnw -q -f bench/hapi-jpa/pom.xml compile dependency:build-classpath -Dmdep.outputFile=target/hapi.classpath \
      >>"$data/hapi.log" 2>&1 || true
  fi
  pg -c "checkpoint" postgres
  pg -c "create database hapi" postgres
  HAPI_PORT=$(free_port 18900)
  if [ -s "$hapicp" ]; then
    "$JAVA_HOME/bin/java" -Xmx2g -cp "bench/hapi-jpa/target/classes:$(cat "$hapicp")" bench.HapiJpaServer \
      "jdbc:postgresql://127.0.0.1:$PG_PORT/hapi" "$HAPI_PORT" >"$data/hapi.out" 2>>"$data/hapi.log" &
    HAPI_PID=$!
    for _ in $(seq 1 300); do
      grep -q ready "$data/hapi.out" 2>/dev/null && break
      kill -0 "$HAPI_PID" 2>/dev/null || break
      sleep 2
    done
  fi
  if grep -q ready "$data/hapi.out" 2>/dev/null; then
    started=$(grep -o 'after [0-9.]* s' "$data/hapi.log" | tail -1) || true
    drive -Dwarmup="$warmup" -Dcompare="$hapi_patients" "${hapi_synthea_args[@]}" bench/RecordsLoad.java hapi_jpa "http://127.0.0.1:$HAPI_PORT" - \
      "$hapi_patients" "$threads" "$visits" "$data/hapi.json" >/dev/null 2>>"$data/hapi.log" || true
  fi
  if [ -s "$data/hapi.json" ]; then
    hapi_note="hapi-fhir-jpaserver-base 8.8.0 over HTTP (HAPI's RestfulServer in Tomcat on loopback, JpaR4Config, Hibernate hbm2ddl, HAPI's defaults but placeholders for Synthea's conditional references, no scheduled jobs), database hapi on the same PostgreSQL, started ${started:-?}; the application ingested $patients generated patients, HAPI the first $hapi_patients of them; both the same Synthea bundles and searches"
  else
    hapi_note="HAPI JPA did not run: $(grep -E 'Exception|Error|ERROR' "$data/hapi.log" | head -3 | cut -c1-400 | tr '\n' ' ' || true)"
  fi
  stop "$HAPI_PID"
  HAPI_PID=""
fi
[ -s "$data/hapi.json" ] || echo null >"$data/hapi.json"

mkdir -p bench/results
out=bench/results/records.json
jq -n --slurpfile s "$data/sanyi.json" --slurpfile h "$data/hapi.json" --argjson parse "$parse_per_s" \
  --arg note "$hapi_note" --arg load "$(uptime | sed 's/.*load average: //')" '
  def r2: if . == null then null else (. * 100 | round / 100) end;
  def div($a; $b): if $a == null or $b == null or $b == 0 then null else ($a / $b | r2) end;
  $s[0] as $s | $h[0] as $h |
  {patients: $s.generated.bundles, visits_per_patient: $s.visits_per_patient, threads: $s.threads,
   resources: $s.generated.resources, failures: $s.generated.failures, seconds: $s.generated.seconds,
   ingest_bundles_per_s: $s.generated.bundles_per_s, ingest_per_s: $s.generated.resources_per_s,
   parse_check_per_s_one_thread: $parse,
   synthea_patients: $s.synthea.bundles, synthea_resources: $s.synthea.resources,
   synthea_ingest_per_s: $s.synthea.resources_per_s,
   everything_p50_ms: $s.everything.p50_ms, everything_p99_ms: $s.everything.p99_ms,
   everything_resources: $s.everything.entries_avg,
   search_p50_ms: $s.search.p50_ms, search_p99_ms: $s.search.p99_ms,
   recognition_p50_ms: $s.recognition.p50_ms, recognition_p99_ms: $s.recognition.p99_ms,
   recognition_warm_p50_ms: $s.recognition_warm.p50_ms, recognition_warm_p99_ms: $s.recognition_warm.p99_ms,
   hapi_jpa_ingest_per_s: $h.generated.resources_per_s,
   ratio: div($s.generated.first_resources_per_s; $h.generated.resources_per_s),
   ratios: {
     ingest_same_generated_bundles: div($s.generated.first_resources_per_s; $h.generated.resources_per_s),
     ingest_synthea: div($s.synthea.first_resources_per_s; $h.synthea.resources_per_s),
     everything_p50_hapi_over_ours: div($h.everything.p50_ms; $s.everything.p50_ms),
     everything_p99_hapi_over_ours: div($h.everything.p99_ms; $s.everything.p99_ms),
     search_p50_hapi_over_ours: div($h.search.p50_ms; $s.search.p50_ms),
     search_p99_hapi_over_ours: div($h.search.p99_ms; $s.search.p99_ms)},
   hapi_jpa_note: $note,
   sanyi: $s, hapi_jpa: $h,
   load_average_1_5_15: $load}' >"$out"
cat "$out"
