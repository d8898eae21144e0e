#!/usr/bin/env bash
# `npm run demo`: installs what is needed, builds the packages and the demo app, and runs the demo.
# PORT (default 3000), HOST (default 127.0.0.1), DATABASE_URL (a real Postgres; default: embedded
# PGlite under apps/demo/.data) and PGLITE_DIR=memory:// (throw-away data) are passed through.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
bash scripts/setup.sh
bash scripts/pnpm.sh exec turbo run build --filter @priv/demo... --output-logs=errors-only
exec node apps/demo/dist/main.js
