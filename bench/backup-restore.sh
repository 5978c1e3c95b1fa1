#!/bin/bash
# Backup and restore (issue 21), figures to docs/reliability.md: a one-node installation is used (agreements approved
# and signed, decisions recorded) and backed up with pg_dump while a practitioner keeps recording decisions; the
# backup is restored into an empty database and a new installation started on it; then every row committed before the
# backup began is looked up, every signed PDF compared byte for byte and verified, and a new agreement signed.
# Runs org.concordat.bench.BackupRestore. Not a test: never run by mvn verify. Needs haproxy and PostgreSQL on
# 127.0.0.1:5432 (client tools pg_dump, pg_restore, createdb); about 5 minutes.
#
#   bash bench/backup-restore.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
PG="-h 127.0.0.1 -U postgres"
DUMP=target/backup/concordat.dump

bench_build

echo "== a fresh installation"
rm -rf target/backup && mkdir -p target/backup
psql -q $PG -c "DROP DATABASE IF EXISTS concordat_restored WITH (FORCE)"
fresh_cluster 1

echo "== used, backed up while in use, restored, started again"
java -cp "$CLASSPATH_BENCH" org.concordat.bench.BackupRestore "http://127.0.0.1:${CONCORDAT_BALANCER_PORT:-8000}" \
    "${CONCORDAT_ADMIN_EMAIL:-admin@concordat.local}" "$CONCORDAT_ADMIN_PASSWORD" \
    "jdbc:postgresql://127.0.0.1:5432/concordat_cluster" "jdbc:postgresql://127.0.0.1:5432/concordat_restored" \
    "pg_dump $PG --format=custom --file=$DUMP concordat_cluster" \
    "createdb $PG concordat_restored && pg_restore $PG --exit-on-error --dbname=concordat_restored $DUMP" \
    "bash bench/cluster.sh stop && rm -rf target/cluster && POSTGRESQL_URL=jdbc:postgresql://127.0.0.1:5432/concordat_restored bash bench/cluster.sh start 1" \
    docs/reliability.md
