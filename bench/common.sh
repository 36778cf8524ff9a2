# Shared by the settlement benchmark scripts: JDK, a fresh app on loopback with its embedded PostgreSQL, psql.
jdk25=/usr/lib/jvm/temurin-25-jdk-amd64
java_major() { "$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}'; }
if [ -z "${JAVA_HOME:-}" ] || [ ! -x "$JAVA_HOME/bin/java" ] || [ "$(java_major "$JAVA_HOME/bin/java")" -lt 25 ]; then
  export JAVA_HOME=$jdk25
fi
# the first port from $1 up that nothing on loopback listens on: two benchmarks (or a benchmark and a running demo) on
# one machine do not collide
free_port() {
  local port=$1
  while (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
  echo "$port"
}
APP_PORT=${APP_PORT:-$(free_port 18080)}
PG_PORT=${PG_PORT:-$(free_port 55433)}
JAR=${JAR:-target/sanyi-0.1.0-SNAPSHOT.jar}

need_pg_client() {
  if ! command -v pgbench >/dev/null || ! command -v psql >/dev/null; then
    echo "installing postgresql-client (pgbench, psql)" >&2
    apt-get install -y postgresql-client >/dev/null
  fi
}

# start_app DATA_DIR [extra args...]: starts the jar in the background, loopback only; sets APP_PID.
# APP_JAVA_OPTS adds JVM options (e.g. -XX:StartFlightRecording=filename=/tmp/app.jfr to profile a run); APP_GC
# chooses the collector (default the parallel one, as pom.xml runs the app; docs/ARCHITECTURE.md says why, and why
# -XX:SweeperThreshold=50).
# The demo city is started with 20,000 insured persons (the load spreads over them) and a thin year of activity
# (about 280 inpatient stays, 1,000 outpatient visits), so the start stays short (docs/modules/demo.md).
# The demo's 24-month statistics history is left out (HISTORY_MONTHS=0 unless set): it imports in the background after
# the application is ready, and its COPY and the autovacuum after it would run during the measurement.
start_app() {
  local data=$1; shift
  SANYI_PGDATA="$data/pgdata" SANYI_PGPORT=$PG_PORT SANYI_PORT=$APP_PORT SANYI_DB_POOL=${DB_POOL:-0} \
    "$JAVA_HOME/bin/java" -Xmx2g ${APP_GC:--XX:+UseParallelGC} -XX:SweeperThreshold=50 ${APP_JAVA_OPTS:-} -Duser.timezone=Asia/Shanghai -Dfile.encoding=UTF-8 -jar "$JAR" \
    --server.address=127.0.0.1 --spring.profiles.active=demo --sanyi.demo.insurance.persons=20000 --sanyi.demo.sampling-ratio=0.0005 --sanyi.demo.outpatient-sampling-ratio=0.000004 \
    --sanyi.demo.statistics-history.months=${HISTORY_MONTHS:-0} "$@" >>"$data/app.log" 2>&1 &
  APP_PID=$!
}

# wait_ready: until the readiness probe answers UP (the demo data is loaded by then), at most 10 minutes
wait_ready() {
  for _ in $(seq 1 "${READY_TRIES:-300}"); do
    if curl -sf "http://127.0.0.1:$APP_PORT/actuator/health/readiness" | grep -q UP; then return 0; fi
    if ! kill -0 "$APP_PID" 2>/dev/null; then echo "the application died; see its log" >&2; return 1; fi
    sleep 2
  done
  echo "the application did not become ready" >&2
  return 1
}

pg() { psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -X -q -At "$@"; }

# the persons and the institutions with gateway accounts, for the load driver. Persons identify with their social
# security card (mdtrt_cert_type 03), as at a hospital's card reader: ID numbers are encrypted at rest (insurance V8)
# and not readable from the database, which is the point.
prepare_clients() {
  local dir=$1
  pg -F, -c "select p.psn_no, p.card_no, e.insutype from ins_person p join ins_enrolment e on e.psn_no = p.psn_no
             and e.year = extract(year from current_date) and e.psn_insu_stas = '1'
             where p.insuplc_admdvs = '359900' and p.psn_no not like 'T%' and p.card_no is not null" postgres >"$dir/persons.csv"
  pg -c "select paasid from ins_gateway_credential where revoked_at is null order by paasid" postgres >"$dir/institutions.csv"
}

driver() {
  "$JAVA_HOME/bin/java" -Xmx1g bench/SettlementLoad.java "$@"
}
