#!/usr/bin/env bash
# Shared health record benchmark: a fresh application (demo city, embedded PostgreSQL on loopback) ingests one FHIR
# R4 transaction bundle per patient (Patient registered in the EMPI + ten years of outpatient visits: 1 + 8 x VISITS
# + 2 resources) from THREADS clients: resources/s end to end (parse, base-spec check, EMPI resolve, reference
# resolution, store); then Synthea's patients (Synthea 3.3.0 from Maven Central, fixed seed, SyntheaBundles mapping
# them to residents of 云岫县 and dropping what the shared record does not keep), timed on their own; then
# Patient/{id}/$everything and recognition lookups at order time on 200 of the patients (p50/p99). Then HAPI FHIR's
# own JPA server storage (bench/hapi-jpa, hapi-fhir-jpaserver-base 8.8.0 from Maven Central, not part of the
# application's build) ingests the first HAPI_PATIENTS of the same generated bundles into its own schema on the same
# PostgreSQL (database hapi): hapi_jpa_ingest_per_s and ratio. Writes bench/results/records.json.
# SIZE=small: 20 patients, 10 Synthea patients, 10 for HAPI, to check the script works. Default: 1,000 patients
# (PATIENTS overrides), SYNTHEA_PATIENTS=100, HAPI_PATIENTS=100, 2 threads. HAPI=0 skips HAPI.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/common.sh

if [ "${SIZE:-}" = small ]; then
  patients=${PATIENTS:-20}; synthea_patients=${SYNTHEA_PATIENTS:-10}; hapi_patients=${HAPI_PATIENTS:-10}
else
  patients=${PATIENTS:-1000}; synthea_patients=${SYNTHEA_PATIENTS:-100}; hapi_patients=${HAPI_PATIENTS:-100}
fi
threads=${THREADS:-2}
visits=${VISITS:-20}
need_pg_client
if [ ! -f "$JAR" ] || [ -n "$(find src/main src/test -newer "$JAR" -type f -print -quit)" ]; then
  ./mvnw -q -o package -DskipTests
fi
cpfile=target/records-bench.classpath
if [ ! -s "$cpfile" ] || [ pom.xml -nt "$cpfile" ]; then
  ./mvnw -q -o dependency:build-classpath -Dmdep.outputFile="$cpfile" >/dev/null
fi
testcp="target/test-classes:target/classes:$(cat "$cpfile")"
# the base-specification check alone (one thread, no database), before the application starts
parse_per_s=$("$JAVA_HOME/bin/java" -Xmx1g -cp "target/classes:$(cat "$cpfile")" bench/RecordsParseCost.java \
  "$(( patients < 200 ? 200 : patients ))" "$visits" 2>/dev/null | tail -1)
data=$(mktemp -d /tmp/sanyi-records-bench.XXXXXX)
trap 'kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; cp "$data/app.log" /tmp/records-bench-app.log 2>/dev/null; cp "$data/hapi.log" /tmp/records-bench-hapi.log 2>/dev/null; rm -rf "$data"' EXIT

# Synthea's patients (kept under target/ between runs: the same seed gives the same patients)
synthea_out=target/synthea-bench/20240601-$synthea_patients
synthea_args=()
if [ "$synthea_patients" -gt 0 ]; then
  if [ ! -d "$synthea_out/fhir" ]; then
    start=$(date +%s)
    "$JAVA_HOME/bin/java" -cp "$testcp" org.sanyi.clinical.records.SyntheaRun "$synthea_out" "$synthea_patients" \
      20240601 1-90 10 >/dev/null
    echo "Synthea: $synthea_patients patients in $(( $(date +%s) - start )) s" >&2
  fi
  "$JAVA_HOME/bin/java" -Xmx2g -cp "$testcp" org.sanyi.clinical.records.SyntheaBundles "$synthea_out" \
    "$data/synthea.ndjson" H35992100001 359921 >&2
  synthea_args=(-Dsynthea="$data/synthea.ndjson")
fi

start_app "$data"
wait_ready

