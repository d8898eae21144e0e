#!/usr/bin/env bash
# `npm test`: the one command that runs every check, from a fresh clone, with no other step:
# install, build, typecheck, unit and property tests, publint + arethetypeswrong, size budgets, the
# consumer smoke test of the packed tarballs (oldest and newest zod), and the demo's browser tests.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
export CI="${CI:-1}"
bash scripts/setup.sh
# A throwaway PostgreSQL 15 server on loopback for @priv/retention-sql's differential tests (installs
# Debian's postgresql-15 when missing); stopped and removed when this script exits.
eval "$(bash scripts/postgres.sh start)"
trap 'bash scripts/postgres.sh stop || true' EXIT
export PRIV_PG_URL
bash scripts/pnpm.sh exec turbo run build typecheck test lint --concurrency=2 --output-logs=new-only
# Size budgets over the packed tarballs (scripts/size-budgets.json; table in README.md).
node scripts/size.mjs
# The packed packages in a fresh app, on the oldest and the newest zod of the peer range.
node scripts/smoke-consumer.mjs --zod 4.0.0
node scripts/smoke-consumer.mjs
# The demo's browser tests (installs Debian's chromium when missing; at most 10 minutes).
bash apps/demo/scripts/e2e.sh
echo "priv: all checks passed"
