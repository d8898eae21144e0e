#!/usr/bin/env bash
# Browser tests of the demo: Debian's chromium (installed with apt-get when missing; we run as root in
# CI, with no stdin) driven by playwright-core, against the built server with a throw-away database.
# Screenshots: apps/demo/test-output/screenshots/. Hard limit: 10 minutes, then everything is killed.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
root="$(cd "$here/../.." && pwd)"
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$chromium" ]; then
  echo "priv demo e2e: $chromium is missing; installing Debian's chromium" >&2
  if [ "$(id -u)" = "0" ]; then sudo=""; else sudo="sudo -n"; fi
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq </dev/null
  $sudo apt-get install -y -qq --no-install-recommends chromium </dev/null >/dev/null
  if [ ! -x "$chromium" ]; then
    echo "priv demo e2e: installed Debian's chromium, but $chromium is still missing (CHROMIUM_PATH?)" >&2
    exit 1
  fi
fi
cd "$root"
bash scripts/pnpm.sh exec turbo run build --filter @priv/demo... --output-logs=errors-only
cd "$here"
export CHROMIUM_PATH="$chromium"
exec timeout --kill-after=15 600 "$root/node_modules/.bin/vitest" run -c vitest.e2e.config.ts </dev/null
