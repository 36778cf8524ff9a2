#!/usr/bin/env bash
# Throughput of the DRG grouper: the shared CHS-DRG 1.1 test cases replicated to 1,000,000 records, grouped on
# one thread and on all cores. Writes bench/results/drg.json. Run from anywhere; takes about a minute.
set -euo pipefail
cd "$(dirname "$0")/.."

records=${1:-1000000}
jdk25=/usr/lib/jvm/temurin-25-jdk-amd64
java_major() { "$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}'; }
if [ -z "${JAVA_HOME:-}" ] || [ ! -x "$JAVA_HOME/bin/java" ] || [ "$(java_major "$JAVA_HOME/bin/java")" -lt 25 ]; then
  export JAVA_HOME=$jdk25
fi

shared=""
for candidate in "${SANYI_SHARED:-}" ../shared /work/shared; do
  if [ -n "$candidate" ] && [ -d "$candidate/drg/chs-drg-1.1" ]; then shared=$candidate; break; fi
done
[ -n "$shared" ] || { echo "shared data not found: set SANYI_SHARED" >&2; exit 2; }
scheme="$shared/drg/chs-drg-1.1"

./mvnw -q -o test-compile
cpfile=target/drg-bench.classpath
[ -s "$cpfile" ] || ./mvnw -q dependency:build-classpath -Dmdep.outputFile="$cpfile" >/dev/null

mkdir -p bench/results
timeout 300 "$JAVA_HOME/bin/java" -Xms1g -Xmx1g -XX:+UseParallelGC \
  -cp "target/test-classes:target/classes:$(cat "$cpfile")" \
  org.sanyi.drg.bench.DrgThroughputBenchmark "$scheme" bench/results/drg.json "$records" \
  "$scheme/test_cases/opendrg_sample_cases.csv" "$scheme/test_cases/synthetic_cases.csv"
