#!/usr/bin/env bash
# Starts (or stops) the Keycloak the single sign-on tests sign in against: once per test run, in Maven's
# pre-integration-test phase, in the background so that it boots while the first tests run (the SSO tests wait
# for its realm). Usage: keycloak.sh start|stop <keycloak home> <port> <realm files...>
set -euo pipefail
action=$1 home=$2 port=$3
shift 3
pidfile="$home/keycloak.pid"
case "$action" in
  start)
    if [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then
      kill -- "-$(cat "$pidfile")" 2>/dev/null || true
      sleep 2
    fi
    chmod +x "$home/bin/kc.sh"
    # A fresh realm every run: the test database of the previous run is dropped, the files are imported anew.
    rm -rf "$home/data/h2" "$home/data/import"
    mkdir -p "$home/data/import"
    cp "$@" "$home/data/import/"
    KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=it-keycloak-admin \
      setsid "$home/bin/kc.sh" start-dev --http-port="$port" --http-management-port=$((port + 1)) --import-realm \
      < /dev/null > "$home/keycloak.log" 2>&1 &
    echo $! > "$pidfile"
    echo "Keycloak starting on port $port (log: $home/keycloak.log)"
    ;;
  stop)
    if [ -f "$pidfile" ]; then
      kill -- "-$(cat "$pidfile")" 2>/dev/null || true
      rm -f "$pidfile"
    fi
    ;;
esac
