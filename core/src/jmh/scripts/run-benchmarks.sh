#!/usr/bin/env bash
# Runs every performance benchmark against plain Lucene (docs/BENCHMARKS.md) and keeps the logs
# and JMH's JSON results in core/target/jmh/results/. Takes about an hour on two cores, mostly
# the million-paragraph runs. Not part of CI.
#
# Usage: core/src/jmh/scripts/run-benchmarks.sh CORPUS_DIR [SIZES]
#   CORPUS_DIR  a folder of articles, for example /work/shared/corpora/bbc
#   SIZES       paragraph counts to tile the corpus to (default: "10000 100000 1000000")
set -euo pipefail

ROOT="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../../../.." && pwd)"
CORPUS="$(readlink -f "${1:?give the corpus folder, for example /work/shared/corpora/bbc}")"
SIZES="${2:-10000 100000 1000000}"
JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
JAVA="$JAVA_HOME/bin/java"
JAR="$ROOT/core/target/jmh/benchmarks.jar"
WORK="$ROOT/core/target/jmh/work"
RESULTS="$ROOT/core/target/jmh/results"
mkdir -p "$WORK" "$RESULTS"
cd "$ROOT"

echo "== building $JAR"
JAVA_HOME="$JAVA_HOME" mvn -B -q -Pbench -DskipTests package -pl core

jmh() { # name, JMH arguments...
  local name="$1"
  shift
  echo "== $name: $(date -u '+%F %T') UTC, load $(cut -d' ' -f1-3 /proc/loadavg)"
  "$JAVA" -jar "$JAR" "$@" -p corpus="$CORPUS" -p work="$WORK" -rf json -rff "$RESULTS/$name.json" \
    2>&1 | tee "$RESULTS/$name.log" | grep -E '^(corpus|index|indexes|heap|cpu):|\[cpu|^[A-Za-z]+Benchmark\.' || true
}

for size in $SIZES; do
  # Fewer single-shot iterations as the corpus grows: a million paragraphs take minutes each.
  case "$size" in
    1000000) iterations=(-wi 0 -i 1) ;;
    100000) iterations=(-wi 1 -i 3) ;;
    *) iterations=(-wi 3 -i 5) ;;
  esac
  jmh "indexing-$size" IndexingBenchmark -p paragraphs="$size" "${iterations[@]}"
done
for size in $SIZES; do
  # Indexing again, crosscheck and the baseline taking turns: ratios that a busy machine's phases move less.
  case "$size" in
    1000000) continue ;;
    100000) rounds=(4 8) ;;
    *) rounds=(25 15) ;;
  esac
  echo "== indexing-pairs-$size: $(date -u '+%F %T') UTC"
  "$JAVA" -cp "$JAR" org.crosscheck.bench.IndexingPairs "$CORPUS" "$size" "${rounds[@]}" "$WORK" 2>&1 \
    | tee "$RESULTS/indexing-pairs-$size.log" | grep -E '^(corpus|throughput)' || true
done
for size in $SIZES; do
  # Search + highlighting against plain Lucene, and the same-fact query, on the same indexes.
  jmh "search-$size" SearchBenchmark -p paragraphs="$size"
done
for size in $SIZES; do
  # Search again, crosscheck and the baseline taking turns a few hundred calls at a time.
  echo "== search-pairs-$size: $(date -u '+%F %T') UTC"
  "$JAVA" -cp "$JAR" org.crosscheck.bench.SearchPairs "$CORPUS" "$size" 5 30 "$WORK" 2>&1 \
    | tee "$RESULTS/search-pairs-$size.log" | grep -E '^(corpus|p99 ratio|all measured)' || true
done
jmh "facts-report-100000" FactsReportBenchmark -p paragraphs=100000
"$ROOT/core/src/jmh/scripts/cli-startup.sh" 20 | tee "$RESULTS/cli-startup.log"
