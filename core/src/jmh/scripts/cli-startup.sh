#!/usr/bin/env bash
# CLI start-up: time from command to first result of `crosscheck search` on the seeds, with the
# default index already built, against a bare JVM start (an empty main), in one hyperfine run:
#   - bare JVM: java -cp . EmptyMain
#   - ./crosscheck search ... with a warm background server (the launcher runs the small client)
#   - CROSSCHECK_SERVER=off ./crosscheck search ... (the one-off path: AppCDS, C1, serial GC)
#   - java -jar crosscheck-cli.jar search ... (no launcher, no archive), for reference
# hyperfine counts the CPU of the processes it starts, not the server's: the server's CPU per
# request is read from /proc around as many more requests, and printed apart, to add to the client's.
#
# Usage: core/src/jmh/scripts/cli-startup.sh [RUNS]      (from anywhere; default 30 runs each)
set -euo pipefail

ROOT="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../../../.." && pwd)"
RUNS="${1:-30}"
JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME
JAVA="$JAVA_HOME/bin/java"
JAR="$ROOT/cli/target/crosscheck-cli.jar"
WORK="$ROOT/core/target/jmh/startup"
QUERY='"honest mistake"'

command -v hyperfine >/dev/null 2>&1 || { echo "cli-startup.sh needs hyperfine (apt-get install hyperfine)" >&2; exit 2; }
mkdir -p "$WORK"
cd "$ROOT"

cat >"$WORK/EmptyMain.java" <<'JAVA'
public class EmptyMain {
  public static void main(String[] args) {}
}
JAVA
"$JAVA_HOME/bin/javac" -d "$WORK" "$WORK/EmptyMain.java"

# The launcher builds the jars when the sources changed, the default index on first use, the
# AppCDS archives, and starts the server; the server answers once its socket is there.
CROSSCHECK_SERVER=off ./crosscheck search "$QUERY" --color never >/dev/null
./crosscheck server stop >/dev/null
./crosscheck search "$QUERY" --color never >/dev/null
for _ in $(seq 240); do [ -S .crosscheck/server.sock ] && break; sleep 0.5; done
[ -S .crosscheck/server.sock ] || { echo "no server started; see .crosscheck/server.log" >&2; exit 1; }
# A warm server: what it is after a little use (and the client's archive written).
for _ in $(seq 50); do ./crosscheck search "$QUERY" --color never >/dev/null; done
pid=$(cat .crosscheck/server.pid)
server_cpu_ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }

bare="$JAVA -cp $WORK EmptyMain"
server="./crosscheck search '$QUERY' --color never"
off="env CROSSCHECK_SERVER=off ./crosscheck search '$QUERY' --color never"
plain="$JAVA -Dcrosscheck.home=$ROOT -jar $JAR search '$QUERY' --color never"

echo "== $(date -u '+%F %T') UTC, $(nproc) cores, load: $(cut -d' ' -f1-3 /proc/loadavg), $("$JAVA" -version 2>&1 | head -n 1)"
hyperfine -N --warmup 3 --runs "$RUNS" --export-markdown "$WORK/startup.md" --export-json "$WORK/startup.json" \
  -n "bare JVM (empty main)" "$bare" \
  -n "./crosscheck search (warm server)" "$server" \
  -n "CROSSCHECK_SERVER=off ./crosscheck search (one-off JVM)" "$off" \
  -n "java -jar crosscheck-cli.jar search (no launcher, no archive)" "$plain"
echo "== after: load $(cut -d' ' -f1-3 /proc/loadavg)"

# The server's CPU per request, which hyperfine does not see: RUNS more requests, /proc before and after.
before=$(server_cpu_ticks)
for _ in $(seq "$RUNS"); do ./crosscheck search "$QUERY" --color never >/dev/null; done
after=$(server_cpu_ticks)
awk -v t="$((after - before))" -v n="$RUNS" -v hz="$(getconf CLK_TCK)" \
  'BEGIN { printf "server CPU per request: %.1f ms (over %d requests)\n", t * 1000 / hz / n, n }'
cat "$WORK/startup.md"
