# shellcheck shell=bash
# What the cluster benches (soak.sh, database-faults.sh, cluster-faults.sh, cluster-throughput.sh, backup-restore.sh)
# share (and signing-faults.sh, disk-full.sh): sourced by each after `set -euo pipefail` and `cd` to the repository's root, so paths here are relative to it.

# The administrator the runs sign in as, created at the cluster's first start (bench/cluster.sh has the same default).
export CONCORDAT_ADMIN_PASSWORD=${CONCORDAT_ADMIN_PASSWORD:-Cluster-demo-2026-pass}
# The load comes from few tokens (one makes all of cluster-faults.sh's; soak.sh's route checks share a few thousand):
# the per-token rate limit (50 a second by default) is not what these runs measure.
export CONCORDAT_API_RATE_LIMIT=${CONCORDAT_API_RATE_LIMIT:-100000}

# The war the cluster deploys and the bench classes; sets CLASSPATH_BENCH for `java -cp`.
bench_build() {
    echo "== build"
    mvn -B -q -Pbench -DskipTests package test-compile dependency:build-classpath \
        -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
    CLASSPATH_BENCH="target/classes:target/test-classes:$(cat target/bench.classpath)"
}

# fresh_cluster N [command]: N nodes and the balancer on an empty database concordat_cluster, so that no earlier run's
# rows count. Whatever happens the cluster is stopped on exit; the command, if given, runs first in that trap (its
# failure does not keep the cluster running).
fresh_cluster() {
    local nodes=$1 on_exit=${2:-}
    bash bench/cluster.sh stop > /dev/null 2>&1 || true
    rm -rf target/cluster
    psql -q -h 127.0.0.1 -U postgres -c "DROP DATABASE IF EXISTS concordat_cluster WITH (FORCE)"
    local handler="bash bench/cluster.sh stop > /dev/null 2>&1 || true"
    if [ -n "$on_exit" ]; then
        handler="{ $on_exit; } || true; $handler"
    fi
    # shellcheck disable=SC2064  # the command is put in now; the variables it names are read at exit
    trap "$handler" EXIT
    bash bench/cluster.sh start "$nodes"
}

# The route-check benchmark's partnership (500 organisations, 10,000 agreements) in the cluster's database, its
# practitioners' API tokens in target/cluster/tokens.csv, and the planner's statistics brought up to date.
generate_partnership() {
    echo "== generate the partnership"
    java -cp "$CLASSPATH_BENCH" org.concordat.bench.PartnershipGenerator \
        jdbc:postgresql://127.0.0.1:5432/concordat_cluster postgres postgres target/cluster/tokens.csv
    psql -q -h 127.0.0.1 -U postgres -d concordat_cluster -c "VACUUM ANALYZE"
}

# The machine a figure was measured on, as docs/reliability.md names it: cores (processor), memory, kernel, Java.
machine_description() {
    echo "$(nproc) cores ($(grep -m 1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/^Mem:/ {print $2}') GiB RAM, $(uname -sr), $(java -version 2>&1 | head -n 1)"
}
