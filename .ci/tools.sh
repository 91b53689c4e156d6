#!/usr/bin/env bash
# Installs the tooling the 'databases' test profile needs beyond the database servers: Debian's
# Chromium and the pinned mermaid and playwright-core packages of tools/mermaid-check, which
# MermaidDiagramsTest uses to render the example's diagrams. Safe to run when they are there.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v node >/dev/null || missing+=(nodejs)
command -v npm >/dev/null || missing+=(npm)
if [ ${#missing[@]} -gt 0 ]; then
  apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# npm ci installs exactly the lock file's versions; playwright-core downloads no browser.
(cd tools/mermaid-check && npm ci --no-audit --no-fund --loglevel=error)
echo "ModelDoc CI: Chromium $(/usr/bin/chromium --version 2>/dev/null | awk '{print $2}') and mermaid-check are ready"
