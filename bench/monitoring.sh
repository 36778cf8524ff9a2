#!/usr/bin/env bash
# The fact store at province scale (issue 12): SIZE fact rows (default 100,000,000: a province-year of settlement
# components) generated and loaded with COPY into monitoring's own month-partitioned mon_fact (the real migration) on
# a fresh embedded PostgreSQL, with the raw settlements and fee lines of one city-year beside them; then 1,000 random
# questions (drug share over a county, a city, the province or an alliance-like set of institutions; a month, a quarter
# or the year), no cache, through the statement FactTotals runs, and the city's questions again the naive way (GROUP
# BY over settlements and fee lines). Answers must agree (answers_agree). Writes bench/results/monitoring.json (keys
# facts, query_p50_ms, query_p99_ms, naive_p99_ms; freshness_* and settlement_throughput_change_pct stay null here:
# they need the running application under load). SIZE=small runs 200,000 rows in about a minute.
set -euo pipefail
cd "$(dirname "$0")/.."
jdk25=/usr/lib/jvm/temurin-25-jdk-amd64
java_major() { "$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}'; }
if [ -z "${JAVA_HOME:-}" ] || [ ! -x "$JAVA_HOME/bin/java" ] || [ "$(java_major "$JAVA_HOME/bin/java")" -lt 25 ]; then
  export JAVA_HOME=$jdk25
fi
size=${SIZE:-100000000}
[ "$size" = small ] && size=200000

./mvnw -q -o test-compile
cpfile=target/monitoring-bench.classpath
[ -s "$cpfile" ] || ./mvnw -q -o dependency:build-classpath -Dmdep.outputFile="$cpfile" >/dev/null

mkdir -p bench/results
"$JAVA_HOME/bin/java" -Xms1g -Xmx2g -XX:+UseParallelGC -cp "target/test-classes:target/classes:$(cat "$cpfile")" \
  org.sanyi.monitoring.facts.FactsBenchmark "$size" bench/results/monitoring.json \
  src/main/resources/db/migration/monitoring/V10__facts.sql
