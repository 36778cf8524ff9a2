#!/usr/bin/env bash
# 完成进度 of one 集采 round over a year of purchase lines (issue 14, key progress_s): an embedded PostgreSQL with the
# pharma migration, 10^7 generated purchase lines (400 institutions × 10 products), the module's own aggregate
# (ProgressRepository, one GROUP BY pass, then the pure Progress per institution) against a naive baseline in the
# same run (every line streamed to Java and summed in a map). Writes bench/results/pharma.json.
# Then policy replay (keys replay_*): 10^7 generated settlements (a Sanming-size city-year) replayed under a draft
# policy with the pure engine on both cores (ReplayRun, partitioned by person), against the same engine called one
# settlement at a time on one thread as the gateway calls it (ReplayBenchmark); replay_ratio compares their rates.
# SIZE=small runs 200,000 lines and 200,000 settlements to check that the script works.
# PART=precheck runs only the e-prescription pre-check (the last part), e.g. after a change of the 7101 path.
set -euo pipefail
cd "$(dirname "$0")/.."

case "${SIZE:-full}" in
  small) lines=200000; settlements=200000 ;;
  full) lines=10000000; settlements=10000000 ;;
  *) lines=$SIZE; settlements=$SIZE ;;
esac
jdk25=/usr/lib/jvm/temurin-25-jdk-amd64
java_major() { "$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}'; }
if [ -z "${JAVA_HOME:-}" ] || [ ! -x "$JAVA_HOME/bin/java" ] || [ "$(java_major "$JAVA_HOME/bin/java")" -lt 25 ]; then
  export JAVA_HOME=$jdk25
fi

out=bench/results/pharma.json
[ "${SIZE:-full}" = small ] && out=target/pharma-small.json
mkdir -p bench/results
command -v jq >/dev/null || { echo "jq is needed to merge the results" >&2; exit 2; }
if [ "${PART:-all}" != precheck ]; then
./mvnw -q -o test-compile
cpfile=target/pharma-bench.classpath
[ -s "$cpfile" ] || ./mvnw -q dependency:build-classpath -Dmdep.outputFile="$cpfile" >/dev/null
timeout 3600 "$JAVA_HOME/bin/java" -Xms1g -Xmx2g -XX:+UseParallelGC \
  -cp "target/test-classes:target/classes:$(cat "$cpfile")" \
  org.sanyi.pharma.progress.ProgressBenchmark "$out" "$lines"
timeout 3600 "$JAVA_HOME/bin/java" -Xms1g -Xmx2g -XX:+UseParallelGC \
  -cp "target/test-classes:target/classes:$(cat "$cpfile")" \
  org.sanyi.insurance.policy.replay.ReplayBenchmark "$out" "$settlements"
fi

# E-prescription pre-check (key precheck_p99_ms): the application with the demo city on loopback, one hospital's HIS
# sending 7101 at a steady 200/s (RATE) through the signed gateway, the region's review rules applied to each; the
# p99 is measured from each request's scheduled time. SIZE=small: 5 s warm-up and 10 s measured, else 30 s and 60 s.
. bench/common.sh
[ -n "${SKIP_BUILD:-}" ] || ./mvnw -q -o package -DskipTests
work=$(mktemp -d /tmp/sanyi-precheck.XXXXXX)
stop_app() {
  if [ -n "${APP_PID:-}" ] && kill -0 "$APP_PID" 2>/dev/null; then kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap stop_app EXIT
start_app "$work"
wait_ready
if [ "${SIZE:-full}" = small ]; then warm=5; steady=10; else warm=30; steady=60; fi
"$JAVA_HOME/bin/java" -Xmx512m bench/PrecheckLoad.java base="http://127.0.0.1:$APP_PORT" institution=H35990000001 \
  rate="${RATE:-200}" warmup="$warm" steady="$steady" out="$work/precheck.json"
# the pre-check's keys replace those of an earlier run (PART=precheck keeps the other parts' figures)
if [ -s "$out" ]; then
  jq -s '.[0] + .[1]' "$out" "$work/precheck.json" >"$work/merged.json" && cp "$work/merged.json" "$out"
else
  cp "$work/precheck.json" "$out"
fi
cat "$out"
