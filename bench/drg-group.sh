#!/usr/bin/env bash
# Groups a CSV file of cases with a DRG scheme held as data.
#   bench/drg-group.sh SCHEME_DIR IN.csv OUT.csv [--lang zh|en] [--group-unknown-codes]
#   bench/drg-group.sh SCHEME_DIR          (only validate the scheme and print its size)
# IN has the columns of shared/drg/chs-drg-1.1/test_cases/*.csv (expected_* optional); OUT repeats every row and
# appends actual_status, actual_mdc, actual_adrg, actual_drg, error. Bad lines get status ERROR, they do not stop
# the run. Use - for stdin/stdout. Compiles the project first if target/classes lacks the grouper.
set -euo pipefail

if [ $# -lt 1 ]; then
  sed -n '2,7p' "$0" >&2
  exit 2
fi
root=$(cd "$(dirname "$0")/.." && pwd)
absolute() { case "$1" in -|/*|--*) printf '%s' "$1" ;; *) printf '%s/%s' "$PWD" "$1" ;; esac; }
args=()
previous=""
for arg in "$@"; do
  if [ "$previous" = "--lang" ]; then args+=("$arg"); else args+=("$(absolute "$arg")"); fi
  previous=$arg
done

java_major() { "$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}'; }
java_bin=""
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && [ "$(java_major "$JAVA_HOME/bin/java")" -ge 25 ]; then
  java_bin=$JAVA_HOME/bin/java
elif command -v java >/dev/null && [ "$(java_major "$(command -v java)")" -ge 25 ]; then
  java_bin=$(command -v java)
else
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
  java_bin=$JAVA_HOME/bin/java
fi
if [ -z "${JAVA_HOME:-}" ]; then
  JAVA_HOME=$(dirname "$(dirname "$(readlink -f "$java_bin")")")
  export JAVA_HOME
fi

if [ ! -f "$root/target/classes/org/sanyi/drg/grouper/BatchGroupingCli.class" ] \
   || [ ! -f "$root/target/classes/messages/drg.properties" ]; then
  (cd "$root" && ./mvnw -q -o compile)
fi
exec "$java_bin" -cp "$root/target/classes" org.sanyi.drg.grouper.BatchGroupingCli "${args[@]}"
