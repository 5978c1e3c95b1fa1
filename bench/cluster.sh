#!/bin/bash
# A local Concordat cluster (issue 21): N WildFly nodes on the standalone-ha profile (wildfly-config/ha.cli) against
# one PostgreSQL, behind HAProxy (wildfly-config/haproxy.cfg). Built by `mvn package`; needs haproxy (Debian).
#
#   bash bench/cluster.sh start [nodes]   start the nodes (default 2) and the balancer; waits until every node is up
#   bash bench/cluster.sh stop            stop the balancer and every node
#   bash bench/cluster.sh kill <k>        kill node k at once (kill -9), as a crash would
#   bash bench/cluster.sh restart <k>     start node k again after a kill or stop
#   bash bench/cluster.sh status          each node's health and the cluster view it reports
#
# Node k listens on 8080+1000k (HTTP) and 9990+1000k (management), clear of the test servers (offset 100); the balancer on CONCORDAT_BALANCER_PORT (8000).
# Every node reads the same environment: POSTGRESQL_URL/_USER/_PASSWORD, CONCORDAT_CA_PASSWORD (the signing keys
# are sealed with it: every node must have the same), CONCORDAT_ADMIN_PASSWORD for the first start. Defaults below
# are for this machine's PostgreSQL (database concordat_cluster) and are not for production.
set -euo pipefail
cd "$(dirname "$0")/.."
WILDFLY=$(pwd)/target/wildfly-39.0.1.Final
CLUSTER=$(pwd)/target/cluster
BALANCER_PORT=${CONCORDAT_BALANCER_PORT:-8000}
export CONCORDAT_DATASOURCE=${CONCORDAT_DATASOURCE:-java:jboss/datasources/ConcordatPostgreSQL}
export POSTGRESQL_URL=${POSTGRESQL_URL:-jdbc:postgresql://127.0.0.1:5432/concordat_cluster}
export POSTGRESQL_USER=${POSTGRESQL_USER:-postgres} POSTGRESQL_PASSWORD=${POSTGRESQL_PASSWORD:-postgres}
export CONCORDAT_CA_PASSWORD=${CONCORDAT_CA_PASSWORD:-cluster-demo-ca-password}
export CONCORDAT_ADMIN_PASSWORD=${CONCORDAT_ADMIN_PASSWORD:-Cluster-demo-2026-pass}
export CONCORDAT_DEMO=${CONCORDAT_DEMO:-false}
export JBOSS_JAVA_SIZING=${JBOSS_JAVA_SIZING:-"-Xms512m -Xmx768m"}

node_dir() { echo "$CLUSTER/node$1"; }
# The node's JVM (standalone.sh starts it as a child: killing the script would leave the server running).
java_pid() { pgrep -f -- "-D\\[Standalone\\].*-Djboss.server.base.dir=$(node_dir "$1") " || true; }
http_port() { echo $((8080 + 1000 * $1)); }
with_application_name() { case "$1" in *\?*) echo "$1&ApplicationName=$2" ;; *) echo "$1?ApplicationName=$2" ;; esac; }

start_node() {
  local k=$1 dir
  dir=$(node_dir "$k")
  if [ ! -d "$dir" ]; then
    # Each node its own server directory (configuration, data: transaction log, timers; log), one war.
    mkdir -p "$CLUSTER"
    cp -r "$WILDFLY/standalone" "$dir"
    rm -rf "$dir/data" "$dir/log" "$dir/tmp" "$dir/deployments/"*
  fi
  cp target/concordat.war "$dir/deployments/concordat.war"
  # Each node names itself to PostgreSQL (pg_stat_activity.application_name), so an operator, or a fault run,
  # sees whose connection holds what.
  POSTGRESQL_URL=$(with_application_name "$POSTGRESQL_URL" "concordat-node$k") "$WILDFLY/bin/standalone.sh" -c standalone-ha.xml -Djboss.server.base.dir="$dir" -Djboss.node.name="node$k" \
    -Djboss.tx.node.id="node$k" -Djboss.socket.binding.port-offset=$((1000 * k)) \
    -Djboss.bind.address=127.0.0.1 -Djboss.bind.address.private=127.0.0.1 > "$dir/console.log" 2>&1 &
}

