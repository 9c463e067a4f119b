#!/usr/bin/env bash
# Runs the Relata / pinia-orm comparison end to end, from any directory:
#
#   compare/pinia-orm/run.sh [extra Maven options, such as -o]
#
# 1. builds the example module and what it needs (mvn -q -B -pl examples -am package -DskipTests);
# 2. runs dev.relata.examples.pinia.PiniaComparison: the datasets and Relata's results;
# 3. installs the pinned pinia-orm, pinia and vue (npm ci, from package-lock.json);
# 4. runs compare.mjs: pinia-orm's results on the same datasets, and the comparison table.
#
# Writes out/dataset.json, out/relata-results.json and out/pinia-results.json beside this script.
# Exits non-zero if a step fails or if a query differs other than as compare.mjs expects.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$here/out"

echo "java: $(java -version 2>&1 | head -n 1)"
echo "node: $(node --version), npm: $(npm --version 2>/dev/null)"
echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"

cd "$root"
mvn -q -B "$@" -pl examples -am package -DskipTests
mkdir -p "$out"
java -cp "$root/examples/target/classes:$root/runtime/target/classes" \
  dev.relata.examples.pinia.PiniaComparison "$out/dataset.json" "$out/relata-results.json"

cd "$here"
npm ci --no-audit --no-fund --loglevel=error
node compare.mjs "$out/dataset.json" "$out/relata-results.json" "$out/pinia-results.json"
