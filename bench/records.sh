#!/usr/bin/env bash
# Shared health record benchmark: a fresh application (demo city, embedded PostgreSQL on loopback) ingests one FHIR
# R4 transaction bundle per patient (Patient registered in the EMPI + ten years of outpatient visits: 1 + 8 x VISITS
# + 2 resources) from THREADS clients: resources/s end to end (parse, base-spec check, EMPI resolve, reference
# resolution, store); then Patient/{id}/$everything and recognition lookups at order time on 200 of the patients
# (p50/p99). Writes bench/results/records.json. HAPI FHIR's JPA server is not run beside it (docs/modules/records.md
# says why), so hapi_jpa_ingest_per_s and ratio are null.
# SIZE=small: 20 patients, to check the script works. Default: 1,000 patients (PATIENTS overrides), 2 threads.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/common.sh

if [ "${SIZE:-}" = small ]; then patients=${PATIENTS:-20}; else patients=${PATIENTS:-1000}; fi
threads=${THREADS:-2}
visits=${VISITS:-20}
need_pg_client
if [ ! -f "$JAR" ] || [ -n "$(find src/main -newer "$JAR" -type f -print -quit)" ]; then
  ./mvnw -q -o package -DskipTests
fi
cpfile=target/records-bench.classpath
if [ ! -s "$cpfile" ] || [ pom.xml -nt "$cpfile" ]; then
  ./mvnw -q -o dependency:build-classpath -Dmdep.outputFile="$cpfile" >/dev/null
fi
# the base-specification check alone (one thread, no database), before the application starts
parse_per_s=$("$JAVA_HOME/bin/java" -Xmx1g -cp "target/classes:$(cat "$cpfile")" bench/RecordsParseCost.java \
  "$(( patients < 200 ? 200 : patients ))" "$visits" 2>/dev/null | tail -1)
data=$(mktemp -d /tmp/sanyi-records-bench.XXXXXX)
trap 'kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; cp "$data/app.log" /tmp/records-bench-app.log 2>/dev/null; rm -rf "$data"' EXIT
start_app "$data"
wait_ready

# a bearer token for the county hospital's doctor, inserted as the platform stores them (SHA-256 of the token)
token="sy_bench$(head -c 24 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=')"
hash=$(printf %s "$token" | sha256sum | cut -d' ' -f1)
pg -c "insert into sec_api_token (user_id, name, token_hash, expires_at)
       select id, 'records-bench', '$hash', now() + interval '1 day' from sec_user where username = 'doctor'" postgres

mkdir -p bench/results
"$JAVA_HOME/bin/java" -Xmx1g bench/RecordsLoad.java "http://127.0.0.1:$APP_PORT" "$token" "$patients" "$threads" \
  "$visits" bench/results/records.json "$parse_per_s"
