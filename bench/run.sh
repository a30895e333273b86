#!/usr/bin/env bash
# Runs one benchmark (default: all) and writes its figures to docs/benchmarks.md.
#   bench/run.sh                       # every benchmark
#   bench/run.sh SearchQualityBenchmark
# Benchmarks are never part of ./mvnw verify; they start the application on the embedded
# PostgreSQL (or SPRING_DATASOURCE_URL) with the test profile, like the tests do.
set -euo pipefail
cd "$(dirname "$0")/.."
which=${1:-'*Benchmark'}
./mvnw -B -q -Pbench verify -Dspotless.check.skip=true -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.test="$which" -Dfailsafe.failIfNoSpecifiedTests=false
