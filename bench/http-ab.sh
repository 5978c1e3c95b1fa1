#!/bin/bash
# Per-request cost, one build against another in the same run (issue 25: "what did the new filters cost?").
# Each side is a built worktree (its own target/wildfly-39.0.1.Final, server configuration and concordat.war), on its
# own database; the rounds alternate A, B, A, B… so that a machine that slows down slows both. In each round a fresh
# server starts, is warmed up, then wrk measures:
#   - health:      GET /api/health — every filter and one `select 1`, no token;
#   - route check: POST /api/v1/route-checks with an API token and a JSON body (a recipient outside the partnership,
#                  so the answer is decided without agreements: the cost measured is the request's, not the lookup's).
# Not a test: never run by mvn verify. Needs wrk (Debian package), PostgreSQL on 127.0.0.1:5432 (postgres, trust).
#
#   bash bench/http-ab.sh <label>=<worktree> <label>=<worktree> [rounds] [seconds] [connections]
#   JFR=<label> records a Java Flight Recording of that side's last round into target/http-ab-<label>.jfr.
set -euo pipefail
cd "$(dirname "$0")/.."
SIDES=("$1" "$2")
ROUNDS=${3:-3}
SECONDS_PER_RUN=${4:-20}
CONNECTIONS=${5:-16}
TOKEN=cnc_httpab0123456789abcdef0123456789
TOKEN_HASH=$(printf '%s' "$TOKEN" | sha256sum | cut -d' ' -f1)
OUT=target/http-ab
mkdir -p "$OUT"
cat > "$OUT/route-check.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/json"
wrk.body = '{"notListed":true,"dataSubjects":["CHILD","PARENT_CARER"],"dataCategories":["IDENTIFIERS_CONTACT","SOCIAL_CARE"],"purpose":"CHILD_IN_NEED"}'
LUA

server_pid=
stop_server() {
  if [ -n "$server_pid" ]; then
    "$wildfly/bin/jboss-cli.sh" --connect --command=shutdown > /dev/null 2>&1 || kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
    server_pid=
  fi
}
trap stop_server EXIT

# wrk's requests a second and its p99 latency (ms) from its --latency output.
measure() { # label url [lua]
  local args=(-t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --latency)
  if [ -n "${3:-}" ]; then args+=(-H "Authorization: Bearer $TOKEN" -s "$3"); fi
  wrk "${args[@]}" "$2" > "$OUT/wrk.txt"
  if grep -q 'Non-2xx' "$OUT/wrk.txt"; then cat "$OUT/wrk.txt"; echo "non-2xx answers: stopping" >&2; exit 1; fi
  local rps p50 p99
  rps=$(awk '/Requests\/sec/ {print $2}' "$OUT/wrk.txt")
  p50=$(awk '$1=="50%" {print $2}' "$OUT/wrk.txt")
  p99=$(awk '$1=="99%" {print $2}' "$OUT/wrk.txt")
  echo "$1 $rps $p50 $p99"
}

for side in "${SIDES[@]}"; do
  label=${side%%=*}; tree=${side#*=}
  [ -f "$tree/target/concordat.war" ] || { echo "$tree/target/concordat.war missing: build it first" >&2; exit 1; }
  psql -q -h 127.0.0.1 -U postgres -c "DROP DATABASE IF EXISTS concordat_ab_$label WITH (FORCE)" -c "CREATE DATABASE concordat_ab_$label"
done

: > "$OUT/results.txt"
for round in $(seq 1 "$ROUNDS"); do
  for side in "${SIDES[@]}"; do
    label=${side%%=*}; tree=$(cd "${side#*=}" && pwd)
    wildfly=$tree/target/wildfly-39.0.1.Final
    sizing="-Xms1g -Xmx1g"
    if [ "${JFR:-}" = "$label" ] && [ "$round" = "$ROUNDS" ]; then
      sizing="$sizing -XX:StartFlightRecording=filename=$(pwd)/target/http-ab-$label.jfr,settings=profile,delay=40s,duration=$((SECONDS_PER_RUN * 2))s"
    fi
    rm -rf "$wildfly/standalone/deployments/"*.war* "$wildfly/standalone/data/content"
    JBOSS_JAVA_SIZING="$sizing" CONCORDAT_DATASOURCE=java:jboss/datasources/ConcordatPostgreSQL \
      POSTGRESQL_URL=jdbc:postgresql://127.0.0.1:5432/concordat_ab_$label POSTGRESQL_USER=postgres POSTGRESQL_PASSWORD=postgres \
      CONCORDAT_DEMO=false CONCORDAT_ADMIN_PASSWORD=Http-ab-bench-2026-pass CONCORDAT_API_RATE_LIMIT=100000 \
      "$wildfly/bin/standalone.sh" > "$OUT/server-$label.log" 2>&1 &
    server_pid=$!
    until "$wildfly/bin/jboss-cli.sh" --connect --command=':read-attribute(name=server-state)' 2>/dev/null | grep -q running; do sleep 1; done
    cp "$tree/target/concordat.war" "$wildfly/standalone/deployments/concordat.war"
    until curl -sf http://127.0.0.1:8080/api/health > /dev/null; do sleep 1; done
    # The first administrator holds the token, as a practitioner (the route check is theirs).
    psql -q -h 127.0.0.1 -U postgres -d "concordat_ab_$label" <<SQL
insert into app_user_role (user_id, role) select id, 'PRACTITIONER' from app_user where email = 'admin@concordat.local'
    on conflict do nothing;
insert into api_token (id, version, user_id, name, token_hash, token_prefix, created_at)
    select 900000, 0, id, 'http-ab', '$TOKEN_HASH', '${TOKEN:0:12}', now() from app_user where email = 'admin@concordat.local'
    on conflict do nothing;
SQL
    # Warm-up: both endpoints, as long as a measured run, then the measured runs.
    wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" http://127.0.0.1:8080/api/health > /dev/null
    wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" -H "Authorization: Bearer $TOKEN" -s "$OUT/route-check.lua" \
      http://127.0.0.1:8080/api/v1/route-checks > /dev/null
    echo "round $round $(measure "$label health" http://127.0.0.1:8080/api/health)" | tee -a "$OUT/results.txt"
    echo "round $round $(measure "$label route-check" http://127.0.0.1:8080/api/v1/route-checks "$OUT/route-check.lua")" | tee -a "$OUT/results.txt"
    stop_server
  done
done

echo "== requests a second (mean over rounds), p50 and p99 of the last round"
awk '{key=$3" "$4; n[key]++; s[key]+=$5; p50[key]=$6; p99[key]=$7} END {for (k in n) printf "%-28s %10.0f/s  p50 %s  p99 %s\n", k, s[k]/n[k], p50[k], p99[k]}' \
  "$OUT/results.txt" | sort
