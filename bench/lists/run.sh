#!/bin/bash
# The first page of each long list (issue 23 part 2) at the benchmark's scale, timed over HTTP: fills a PostgreSQL
# database with the route-check benchmark's partnership (500 organisations, 10,000 agreements, PartnershipGenerator, plus
# the DPIAs, checks and decisions WorkQueuePlans adds) — or reuses the one bench/work-queues/run.sh filled — starts
# Concordat on it, and times each list's first page, in the browser's form (signed in, the whole page) and the API's,
# as the busiest organisation's IG lead (ListTimings). Figures go by hand to docs/benchmarks.md. Not a test.
#
#   bash bench/lists/run.sh [rounds, default 300]
#
# BASELINE_WAR=/path/to/concordat.war first deploys that (older) build on the same database and times the lists it
# also has, then this build: the two sets of figures side by side in one run.
#
# Needs PostgreSQL on 127.0.0.1:5432 (user postgres). KEEP_DB=1 reuses the database bench/work-queues/run.sh filled
# (concordat_work_bench); MVN_LOCK=/path runs the build under flock on that file, MVN_FLAGS=-o builds offline.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROUNDS=${1:-300}
DB=${WORK_BENCH_DB:-concordat_work_bench}
URL=jdbc:postgresql://127.0.0.1:5432/$DB
WILDFLY=target/wildfly-39.0.1.Final
OFFSET=327
CLI=("$WILDFLY/bin/jboss-cli.sh" --connect --controller=127.0.0.1:$((9990 + OFFSET)))
BASE=http://127.0.0.1:$((8080 + OFFSET))/
ADMIN_PASSWORD=Work-queue-bench-2026-pass

if [ "${KEEP_DB:-0}" != 1 ]; then
    echo "== fill the partnership (bench/work-queues/run.sh)"
    bash bench/work-queues/run.sh 1
fi

echo "== build"
${MVN_LOCK:+flock "$MVN_LOCK"} mvn -B -q ${MVN_FLAGS:-} -Pbench -DskipTests package test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
CLASSPATH_BENCH="target/classes:target/test-classes:$(cat target/bench.classpath)"

echo "== start Concordat on $DB"
export JBOSS_JAVA_SIZING=${JBOSS_JAVA_SIZING:-"-Xms1g -Xmx2g"}
export CONCORDAT_DATASOURCE=java:jboss/datasources/ConcordatPostgreSQL POSTGRESQL_URL=$URL POSTGRESQL_USER=postgres \
       POSTGRESQL_PASSWORD=postgres CONCORDAT_DEMO=false CONCORDAT_ADMIN_PASSWORD=$ADMIN_PASSWORD \
       CONCORDAT_API_RATE_LIMIT=1000000
"$WILDFLY/bin/standalone.sh" -Djboss.socket.binding.port-offset=$OFFSET > target/list-bench-server.log 2>&1 &
trap '"${CLI[@]}" --command=shutdown > /dev/null 2>&1 || true' EXIT
until "${CLI[@]}" --command=':read-attribute(name=server-state)' 2>/dev/null | grep -q running; do sleep 1; done
deploy() {
    cp "$1" target/list-bench/concordat.war
    "${CLI[@]}" --command="deploy --force target/list-bench/concordat.war" > /dev/null
    until curl -sf "${BASE}api/health" > /dev/null; do sleep 1; done
    psql -q -h 127.0.0.1 -U postgres -d "$DB" -c "VACUUM ANALYZE"
}
mkdir -p target/list-bench
if [ -n "${BASELINE_WAR:-}" ]; then
    echo "== baseline: $BASELINE_WAR"
    deploy "$BASELINE_WAR"
    java -cp "$CLASSPATH_BENCH" org.concordat.bench.ListTimings "$BASE" "$URL" postgres postgres admin@concordat.local \
        "$ADMIN_PASSWORD" "$ROUNDS" baseline
fi
echo "== this build"
deploy target/concordat.war
java -cp "$CLASSPATH_BENCH" org.concordat.bench.ListTimings "$BASE" "$URL" postgres postgres admin@concordat.local \
    "$ADMIN_PASSWORD" "$ROUNDS"
