#!/usr/bin/env bash
# Search speed on the Vietnamese Wikipedia sample replicated to 100,000 records: indexing rate,
# query p50/p95 and queries per second for doimoi's search API and PostgreSQL full-text search,
# in the same run; writes its section of docs/benchmarks.md. Extra -D options pass through:
# Needs wrk (apt-get install -y wrk): doimoi is driven from it, a separate process.
#   bench/search-speed.sh -Dbench.documents=100000 -Dbench.chars=2000 -Dbench.clients=4
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -Pbench verify -Dspotless.check.skip=true -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.test=SearchSpeedBenchmark -Dfailsafe.failIfNoSpecifiedTests=false "$@"
