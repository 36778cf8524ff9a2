#!/usr/bin/env bash
# Identity benchmarks: QR verification per core (SM2 and ECDSA P-256 through our verifier, next to BouncyCastle's
# and the JDK's verifiers) and EMPI matching of one incoming patient against 1,000,000 residents (p50/p99 latency,
# precision and recall on known duplicates). Writes bench/results/identity.json. Run from the repository root (or
# anywhere); takes about three minutes. Optional arguments: POPULATION (default 1000000), DUPLICATES (default 20000).
set -euo pipefail
cd "$(dirname "$0")/.."

population=${1:-1000000}
duplicates=${2:-20000}
jdk25=/usr/lib/jvm/temurin-25-jdk-amd64
java_major() { "$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}'; }
if [ -z "${JAVA_HOME:-}" ] || [ ! -x "$JAVA_HOME/bin/java" ] || [ "$(java_major "$JAVA_HOME/bin/java")" -lt 25 ]; then
  export JAVA_HOME=$jdk25
fi

main_class=target/test-classes/org/sanyi/identity/bench/IdentityBenchmark.class
if [ ! -f "$main_class" ] || [ -n "$(find src/main/java src/test/java -newer "$main_class" -name '*.java' -print -quit)" ]; then
  ./mvnw -q -o test-compile
fi
cpfile=target/identity-bench.classpath
if [ ! -s "$cpfile" ] || [ pom.xml -nt "$cpfile" ]; then
  ./mvnw -q dependency:build-classpath -Dmdep.outputFile="$cpfile" >/dev/null
fi

mkdir -p bench/results
# shellcheck disable=SC2086 # IDENTITY_BENCH_JAVA_OPTS holds several options, e.g. -Xlog:gc or -Didentity.bench.parts=matching
timeout 600 "$JAVA_HOME/bin/java" -Xms3g -Xmx3g ${IDENTITY_BENCH_JAVA_OPTS:-} -Dfile.encoding=UTF-8 -Duser.timezone=Asia/Shanghai \
  -Djava.awt.headless=true \
  -cp "target/test-classes:target/classes:$(cat "$cpfile")" \
  org.sanyi.identity.bench.IdentityBenchmark bench/results/identity.json "$population" "$duplicates"
