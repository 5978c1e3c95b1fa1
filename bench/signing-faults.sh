#!/bin/bash
# A node killed while it signs (issue 21), figures to docs/reliability.md: on a fresh two-node cluster, both
# signatories of many agreements approve through node 1, which signs them from the outbox; at the moment one of its
# transactions holds a job, node 1 is killed (kill -9); node 2 must sign everything left, each signature once.
# Runs org.concordat.bench.SigningFaults. Not a test: never run by mvn verify. Needs haproxy and PostgreSQL on
# 127.0.0.1:5432; about 5 minutes.
#
#   bash bench/signing-faults.sh [agreements]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
AGREEMENTS=${1:-40}

bench_build

echo "== a fresh two-node cluster"
fresh_cluster 2

echo "== node 1 killed while it signs"
java -cp "$CLASSPATH_BENCH" org.concordat.bench.SigningFaults "http://127.0.0.1:${CONCORDAT_BALANCER_PORT:-8000}" \
    "${CONCORDAT_ADMIN_EMAIL:-admin@concordat.local}" "$CONCORDAT_ADMIN_PASSWORD" bench/cluster.sh \
    "jdbc:postgresql://127.0.0.1:5432/concordat_cluster" http://127.0.0.1:9080 docs/reliability.md "$AGREEMENTS"
