#!/usr/bin/env bash
# The whole test suite: type-check, build, package checks, the consumer of the packed
# tarball, then the tests. It ends with the test runner's summary line.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$1"; }

step "type-check (src, tests, bench, scripts)"
npx tsc --noEmit -p .

step "import graph: no cycles (dpdm), every import within its layer (docs/architecture.md)"
node scripts/check-imports.mjs

step "lint: functions of at most 80 lines, complexity at most 20 (ESLint)"
node scripts/lint.mjs

step "JSON Schema is up to date"
npx tsx scripts/generate-json-schema.ts --check

# From an empty dist/: tsup leaves the chunks of earlier builds beside the new ones, and
# `npm pack` would ship them.
step "build"
rm -rf dist
npx tsup --silent

step "bundle budgets (esbuild, minified, gzip; zod left out, date-fns counted in)"
node scripts/check-bundle-size.mjs

step "publint"
npx publint --strict

# `npm pack` runs the `prepare` script, which would build dist/ again for each pack;
# it was built just above, so the two packing steps skip scripts.
step "attw --pack"
npm_config_ignore_scripts=true npx attw --pack . --format table-flipped

step "consumer of the packed tarball (ESM + CJS, node16 + bundler)"
npm_config_ignore_scripts=true bash scripts/check-consumer.sh

step "docs: TypeDoc site and guides, zero warnings"
npx typedoc

step "tests"
exec node scripts/run-vitest.mjs
