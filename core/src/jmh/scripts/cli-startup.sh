#!/usr/bin/env bash
# CLI start-up: time from command to first result of `crosscheck search` on the seeds, with the
# default index already built, against a bare JVM start (an empty main), measured in the same run.
# Variants: the plain `java -jar`, `java -jar` with an AppCDS archive, and the `./crosscheck`
# launcher (which makes and uses that archive itself). Uses hyperfine when installed, otherwise
# repeats each command and prints the median.
#
# Usage: core/src/jmh/scripts/cli-startup.sh [RUNS]      (from anywhere; default 20 runs each)
set -euo pipefail

ROOT="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../../../.." && pwd)"
RUNS="${1:-20}"
JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
JAVA="$JAVA_HOME/bin/java"
JAR="$ROOT/cli/target/crosscheck-cli.jar"
WORK="$ROOT/core/target/jmh/startup"
QUERY='"honest mistake"'

mkdir -p "$WORK"
cd "$ROOT"

# The launcher builds the jar when the sources changed and the default index on first use.
./crosscheck search "$QUERY" --color never >/dev/null

cat >"$WORK/EmptyMain.java" <<'JAVA'
public class EmptyMain {
  public static void main(String[] args) {}
}
JAVA
"$JAVA_HOME/bin/javac" -d "$WORK" "$WORK/EmptyMain.java"

# An AppCDS archive for the jar, dumped by one run (JDK 19+ makes it on exit when it is missing).
CDS="$WORK/cli.jsa"
rm -f "$CDS"
"$JAVA" -XX:SharedArchiveFile="$CDS" -XX:+AutoCreateSharedArchive -Dcrosscheck.home="$ROOT" -jar "$JAR" \
  search "$QUERY" --color never >/dev/null

bare="$JAVA -cp $WORK EmptyMain"
version="$JAVA -version"
plain="$JAVA -Dcrosscheck.home=$ROOT -jar $JAR search '$QUERY' --color never"
cds="$JAVA -XX:SharedArchiveFile=$CDS -XX:+AutoCreateSharedArchive -Dcrosscheck.home=$ROOT -jar $JAR search '$QUERY' --color never"
launcher="./crosscheck search '$QUERY' --color never"

echo "== $(date -u '+%F %T') UTC, $(nproc) cores, load: $(cut -d' ' -f1-3 /proc/loadavg), $("$JAVA" -version 2>&1 | head -n 1)"
if command -v hyperfine >/dev/null 2>&1; then
  hyperfine -N --warmup 3 --runs "$RUNS" --export-markdown "$WORK/startup.md" \
    -n "bare JVM (empty main)" "$bare" \
    -n "java -version" "$version" \
    -n "java -jar search" "$plain" \
    -n "java -jar search, AppCDS" "$cds" \
    -n "./crosscheck search (launcher)" "$launcher"
  cat "$WORK/startup.md"
else
  median() { # command... : runs it RUNS times, prints the median wall time in ms
    local times=()
    for _ in $(seq "$RUNS"); do
      local start end
      start=$(date +%s%N)
      bash -c "$1" >/dev/null 2>&1
      end=$(date +%s%N)
      times+=($(((end - start) / 1000000)))
    done
    printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
  }
  for name in bare version plain cds launcher; do
    printf '%-10s %6s ms (median of %s)\n' "$name" "$(median "${!name}")" "$RUNS"
  done
fi
