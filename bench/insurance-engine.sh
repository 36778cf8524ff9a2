#!/usr/bin/env bash
# Throughput of the pure settlement engine (JMH, one thread): a 30-line resident inpatient visit that runs every
# step (deductible, pool, critical illness across a band edge, medical assistance), with and without the mapping to
# the national setlinfo/setldetail fields. Writes bench/results/insurance-engine.json (JMH, wall clock) and
# bench/results/insurance-engine-cpu.json (settlements per CPU-second, robust to other load). Takes about 1.5 minutes.
set -euo pipefail
cd "$(dirname "$0")/.."

jdk25=/usr/lib/jvm/temurin-25-jdk-amd64
java_major() { "$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}'; }
if [ -z "${JAVA_HOME:-}" ] || [ ! -x "$JAVA_HOME/bin/java" ] || [ "$(java_major "$JAVA_HOME/bin/java")" -lt 25 ]; then
  export JAVA_HOME=$jdk25
fi

./mvnw -q -o test-compile
cpfile=target/insurance-bench.classpath
[ -s "$cpfile" ] || ./mvnw -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cpfile" >/dev/null

mkdir -p bench/results
timeout 600 "$JAVA_HOME/bin/java" -cp "target/test-classes:target/classes:$(cat "$cpfile")" \
  org.sanyi.insurance.bench.SettlementEngineBenchmark bench/results/insurance-engine.json \
  bench/results/insurance-engine-cpu.json