# a bearer token for the county hospital's doctor, inserted as the platform stores them (SHA-256 of the token)
token="sy_bench$(head -c 24 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=')"
hash=$(printf %s "$token" | sha256sum | cut -d' ' -f1)
pg -c "insert into sec_api_token (user_id, name, token_hash, expires_at)
       select id, 'records-bench', '$hash', now() + interval '1 day' from sec_user where username = 'doctor'" postgres

mkdir -p bench/results
out=bench/results/records.json
"$JAVA_HOME/bin/java" -Xmx2g -Ddump="$data/hapi.ndjson" -Ddump.count="$hapi_patients" "${synthea_args[@]}" \
  bench/RecordsLoad.java "http://127.0.0.1:$APP_PORT" "$token" "$patients" "$threads" "$visits" "$out" "$parse_per_s"

# HAPI FHIR's JPA server storage on the same PostgreSQL, the same bundles (the application idles meanwhile)
if [ "${HAPI:-1}" != 0 ] && [ "$hapi_patients" -gt 0 ]; then
  hapicp=bench/hapi-jpa/target/hapi.classpath
  if [ ! -s "$hapicp" ] || [ bench/hapi-jpa/pom.xml -nt "$hapicp" ] \
      || [ bench/hapi-jpa/src/main/java/bench/HapiJpaIngest.java -nt "$hapicp" ]; then
    ./mvnw -q -o -f bench/hapi-jpa/pom.xml compile dependency:build-classpath -Dmdep.outputFile=target/hapi.classpath \
      >"$data/hapi.log" 2>&1 \
      || ./mvnw -q -f bench/hapi-jpa/pom.xml compile dependency:build-classpath -Dmdep.outputFile=target/hapi.classpath \
      >>"$data/hapi.log" 2>&1 || true
  fi
  pg -c "create database hapi" postgres
  hapi_per_s=""
  if [ -s "$hapicp" ]; then
    hapi_per_s=$("$JAVA_HOME/bin/java" -Xmx2g -cp "bench/hapi-jpa/target/classes:$(cat "$hapicp")" bench.HapiJpaIngest \
      "jdbc:postgresql://127.0.0.1:$PG_PORT/hapi" "$data/hapi.ndjson" "$threads" 3 2>>"$data/hapi.log" | tail -1) || true
  fi
  if [[ "$hapi_per_s" =~ ^[0-9.]+$ ]]; then
    note="hapi-fhir-jpaserver-base 8.8.0 (JpaR4Config, IFhirSystemDao.transaction, no HTTP, HAPI's defaults), $(( hapi_patients - 3 )) of the same generated bundles after 3 warm-up ones, $threads threads, database hapi on the same PostgreSQL"
    jq --argjson h "$hapi_per_s" --arg note "$note" \
      '.hapi_jpa_ingest_per_s = $h | .ratio = ((.ingest_per_s / $h) * 100 | round / 100) | .hapi_jpa_note = $note' \
      "$out" >"$out.tmp" && mv "$out.tmp" "$out"
  else
    error=$(grep -E 'Exception|Error|ERROR' "$data/hapi.log" | head -3 | cut -c1-400 | tr '\n' ' ')
    # the fallback: HAPI's own parse + validate of the same bundles (FhirInstanceValidator, one thread)
    pv=""
    if [ -s "$hapicp" ]; then
      pv=$("$JAVA_HOME/bin/java" -Xmx2g -cp "bench/hapi-jpa/target/classes:$(cat "$hapicp")" bench.HapiParseValidate \
        "$data/hapi.ndjson" 3 2>>"$data/hapi.log" | tail -1) || true
    fi
    [[ "$pv" =~ ^[0-9.]+$ ]] || pv=null
    jq --arg note "HAPI JPA did not run: $error" --argjson pv "$pv" \
      '.hapi_jpa_note = $note | .hapi_parse_validate_per_s_one_thread = $pv' "$out" >"$out.tmp" && mv "$out.tmp" "$out"
  fi
fi
jq --arg load "$(uptime | sed 's/.*load average: //')" '.load_average_1_5_15 = $load' "$out" >"$out.tmp" && mv "$out.tmp" "$out"
cat "$out"
