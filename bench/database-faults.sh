#!/bin/bash
# PostgreSQL stopped and started again under load on a local two-node cluster (issue 21), figures to
# docs/reliability.md: route checks, sharing decisions and approvals through the balancer; the database is stopped
# for a few seconds and started again; then every acknowledged decision and approval is reconciled with what the
# database holds, and every signed PDF's signatures counted. Runs org.concordat.bench.DatabaseFaults.
# Not a test: never run by mvn verify. Needs haproxy, root (to stop and start PostgreSQL with pg_ctlcluster) and
# PostgreSQL on 127.0.0.1:5432 — which it stops, so nothing else may use it meanwhile (take the build lock). ~6 minutes.
#
#   bash bench/database-faults.sh [seconds-before-and-after] [seconds-down]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
SECONDS_AROUND=${1:-20}
SECONDS_DOWN=${2:-10}
PG_VERSION=$(ls /etc/postgresql | sort -V | tail -n 1)

bench_build

echo "== a fresh two-node cluster"
# Whatever happens, PostgreSQL is left running and the cluster stopped.
fresh_cluster 2 'pg_ctlcluster --skip-systemctl-redirect "$PG_VERSION" main start > /dev/null 2>&1'

echo "== PostgreSQL stopped and started under load"
java -cp "$CLASSPATH_BENCH" org.concordat.bench.DatabaseFaults "http://127.0.0.1:${CONCORDAT_BALANCER_PORT:-8000}" \
    "${CONCORDAT_ADMIN_EMAIL:-admin@concordat.local}" "$CONCORDAT_ADMIN_PASSWORD" \
    "pg_ctlcluster --skip-systemctl-redirect $PG_VERSION main stop -m fast" \
    "pg_ctlcluster --skip-systemctl-redirect $PG_VERSION main start" \
    docs/reliability.md "$SECONDS_AROUND" "$SECONDS_DOWN" "jdbc:postgresql://127.0.0.1:5432/concordat_cluster" \
    http://127.0.0.1:9080 http://127.0.0.1:10080
