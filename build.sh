#!/usr/bin/env bash
# Builds ModelDoc and its example application, then shows where the example's documents are.
set -euo pipefail
cd "$(dirname "$0")"
mvn -B -q package -DskipTests
out=example/target/classes/modeldoc
echo
echo "ModelDoc documented the example application. Its outputs are in $out/:"
ls -1 "$out" | sed 's/^/  /'
echo "Start with $out/index.md"
