#!/bin/bash
# Route checks on a local two-node cluster (issue 21), figures to docs/benchmarks.md: the route-check benchmark's
# partnership (500 organisations, 10,000 agreements) in a fresh database, two nodes and HAProxy started on it, then
# org.concordat.bench.ClusterThroughput: a warm-up, then checks straight to one node and through the balancer to both,
# alternately, in the same run. Not a test: never run by mvn verify. Needs haproxy and PostgreSQL on 127.0.0.1:5432;
# about 12 minutes.
#
#   bash bench/cluster-throughput.sh [seconds-per-phase] [client-threads]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
SECONDS_PER_PHASE=${1:-30}
THREADS=${2:-8}
URL=jdbc:postgresql://127.0.0.1:5432/concordat_cluster
# Sized as the single-server benchmark's server (bench/route-check.sh).
export JBOSS_JAVA_SIZING=${JBOSS_JAVA_SIZING:-"-Xms1g -Xmx1g"}

bench_build

echo "== a fresh two-node cluster"
fresh_cluster 2

generate_partnership

echo "== one node against two"
java -cp "$CLASSPATH_BENCH" org.concordat.bench.ClusterThroughput "http://127.0.0.1:${CONCORDAT_BALANCER_PORT:-8000}" \
    http://127.0.0.1:9080 "$URL" postgres postgres target/cluster/tokens.csv docs/benchmarks.md "$SECONDS_PER_PHASE" "$THREADS"
