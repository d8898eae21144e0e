#!/usr/bin/env bash
# `npm run demo`: installs what is needed, builds the packages, and runs the demo.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
bash scripts/setup.sh
bash scripts/pnpm.sh exec turbo run build --output-logs=errors-only
bash scripts/pnpm.sh --filter @priv/examples run summary
