#!/usr/bin/env bash
# 完成进度 of one 集采 round over a year of purchase lines (issue 14, key progress_s): an embedded PostgreSQL with the
# pharma migration, 10^7 generated purchase lines (400 institutions × 10 products), the module's own aggregate
# (ProgressRepository, one GROUP BY pass, then the pure Progress per institution) against a naive baseline in the
# same run (every line streamed to Java and summed in a map). Writes bench/results/pharma.json.
# SIZE=small runs 200,000 lines to check that the script works. The policy-replay and e-prescription keys of the
# issue (replay_*, precheck_p99_ms) belong to slices not built yet.
set -euo pipefail
cd "$(dirname "$0")/.."

case "${SIZE:-full}" in
  small) lines=200000 ;;
  full) lines=10000000 ;;
  *) lines=$SIZE ;;
esac
jdk25=/usr/lib/jvm/temurin-25-jdk-amd64
java_major() { "$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}'; }
if [ -z "${JAVA_HOME:-}" ] || [ ! -x "$JAVA_HOME/bin/java" ] || [ "$(java_major "$JAVA_HOME/bin/java")" -lt 25 ]; then
  export JAVA_HOME=$jdk25
fi

./mvnw -q -o test-compile
cpfile=target/pharma-bench.classpath
[ -s "$cpfile" ] || ./mvnw -q -o dependency:build-classpath -Dmdep.outputFile="$cpfile" >/dev/null

out=bench/results/pharma.json
[ "${SIZE:-full}" = small ] && out=target/pharma-small.json
mkdir -p bench/results
timeout 3600 "$JAVA_HOME/bin/java" -Xms1g -Xmx2g -XX:+UseParallelGC \
  -cp "target/test-classes:target/classes:$(cat "$cpfile")" \
  org.sanyi.pharma.progress.ProgressBenchmark "$out" "$lines"
