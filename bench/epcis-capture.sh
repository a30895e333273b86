#!/usr/bin/env bash
# Capture speed of the EPCIS API (issue 20, ADR 0063): events/s through POST /epcis/capture over real
# HTTP (the application on a random port with its embedded PostgreSQL) against PostgreSQL COPY of the
# same rows into tables of the same shape, measured in the same run by
# bench/java/vn/doimoi/traceability/api/EpcisCaptureBenchmark.java.
# Needs: a JDK 17+ (java, and the Maven wrapper's download of Maven). Usage: bench/epcis-capture.sh [events]
# With BENCH_JFR=/path/file.jfr the benchmark's JVM records a Java Flight Recording (settings=profile)
# there; summarise it with bench/jfr-top.sh /path/file.jfr.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v java >/dev/null || { echo "bench/epcis-capture.sh: java (JDK 17+) is required" >&2; exit 1; }
EVENTS=${1:-20000}
LOG=$(mktemp /tmp/doimoi-epcis-bench.XXXXXX)
JFR_ARGS=()
if [ -n "${BENCH_JFR:-}" ]; then
  JFR_ARGS=("-DargLine=-XX:StartFlightRecording=filename=$BENCH_JFR,settings=profile,dumponexit=true")
fi
STARTED=$(date +%s)
./mvnw -B -ntp -q -P bench -Dspotless.check.skip=true -Dtest=EpcisCaptureBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.events="$EVENTS" "${JFR_ARGS[@]}" test > "$LOG" 2>&1 || { tail -50 "$LOG" >&2; cat target/surefire-reports/*EpcisCaptureBenchmark*.txt >&2 || true; exit 1; }
LINE=$(grep -h "EPCIS-CAPTURE-BENCH" "$LOG" target/surefire-reports/*EpcisCaptureBenchmark*-output.txt 2>/dev/null | head -n 1 || true)
[ -n "$LINE" ] || { echo "bench/epcis-capture.sh: the benchmark printed no figures (see $LOG)" >&2; exit 1; }
echo "$LINE"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores, $(date -u '+%Y-%m-%d %H:%M UTC'), run took $(( $(date +%s) - STARTED )) s"
