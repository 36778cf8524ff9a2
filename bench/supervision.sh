#!/usr/bin/env bash
# Fund supervision (issue 13). Measures the pure audit engine: fee lines per CPU-second of one thread with all 21
# rule kinds on over generated claims (outpatient visits of 4–12 lines, inpatient stays of 30–80), then per rule kind
# (lines_per_s_by_kind). SIZE=small (20,000 claims) checks that it runs; the default is 200,000 claims.
# Writes bench/results/supervision.json. The batch audit of a city-year in PostgreSQL (batch_lines, batch_s), the
# one-SQL-per-rule baseline (sql_batch_s, ratio) and 3101 at 200/s (pre_event_p99_ms) are not measured by this
# script yet: their keys are written as null (docs/modules/supervision.md, "Performance").
set -euo pipefail
cd "$(dirname "$0")/.."

jdk25=/usr/lib/jvm/temurin-25-jdk-amd64
java_major() { "$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}'; }
if [ -z "${JAVA_HOME:-}" ] || [ ! -x "$JAVA_HOME/bin/java" ] || [ "$(java_major "$JAVA_HOME/bin/java")" -lt 25 ]; then
  export JAVA_HOME=$jdk25
fi
case "${SIZE:-full}" in
  small) claims=20000 ;;
  *) claims=200000 ;;
esac

./mvnw -q -o test-compile
mkdir -p bench/results
engine=$(mktemp)
timeout 900 "$JAVA_HOME/bin/java" -Xms1g -Xmx1g -XX:+UseParallelGC -cp "target/test-classes:target/classes" \
  org.sanyi.supervision.bench.EngineThroughput "$engine" "$claims" >/dev/null
{
  echo "{"
  echo "  \"size\": \"${SIZE:-full}\","
  sed -e '1d' -e '$d' "$engine" | sed -e '$s/$/,/'
  echo '  "batch_lines": null,'
  echo '  "batch_s": null,'
  echo '  "sql_batch_s": null,'
  echo '  "ratio": null,'
  echo '  "pre_event_p99_ms": null,'
  echo '  "not_measured": "batch audit in PostgreSQL, SQL-per-rule baseline and 3101 load: not yet in this script"'
  echo "}"
} > bench/results/supervision.json
rm -f "$engine"
cat bench/results/supervision.json
