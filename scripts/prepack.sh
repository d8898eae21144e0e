#!/usr/bin/env bash
# `prepack` of every published package: builds it (and what it depends on) before npm or pnpm packs
# it, so `changeset publish` from a fresh checkout never publishes a tarball without dist/. turbo
# replays cached builds, so this costs little after `turbo run build`. Run from the package folder.
set -euo pipefail
name="$(node -p "require('./package.json').name")"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# `changeset publish` packs the packages in parallel, and each prepack builds what its package depends
# on: two builds of one dependency at once (tsup cleans dist/ first) made another package's pack fail
# with ENOENT. One build at a time; later ones replay turbo's cache.
lock="$here/../.prepack.lock"
if command -v flock >/dev/null 2>&1; then
  exec 9>"$lock"
  flock 9
fi
bash "$here/pnpm.sh" exec turbo run build --filter="$name" --output-logs=errors-only >&2
test -f dist/index.js && test -f dist/index.cjs && test -f dist/index.d.ts && test -f dist/index.d.cts || {
  echo "$name: prepack: the build left no dist/index.{js,cjs,d.ts,d.cts}" >&2
  exit 1
}
