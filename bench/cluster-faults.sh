#!/bin/bash
# Faults on a local two-node cluster (issue 21), figures to docs/reliability.md: a node killed under a signed-in
# person (session and JSF view must survive), and a node killed then restarted under API load (what fails, for how
# long). Starts the cluster on a fresh database concordat_cluster, runs org.concordat.bench.ClusterFaults, stops it.
# Not a test: never run by mvn verify. Needs haproxy and PostgreSQL on 127.0.0.1:5432; about 6 minutes.
#
#   bash bench/cluster-faults.sh [seconds-per-phase] [client-threads]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
SECONDS_PER_PHASE=${1:-15}
THREADS=${2:-8}

bench_build

echo "== a fresh two-node cluster"
fresh_cluster 2

echo "== faults"
java -cp "$CLASSPATH_BENCH" org.concordat.bench.ClusterFaults "http://127.0.0.1:${CONCORDAT_BALANCER_PORT:-8000}" \
    "${CONCORDAT_ADMIN_EMAIL:-admin@concordat.local}" "$CONCORDAT_ADMIN_PASSWORD" bench/cluster.sh docs/reliability.md \
    "$SECONDS_PER_PHASE" "$THREADS"
