// Runs vitest (the run fails if any test fails), then closes with one plain line,
// "tests: N passed, N failed", that any CI can read.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const report = join(mkdtempSync(join(tmpdir(), "coalition-vitest-")), "report.json");
const run = spawnSync(
  "npx",
  ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`, ...process.argv.slice(2)],
  { stdio: "inherit" },
);
let summary;
try {
  const json = JSON.parse(readFileSync(report, "utf8"));
  summary = `tests: ${json.numPassedTests} passed, ${json.numFailedTests} failed`;
  if (json.numPendingTests + json.numTodoTests > 0) summary += `, ${json.numPendingTests + json.numTodoTests} skipped`;
} catch {
  summary = "tests: 0 passed, 1 failed";
}
console.log(`\n${summary}`);
process.exit(run.status === 0 ? 0 : 1);
