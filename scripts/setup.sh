#!/usr/bin/env bash
# Installs the workspace from the committed lockfile. Safe to run any number of times.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
# better-sqlite3 (a dev dependency of @priv/retention-sql) compiles with node-gyp: point it at this
# Node's own headers so it never tries to download them.
export npm_config_nodedir="${npm_config_nodedir:-$(dirname "$(dirname "$(readlink -f "$(command -v node)")")")}"
bash scripts/pnpm.sh install --frozen-lockfile --prefer-offline --reporter=append-only </dev/null
