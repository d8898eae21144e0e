#!/usr/bin/env bash
# Installs the workspace from the committed lockfile. Safe to run any number of times.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
bash scripts/pnpm.sh install --frozen-lockfile --prefer-offline --reporter=append-only </dev/null
