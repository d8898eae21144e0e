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
# Biome (pinned in package.json, biome.json): lint and format check (Markdown is left out: Biome's
# Markdown formatter rewrites changesets' front matter; generated phone metadata is left as generated).
bash scripts/pnpm.sh exec biome ci .
bash scripts/pnpm.sh exec turbo run build typecheck test lint --concurrency=2 --output-logs=new-only
# The API reference (typedoc, into .tmp/api, not committed).
bash scripts/api-docs.sh
# TSDoc of every public function: @param for each parameter, @returns, @throws where it throws, @example (a gate).
node scripts/doc-coverage.mjs
# Every README and TSDoc example of every published package compiled, run and its stated values
# asserted (a gate: exit 1 on any failure).
node scripts/check-examples.mjs
# Size budgets over the packed tarballs (scripts/size-budgets.json; table in README.md).
node scripts/size.mjs
# The packed packages in a fresh app, on the oldest and the newest zod of the peer range.
node scripts/smoke-consumer.mjs --zod 4.0.0
node scripts/smoke-consumer.mjs
# The demo's browser tests (installs Debian's chromium when missing; at most 10 minutes).
bash apps/demo/scripts/e2e.sh
# A real release against a local registry (Verdaccio on 127.0.0.1), run by a fresh consumer as ESM,
# CJS, a browser bundle in Chromium (installed by e2e.sh above) and @edge-runtime/vm (RELEASING.md).
node scripts/release-test.mjs --zod 4.0.0
echo "priv: all checks passed"
