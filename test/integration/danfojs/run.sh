#!/usr/bin/env bash
# danfojs-node integration: installs real danfojs-node from this folder's lockfile (with the two overrides
# that make it installable on a registry-only network, see package.json) and runs interop.test.mjs against
# the BUILT library (dist/io), i.e. what we publish. Run `npm run build` at the repository root first
# (.ci/run does). Exit status is non-zero when the install or a test fails.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
cd "$here"
export npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false

if [ ! -f "$root/dist/io/index.js" ]; then
  echo "danfojs-integration: $root/dist/io/index.js is missing; run 'npm run build' at the repository root first" >&2
  exit 1
fi

t0=$(date +%s%N)
npm ci --no-fund --no-audit
t1=$(date +%s%N)
size=$(du -sh node_modules | cut -f1)
packages=$(node -e "console.log(Object.keys(require('./node_modules/.package-lock.json').packages).length)")
echo "danfojs-integration: npm ci took $(( (t1 - t0) / 1000000 )) ms; node_modules is ${size}, ${packages} packages"

node --test --test-reporter=spec interop.test.mjs
t2=$(date +%s%N)
echo "danfojs-integration: tests took $(( (t2 - t1) / 1000000 )) ms; total $(( (t2 - t0) / 1000000 )) ms"
