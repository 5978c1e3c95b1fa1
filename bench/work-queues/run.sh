#!/bin/bash
# The work queues of the home page and GET /api/v1/me/work (issue 23) at the benchmark's scale: fills a PostgreSQL
# database with the route-check benchmark's partnership (500 organisations, 10,000 agreements, PartnershipGenerator),
# adds DPIAs, route checks not covered and sharing decisions, then prints EXPLAIN (ANALYZE, BUFFERS) of each queue's
# query for the busiest organisation and the median time of each (WorkQueuePlans). Figures go by hand to
# docs/benchmarks.md. Not a test: never run by mvn verify.
#
#   bash bench/work-queues/run.sh [repetitions per query, default 200]
#
# Needs PostgreSQL on 127.0.0.1:5432 (user postgres) and a built project (it builds if needed). Set KEEP_DB=1 to
# reuse a database an earlier run filled (the server is then not started again); MVN_LOCK=/path runs the build under
# flock on that file (machines where builds take turns), MVN_FLAGS=-o builds offline. SCHEMA_FROM=db copies a database
# Concordat has already migrated (an integration test's, say) instead of starting the server to make the schema.
set -euo pipefail
cd "$(dirname "$0")/../.."
REPETITIONS=${1:-200}
DB=${WORK_BENCH_DB:-concordat_work_bench}
URL=jdbc:postgresql://127.0.0.1:5432/$DB
WILDFLY=target/wildfly-39.0.1.Final
# Ports shifted so as not to meet a server the tests or another benchmark may be running (HTTP 8397, management 10307).
OFFSET=317
CLI=("$WILDFLY/bin/jboss-cli.sh" --connect --controller=127.0.0.1:$((9990 + OFFSET)))

echo "== build"
# The server (and so the packaged WAR) is needed only to make the schema.
PACKAGE=package
if [ -n "${SCHEMA_FROM:-}" ] || [ "${KEEP_DB:-0}" = 1 ]; then PACKAGE=; fi
${MVN_LOCK:+flock "$MVN_LOCK"} mvn -B -q ${MVN_FLAGS:-} -Pbench -DskipTests $PACKAGE test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
CLASSPATH_BENCH="target/classes:target/test-classes:$(cat target/bench.classpath)"

if [ "${KEEP_DB:-0}" != 1 ]; then
    echo "== fresh database $DB"
    psql -q -h 127.0.0.1 -U postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)"
fi
if [ "${KEEP_DB:-0}" != 1 ] && [ -n "${SCHEMA_FROM:-}" ]; then
    echo "== schema and templates copied from $SCHEMA_FROM"
    psql -q -h 127.0.0.1 -U postgres -c "CREATE DATABASE $DB TEMPLATE $SCHEMA_FROM"
elif [ "${KEEP_DB:-0}" != 1 ]; then
    psql -q -h 127.0.0.1 -U postgres -c "CREATE DATABASE $DB"
    echo "== start Concordat on it once (Flyway's schema, the templates, the first administrator)"
    export JBOSS_JAVA_SIZING=${JBOSS_JAVA_SIZING:-"-Xms512m -Xmx1g"}
    export CONCORDAT_DATASOURCE=java:jboss/datasources/ConcordatPostgreSQL POSTGRESQL_URL=$URL POSTGRESQL_USER=postgres \
           POSTGRESQL_PASSWORD=postgres CONCORDAT_DEMO=false CONCORDAT_ADMIN_PASSWORD=Work-queue-bench-2026-pass
    "$WILDFLY/bin/standalone.sh" -Djboss.socket.binding.port-offset=$OFFSET > target/work-bench-server.log 2>&1 &
    trap '"${CLI[@]}" --command=shutdown > /dev/null 2>&1 || true' EXIT
    until "${CLI[@]}" --command=':read-attribute(name=server-state)' 2>/dev/null | grep -q running; do sleep 1; done
    "${CLI[@]}" --command="deploy --force target/concordat.war" > /dev/null
    until curl -sf http://127.0.0.1:$((8080 + OFFSET))/api/health > /dev/null; do sleep 1; done
    "${CLI[@]}" --command=shutdown > /dev/null 2>&1 || true
    trap - EXIT
fi
if [ "${KEEP_DB:-0}" != 1 ]; then
    echo "== generate the partnership"
    java -cp "$CLASSPATH_BENCH" org.concordat.bench.PartnershipGenerator "$URL" postgres postgres target/work-bench-tokens.csv
fi
psql -q -h 127.0.0.1 -U postgres -d "$DB" -c "VACUUM ANALYZE"

echo "== plans and timings"
java -cp "$CLASSPATH_BENCH" org.concordat.bench.WorkQueuePlans "$URL" postgres postgres "$REPETITIONS"
