#!/usr/bin/env bash
# Search quality on XQuAD-R Vietnamese against PostgreSQL full-text search, in the same run:
# writes its section of docs/benchmarks.md. Java benchmarks live in bench/java (Maven profile
# bench) and are never part of ./mvnw verify; they start the application on the embedded
# PostgreSQL (or SPRING_DATASOURCE_URL) with the test profile, like the tests do.
#   bench/search-quality.sh
set -euo pipefail
cd "$(dirname "$0")/.."
which=${1:-SearchQualityBenchmark}
./mvnw -B -q -Pbench verify -Dspotless.check.skip=true -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.test="$which" -Dfailsafe.failIfNoSpecifiedTests=false
