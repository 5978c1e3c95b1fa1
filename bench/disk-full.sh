#!/bin/bash
# The disk under the database filling up under load (issue 21), figures to docs/reliability.md: on a fresh two-node
# cluster the sharing-decision log is moved onto a tablespace on a small filesystem of its own (a tmpfs of
# DISK_FULL_SIZE, 4 MiB by default); decisions and route checks run through the balancer until the filesystem is full,
# the disk is held full, then grown (as an operator would give it room); every decision is reconciled with the log and
# the audit trail. Runs org.concordat.bench.DiskFull. Not a test: never run by mvn verify. Needs root (to mount the
# filesystem), haproxy and PostgreSQL on 127.0.0.1:5432; about 6 minutes.
#
#   bash bench/disk-full.sh [seconds-full]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
SECONDS_FULL=${1:-20}
SIZE=${DISK_FULL_SIZE:-4m}
SMALL=/tmp/concordat-small-disk
TABLESPACE=concordat_small_disk
[ "$(id -u)" = 0 ] || { echo "root is needed to mount the small filesystem" >&2; exit 1; }

bench_build

# The tablespace can only go once the database on it has: the trap drops both, then unmounts.
drop_small_disk() {
  psql -q -h 127.0.0.1 -U postgres -c "DROP DATABASE IF EXISTS concordat_cluster WITH (FORCE)" > /dev/null 2>&1 || true
  psql -q -h 127.0.0.1 -U postgres -c "DROP TABLESPACE IF EXISTS $TABLESPACE" > /dev/null 2>&1 || true
  mountpoint -q "$SMALL" && umount "$SMALL" || true
}

echo "== a fresh two-node cluster, and a small disk beside it"
fresh_cluster 2 drop_small_disk
# What a run cut short left (its database is gone with fresh_cluster): an empty tablespace, a mounted filesystem.
psql -q -h 127.0.0.1 -U postgres -c "DROP TABLESPACE IF EXISTS $TABLESPACE"
mountpoint -q "$SMALL" && umount "$SMALL"
mkdir -p "$SMALL"
mount -t tmpfs -o "size=$SIZE,mode=0700" tmpfs "$SMALL"
chown postgres:postgres "$SMALL"
psql -q -h 127.0.0.1 -U postgres -c "CREATE TABLESPACE $TABLESPACE LOCATION '$SMALL'"

echo "== the disk fills under load"
java -cp "$CLASSPATH_BENCH" org.concordat.bench.DiskFull "http://127.0.0.1:${CONCORDAT_BALANCER_PORT:-8000}" \
    "${CONCORDAT_ADMIN_EMAIL:-admin@concordat.local}" "$CONCORDAT_ADMIN_PASSWORD" \
    "jdbc:postgresql://127.0.0.1:5432/concordat_cluster" "$TABLESPACE" "mount -o remount,size=64m $SMALL" \
    docs/reliability.md "$SECONDS_FULL"
