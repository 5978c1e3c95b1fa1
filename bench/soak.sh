#!/bin/bash
# A soak of a local two-node cluster under mixed load (issue 21), figures to docs/reliability.md: the route-check
# benchmark's partnership (500 organisations, 10,000 agreements) in a fresh database, two nodes and HAProxy started on
# it, then org.concordat.bench.ClusterSoak: a warm-up, then for N minutes route checks (the bulk), sharing decisions,
# an IG lead drafting and submitting agreements and their signatories approving them (so that the nodes sign PDFs),
# all through the balancer; each node's heap every minute and after a full GC at the start and the end; then every
# acknowledged decision and approval reconciled with the database and the signed PDFs. Not a test: never run by
# mvn verify. Needs haproxy, a JDK's jcmd and jstat, and PostgreSQL on 127.0.0.1:5432; the minutes plus about 8.
#
#   bash bench/soak.sh [minutes] [client-threads]      (SOAK_WARM_UP_SECONDS: the warm-up, 180 by default)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
MINUTES=${1:-30}
THREADS=${2:-8}
WARM_UP_SECONDS=${SOAK_WARM_UP_SECONDS:-180}
URL=jdbc:postgresql://127.0.0.1:5432/concordat_cluster
# Sized as the route-check benchmark's server: the same partnership (bench/route-check.sh, bench/cluster-throughput.sh).
export JBOSS_JAVA_SIZING=${JBOSS_JAVA_SIZING:-"-Xms1g -Xmx1g"}
command -v jcmd > /dev/null && command -v jstat > /dev/null || { echo "jcmd and jstat (a JDK) are needed" >&2; exit 1; }

bench_build

echo "== a fresh two-node cluster"
fresh_cluster 2

generate_partnership

# Each node's JVM, found as bench/cluster.sh finds it (standalone.sh starts it as a child), for jstat and jcmd.
node_pid() { pgrep -f -- "-D\\[Standalone\\].*-Djboss.server.base.dir=$PWD/target/cluster/node$1 "; }
NODES="node1=$(node_pid 1),node2=$(node_pid 2)"
MACHINE=$(machine_description)

echo "== $MINUTES minutes of mixed load ($NODES)"
java -cp "$CLASSPATH_BENCH" org.concordat.bench.ClusterSoak "http://127.0.0.1:${CONCORDAT_BALANCER_PORT:-8000}" \
    "${CONCORDAT_ADMIN_EMAIL:-admin@concordat.local}" "$CONCORDAT_ADMIN_PASSWORD" "$URL" postgres postgres \
    target/cluster/tokens.csv "$NODES" docs/reliability.md "$MINUTES" "$THREADS" "$WARM_UP_SECONDS" "$MACHINE"
