// Runs the tests under two time zones far apart (answers must not depend on the
// machine's zone), the first run with coverage and its 100% thresholds, and closes
// with one plain line, "tests: N passed, N failed", that any CI can read. Each run
// fails the whole if any test fails or coverage falls short.
// Usage: node scripts/run-vitest.mjs [vitest arguments...]
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// UTC-8/-7 with daylight saving, and UTC+14: a calendar day apart for most of the day.
// The second run leaves out what cannot depend on the time zone and is slow: the type
// tests (tsc) and the API site measured in chromium (a minute or more).
const RUNS = [
  { timeZone: "America/Los_Angeles", coverage: true, leaveOut: [] },
  {
    timeZone: "Pacific/Kiritimati",
    coverage: false,
    leaveOut: ["--typecheck.enabled=false", "--exclude=tests/docs/api-page-heights.test.ts"],
  },
];

let passed = 0;
let failed = 0;
let skipped = 0;
let ok = true;
for (const { timeZone, coverage, leaveOut } of RUNS) {
  console.log(`\n== vitest, TZ=${timeZone}${coverage ? ", with coverage" : ""}`);
  const report = join(mkdtempSync(join(tmpdir(), "coalition-vitest-")), "report.json");
  const run = spawnSync(
    "npx",
    [
      "vitest",
      "run",
      "--reporter=default",
      "--reporter=json",
      `--outputFile.json=${report}`,
      ...(coverage ? ["--coverage"] : []),
      ...leaveOut,
      ...process.argv.slice(2),
    ],
    { stdio: "inherit", env: { ...process.env, TZ: timeZone, COALITION_TEST_TZ: timeZone } },
  );
  ok &&= run.status === 0;
  try {
    const json = JSON.parse(readFileSync(report, "utf8"));
    passed += json.numPassedTests;
    failed += json.numFailedTests;
    skipped += json.numPendingTests + json.numTodoTests;
  } catch {
    // No report: vitest itself failed (a config or import error).
    failed += 1;
    ok = false;
  }
}
// A run can fail with every test passing (coverage below its thresholds): say so.
const why = !ok && failed === 0 ? "; coverage below its thresholds (see above)" : "";
console.log(`\ntests: ${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ""}${why}`);
process.exit(ok ? 0 : 1);
