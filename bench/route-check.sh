#!/bin/bash
# Route-check benchmark (issue 7): fills a PostgreSQL database with a large partnership, starts Concordat on it,
# and runs route checks over HTTP from a second JVM, side by side with the same lookups as plain SQL.
# Figures go to docs/benchmarks.md. Not a test: never run by mvn verify.
#
#   bash bench/route-check.sh [seconds-per-phase] [client-threads, comma-separated: one HTTP and one SQL phase each]
#
# Needs PostgreSQL on 127.0.0.1:5432 (user postgres, trust auth) and a built project (it builds if needed).
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_PHASE=${1:-30}
THREADS=${2:-4,8,16}
DB=concordat_bench
URL=jdbc:postgresql://127.0.0.1:5432/$DB
WILDFLY=target/wildfly-39.0.1.Final

echo "== build"
mvn -B -q -Pbench -DskipTests package test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
CLASSPATH_BENCH="target/classes:target/test-classes:$(cat target/bench.classpath)"

echo "== fresh database $DB"
psql -q -h 127.0.0.1 -U postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"

echo "== start Concordat on it (schema, templates, first administrator)"
# A server sized as in production rather than WildFly's 512 MB default (override with JBOSS_JAVA_SIZING).
export JBOSS_JAVA_SIZING=${JBOSS_JAVA_SIZING:-"-Xms1g -Xmx1g"}
export CONCORDAT_DATASOURCE=java:jboss/datasources/ConcordatPostgreSQL POSTGRESQL_URL=$URL POSTGRESQL_USER=postgres \
       POSTGRESQL_PASSWORD=postgres CONCORDAT_DEMO=false CONCORDAT_ADMIN_PASSWORD=Route-check-bench-2026-pass
"$WILDFLY/bin/standalone.sh" > target/bench-server.log 2>&1 &
trap '"$WILDFLY/bin/jboss-cli.sh" --connect --command=shutdown > /dev/null 2>&1 || true' EXIT
until curl -sf http://127.0.0.1:9990/health/ready > /dev/null 2>&1 || "$WILDFLY/bin/jboss-cli.sh" --connect --command=':read-attribute(name=server-state)' 2>/dev/null | grep -q running; do sleep 1; done
"$WILDFLY/bin/jboss-cli.sh" --connect --command="deploy --force target/concordat.war" > /dev/null
until curl -sf http://127.0.0.1:8080/api/health > /dev/null; do sleep 1; done

echo "== generate the partnership"
java -cp "$CLASSPATH_BENCH" org.concordat.bench.PartnershipGenerator "$URL" postgres postgres target/bench-tokens.csv
psql -q -h 127.0.0.1 -U postgres -d $DB -c "VACUUM ANALYZE"

echo "== benchmark"
java -cp "$CLASSPATH_BENCH" org.concordat.bench.RouteCheckBenchmark http://127.0.0.1:8080 "$URL" postgres postgres \
    target/bench-tokens.csv docs/benchmarks.md "$SECONDS_PER_PHASE" "$THREADS"
