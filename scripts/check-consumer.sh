#!/usr/bin/env bash
# Installs the packed tarball into a throwaway consumer project and checks it as users
# receive it: type-checks under node16 and bundler resolution (skipLibCheck off), and
# imports it at run time as ESM and as CJS.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

tarball="$(cd "$root" && npm pack --silent --pack-destination "$work" 2>/dev/null | tail -n 1)"
cp -r "$root/tests/consumer/." "$work/app"
cd "$work/app"
zod_version="$(node -p "require('$root/node_modules/zod/package.json').version")"
npm install --silent --no-audit --no-fund --prefer-offline "$work/$tarball" "zod@$zod_version" >/dev/null 2>&1 \
  || npm install --no-audit --no-fund --prefer-offline "$work/$tarball" "zod@$zod_version"

tsc="$root/node_modules/.bin/tsc"
for config in tsconfig.node16.json tsconfig.bundler.json; do
  "$tsc" -p "$config"
  echo "types ok: $config"
done
node esm.mjs
node cjs.cjs
