#!/bin/bash
# Render + sign of the agreement of 100 flows, the code of another commit (default: main) against the working tree's,
# in ONE run: both builds loaded side by side in one JVM and timed in alternating blocks (DocumentBeforeAfter).
# Not a test: never run by mvn verify. On the shared build machine, run it under the build lock.
#
#   bash bench/document-before-after.sh [before-commit] [rounds of 10 calls each side]
set -euo pipefail
cd "$(dirname "$0")/.."
BEFORE=${1:-main}
ROUNDS=${2:-60}
OFFLINE=${MAVEN_OFFLINE:--o}

echo "== build $BEFORE (target/before) and the working tree"
rm -rf target/before && mkdir -p target/before
git archive "$BEFORE" | tar -x -C target/before
(cd target/before && mvn -B $OFFLINE -q test-compile)
mvn -B $OFFLINE -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
mkdir -p target/before-after
javac -d target/before-after src/bench/java/org/concordat/bench/DocumentBeforeAfter.java

echo "== measure ($(nproc) cores, $(java -version 2>&1 | head -1))"
java -Xms64m -Xmx512m -Drounds="$ROUNDS" -cp target/before-after org.concordat.bench.DocumentBeforeAfter \
  "$(cat target/bench.classpath)" \
  before=target/before/target/classes,target/before/target/test-classes \
  after=target/classes,target/test-classes
