#!/usr/bin/env bash
# Builds ModelDoc and its example application, installs ModelDoc's jars into the local Maven repository (where the
# README's Quick start finds them), then shows where the example's documents are. Arguments go to Maven, e.g.
# ./build.sh -Dmaven.repo.local=/tmp/repo to install elsewhere.
set -euo pipefail
cd "$(dirname "$0")"
mvn -B -q install -DskipTests "$@"
out=example/target/classes/modeldoc
echo
echo "ModelDoc is installed in your local Maven repository, ready for the Quick start in README.md."
echo "It documented the example application. Its outputs are in $out/:"
ls -1 "$out" | sed 's/^/  /'
echo "Start with $out/index.md"
