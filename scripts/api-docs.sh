#!/usr/bin/env bash
# Builds the API reference of every published package with typedoc into .tmp/api (not committed;
# .tmp/ is ignored). Run after `turbo run build` (packages resolve each other through dist types).
# Fails if typedoc reports an error; warnings (e.g. unresolved {@link}s) are printed.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
rm -rf .tmp/api
bash scripts/pnpm.sh exec typedoc --options typedoc.json --logLevel Warn
test -f .tmp/api/index.html
echo "api-docs: $(find .tmp/api -name '*.html' | wc -l) pages in .tmp/api"
