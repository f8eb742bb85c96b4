#!/usr/bin/env bash
# Installs the packed tarball into a throwaway consumer project and checks it as users
# receive it: type-checks under node16 and bundler resolution (skipLibCheck off), and
# imports it at run time as ESM and as CJS, and runs its `coalition` bin. Then the type
# budgets: inferred values declare in a few lines that name their types; the zod-free
# entries type-check and run without zod installed; the size of the package's .d.ts files.
# Last, the release as a user installs it: no warning from npm, and the bin prints the version.
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
# The oldest TypeScript the package supports (README, "Stability"): zod 4's own minimum.
# Installed here, in the consumer, and not as a devDependency of the project: two
# packages that both provide `tsc` would fight over node_modules/.bin/tsc.
TYPESCRIPT_MIN=5.5.4
npm install --silent --no-audit --no-fund --prefer-offline --prefix "$work/typescript-min" "typescript@$TYPESCRIPT_MIN" >/dev/null 2>&1 \
  || npm install --no-audit --no-fund --prefer-offline --prefix "$work/typescript-min" "typescript@$TYPESCRIPT_MIN"
tsc_min="$work/typescript-min/node_modules/.bin/tsc"
for config in tsconfig.node16.json tsconfig.bundler.json; do
  "$tsc" -p "$config"
  echo "types ok: $config (TypeScript $("$tsc" -v | cut -d' ' -f2))"
  "$tsc_min" -p "$config"
  echo "types ok: $config (TypeScript $("$tsc_min" -v | cut -d' ' -f2), the minimum)"
done
node esm.mjs
node cjs.cjs

# What a consumer's own declaration file says of values typed by inference: a line or
# so per value, naming `Dataset`, `Commitment`… (an annotated value would name its type
# anyway, so only inferred ones prove anything).
"$tsc" -p tsconfig.declarations.json
node declaration-budget.mjs

# The declaration files the package ships, .d.ts (ESM) and .d.cts (CJS), and their size.
sizes=""
for ext in d.ts d.cts; do
  files="$(find node_modules/coalition/dist -name "*.$ext")"
  sizes="$sizes, .$ext $(wc -l <<<"$files") files $(( $(cat $files | wc -c) / 1024 )) KB"
done
echo "declaration files of the package:${sizes#,}"

# The `coalition` bin as npm links it from the tarball: the seed report, and a broken
# dataset that must exit 1 with each of its problems on its own line.
bin="./node_modules/.bin/coalition"
report="$("$bin" report)"
grep -q '^COALITION: Coalition of the willing' <<<"$report" \
  || { echo "bin: the seed report is missing its coalition section" >&2; exit 1; }
printf '%s' '{ "id": "x", "title": "", "states": [{ "id": "GB" }, { "id": "GB" }] }' > broken.json
set +e
problems="$("$bin" validate broken.json)"
status=$?
set -e
if [ "$status" -ne 1 ] \
  || ! grep -q '^broken.json: 2 problems$' <<<"$problems" \
  || ! grep -q 'states\[1\]: .*(duplicate_id)' <<<"$problems" \
  || ! grep -q 'title: .*(too_short)' <<<"$problems"; then
  printf 'bin: validate of a broken dataset exited %s with:\n%s\n' "$status" "$problems" >&2
  exit 1
fi
echo "bin ok: coalition report, coalition validate (exit 1, every problem listed)"

# The zod-free entries without zod: npm leaves the peer out (--omit=peer); their
# declarations must type-check alone (skipLibCheck off) with real types, and they must run.
mkdir "$work/no-zod"
cp -r "$root/tests/consumer/no-zod/." "$work/no-zod"
cd "$work/no-zod"
npm install --silent --no-audit --no-fund --prefer-offline --omit=peer "$work/$tarball" >/dev/null 2>&1 \
  || npm install --no-audit --no-fund --prefer-offline --omit=peer "$work/$tarball"
if [ -e node_modules/zod ]; then
  echo "no-zod check: npm installed zod anyway" >&2
  exit 1
fi
"$tsc" -p tsconfig.json
"$tsc_min" -p tsconfig.json
node run.mjs
echo "types ok without zod: coalition, coalition/scenario, coalition/report (ESM and CJS)"

# The release as a user installs it: the tarball into an empty folder, with npm's own
# output kept. npm must print no warning (a script run on install, a deprecated or
# missing field), and `npx coalition --version` must print the version being released.
mkdir "$work/fresh-install"
cd "$work/fresh-install"
npm init -y >/dev/null
install_log="$(npm install --no-audit --no-fund --prefer-offline "$work/$tarball" 2>&1)"
if grep -qi 'warn' <<<"$install_log"; then
  printf 'release: npm warned while installing the tarball:\n%s\n' "$install_log" >&2
  exit 1
fi
expected_version="$(node -p "require('$root/package.json').version")"
printed_version="$(npx --no-install coalition --version 2>&1)"
if [ "$printed_version" != "$expected_version" ]; then
  printf 'release: npx coalition --version printed %s, not %s\n' "$printed_version" "$expected_version" >&2
  exit 1
fi
echo "release ok: installed into an empty folder without a warning; npx coalition --version prints $printed_version"