wait_up() {
  local k=$1
  for _ in $(seq 1 180); do
    curl -sf "http://127.0.0.1:$(http_port "$k")/api/health" > /dev/null 2>&1 && return 0
    sleep 1
    # Alive while its start script or its JVM runs (under load the script takes a while to start the JVM).
    pgrep -f -- "-Djboss.server.base.dir=$(node_dir "$k") " > /dev/null \
      || { echo "node$k exited: see $(node_dir "$k")/console.log" >&2; return 1; }
  done
  echo "node$k not up after 180 s" >&2
  return 1
}

start_balancer() {
  local n=$1
  { sed -e "s|\${CONCORDAT_BALANCER_BIND}|127.0.0.1:$BALANCER_PORT|" \
        -e "s|\${CONCORDAT_UNAVAILABLE_JSON}|$PWD/wildfly-config/unavailable.json|" \
        -e "s|\${CONCORDAT_UNAVAILABLE_HTML}|$PWD/src/main/webapp/unavailable.html|" wildfly-config/haproxy.cfg
    for k in $(seq 1 "$n"); do
      echo "    server node$k 127.0.0.1:$(http_port "$k") check cookie node$k"
    done
  } > "$CLUSTER/haproxy.cfg"
  haproxy -f "$CLUSTER/haproxy.cfg" -D -p "$CLUSTER/haproxy.pid"
}

stop_node() {
  local k=$1 pid
  pid=$(java_pid "$k")
  [ -n "$pid" ] || return 0
  "$WILDFLY/bin/jboss-cli.sh" --connect --controller=127.0.0.1:$((9990 + 1000 * k)) --command=shutdown > /dev/null 2>&1 \
    || kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
}

nodes() { ls -d "$CLUSTER"/node* 2>/dev/null | sed 's/.*node//' | sort -n; }

case "${1:-}" in
  start)
    n=${2:-2}
    command -v haproxy > /dev/null || { echo "haproxy is not installed (apt-get install haproxy)" >&2; exit 1; }
    [ -f target/concordat.war ] || { echo "target/concordat.war missing: mvn -DskipTests package" >&2; exit 1; }
    db=${POSTGRESQL_URL##*/}
    psql -h 127.0.0.1 -U "$POSTGRESQL_USER" -tAc "select 1 from pg_database where datname = '$db'" | grep -q 1 \
      || psql -q -h 127.0.0.1 -U "$POSTGRESQL_USER" -c "CREATE DATABASE $db"
    # The first node alone first: it migrates the schema and seeds the first administrator under the cluster lock;
    # the others then start side by side.
    start_node 1
    wait_up 1
    for k in $(seq 2 "$n"); do start_node "$k"; done
    for k in $(seq 2 "$n"); do wait_up "$k"; done
    start_balancer "$n"
    echo "cluster of $n nodes up: http://127.0.0.1:$BALANCER_PORT (nodes on $(for k in $(seq 1 "$n"); do printf '%s ' "$(http_port "$k")"; done))"
    ;;
  stop)
    [ -f "$CLUSTER/haproxy.pid" ] && kill "$(cat "$CLUSTER/haproxy.pid")" 2>/dev/null || true
    rm -f "$CLUSTER/haproxy.pid"
    for k in $(nodes); do stop_node "$k"; done
    ;;
  kill)
    pid=$(java_pid "$2")
    [ -n "$pid" ] || { echo "node$2 is not running" >&2; exit 1; }
    kill -9 "$pid"
    while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
    ;;
  restart)
    start_node "$2"
    wait_up "$2"
    ;;
  status)
    for k in $(nodes); do
      health=$(curl -s -m 2 "http://127.0.0.1:$(http_port "$k")/api/health" || echo down)
      view=$("$WILDFLY/bin/jboss-cli.sh" --connect --controller=127.0.0.1:$((9990 + 1000 * k)) \
        --command='/subsystem=jgroups/channel=ee:read-attribute(name=view)' 2>/dev/null | grep -o '"result" => "[^"]*"' || true)
      echo "node$k $health ${view:-no cluster view}"
    done
    ;;
  *)
    sed -n 2,14p "$0"
    exit 2
    ;;
esac
