#!/usr/bin/env bash
# Runs the pinned pnpm, installing it into .tools/ with npm on first use.
# corepack is not relied on (it is missing or broken on some machines), and nothing global is touched.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
version="$(node -p "require('$root/package.json').packageManager.split('@')[1]")"
bin="$root/.tools/node_modules/.bin/pnpm"
if [ ! -x "$bin" ] || [ "$("$bin" --version 2>/dev/null)" != "$version" ]; then
  echo "priv: installing pnpm@$version into .tools/ (first run only)" >&2
  mkdir -p "$root/.tools"
  npm install --prefix "$root/.tools" --no-save --no-audit --no-fund --loglevel=error "pnpm@$version" >&2
fi
export PATH="$root/.tools/node_modules/.bin:$PATH"
export TURBO_TELEMETRY_DISABLED=1 DO_NOT_TRACK=1 NEXT_TELEMETRY_DISABLED=1
exec "$bin" "$@"
