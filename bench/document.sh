#!/bin/bash
# Document benchmark (issue 6): Concordat renders the agreement of 100 flows to PDF/A and signs it twice (JMH,
# in-process, warm), side by side in the same run with LibreOffice headless converting the same agreement, as a DOCX,
# to PDF (what IG leads do today). Figures go to docs/benchmarks.md. Not a test: never run by mvn verify.
#
#   bash bench/document.sh [libreoffice-fresh-process-runs] [libreoffice-new-profile-runs]
#
# Installs what it needs from Debian when missing: LibreOffice Writer (no GUI), poppler-utils (pdfinfo, pdfsig),
# NSS tools (certutil, for pdfsig's trust store) and GNU time (LibreOffice's peak memory).
set -euo pipefail
cd "$(dirname "$0")/.."
FRESH_RUNS=${1:-10}
NEW_PROFILE_RUNS=${2:-3}

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
missing=()
for pkg in libreoffice-writer-nogui poppler-utils libnss3-tools time; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "== installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  as_root apt-get install -y -qq "${missing[@]}" || { as_root apt-get update -qq && as_root apt-get install -y -qq "${missing[@]}"; }
fi

echo "== build"
mvn -B -q -Pbench test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
CLASSPATH_BENCH="target/classes:target/test-classes:$(cat target/bench.classpath)"

echo "== benchmark (Concordat with JMH, then LibreOffice)"
java -cp "$CLASSPATH_BENCH" org.concordat.bench.DocumentBenchmarks docs/benchmarks.md "$FRESH_RUNS" "$NEW_PROFILE_RUNS"
