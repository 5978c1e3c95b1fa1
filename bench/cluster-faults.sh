#!/bin/bash
# Faults on a local two-node cluster (issue 21), figures to docs/reliability.md: a node killed under a signed-in
# person (session and JSF view must survive), and a node killed then restarted under API load (what fails, for how
# long). Starts the cluster on a fresh database concordat_cluster, runs org.concordat.bench.ClusterFaults, stops it.
# Not a test: never run by mvn verify. Needs haproxy and PostgreSQL on 127.0.0.1:5432; about 6 minutes.
#
#   bash bench/cluster-faults.sh [seconds-per-phase] [client-threads]
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_PHASE=${1:-15}
THREADS=${2:-8}
export CONCORDAT_ADMIN_PASSWORD=${CONCORDAT_ADMIN_PASSWORD:-Cluster-demo-2026-pass}
# One token makes all the load: the per-token rate limit (50 a second by default) is not what is measured here.
export CONCORDAT_API_RATE_LIMIT=${CONCORDAT_API_RATE_LIMIT:-100000}

echo "== build"
mvn -B -q -Pbench -DskipTests package test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
CLASSPATH_BENCH="target/classes:target/test-classes:$(cat target/bench.classpath)"

echo "== a fresh two-node cluster"
bash bench/cluster.sh stop > /dev/null 2>&1 || true
rm -rf target/cluster
psql -q -h 127.0.0.1 -U postgres -c "DROP DATABASE IF EXISTS concordat_cluster WITH (FORCE)"
trap 'bash bench/cluster.sh stop > /dev/null 2>&1 || true' EXIT
bash bench/cluster.sh start 2

echo "== faults"
java -cp "$CLASSPATH_BENCH" org.concordat.bench.ClusterFaults "http://127.0.0.1:${CONCORDAT_BALANCER_PORT:-8000}" \
    "${CONCORDAT_ADMIN_EMAIL:-admin@concordat.local}" "$CONCORDAT_ADMIN_PASSWORD" bench/cluster.sh docs/reliability.md \
    "$SECONDS_PER_PHASE" "$THREADS"
