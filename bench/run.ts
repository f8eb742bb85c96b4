// Runs every benchmark suite, prints a table, and writes bench/results.json.
// Usage: npm run bench [-- --sizes 10000,100000] [--only aggregate,scenario]
// With --only, the rows of the other suites are kept from the last results file.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { BenchResult, BenchSuite } from "./result.js";

const here = dirname(fileURLToPath(import.meta.url));
const sizesFlag = process.argv.indexOf("--sizes");
const sizes =
  sizesFlag >= 0 ? (process.argv[sizesFlag + 1] ?? "").split(",").map(Number) : [10_000, 100_000, 1_000_000];

const onlyFlag = process.argv.indexOf("--only");
const only = onlyFlag >= 0 ? (process.argv[onlyFlag + 1] ?? "").split(",") : undefined;

// Each suite is its own module, named by its file.
const suiteNames = ["aggregate", "scenario", "parse", "adversarial", "interchange", "explorer"];

const resultsFile = join(here, "results.json");
const previous: BenchResult[] = existsSync(resultsFile) ? (JSON.parse(readFileSync(resultsFile, "utf8")) as BenchResult[]) : [];
const results: BenchResult[] = [];
for (const name of suiteNames) {
  if (only !== undefined && !only.includes(name)) {
    // Keep the rows of the suites not run this time, so the file stays complete.
    results.push(...previous.filter((row) => row.suite === name));
    continue;
  }
  const path = `./suites/${name}.js`;
  let suite: BenchSuite;
  try {
    suite = ((await import(path)) as { suite: BenchSuite }).suite;
  } catch (error) {
    // A suite not written yet is skipped; a suite that fails to load (a missing package
    // it imports, say) is an error, not a silent gap in the results.
    const { code, message } = error as { code?: string; message?: string };
    if (code === "ERR_MODULE_NOT_FOUND" && !existsSync(join(here, "suites", `${name}.ts`))) {
      console.log(`suite ${name}: no bench/suites/${name}.ts, skipped`);
      continue;
    }
    throw new Error(`suite ${name} failed to load: ${message ?? String(error)}`);
  }
  results.push(...(await suite(sizes)).map((row) => ({ suite: name, ...row })));
}

const fmt = (value: number | null) => (value === null ? "-" : value < 1 ? value.toFixed(4) : value.toFixed(1));
const rows = results.map((r) => [r.name, String(r.n), fmt(r.ms), fmt(r.floorMs), fmt(r.peerMs), r.note ?? ""]);
const header = ["name", "n", "ms", "floorMs", "peerMs", "note"];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? "").length)));
const line = (cells: readonly string[]) => cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join("  ");
console.log(line(header));
console.log(widths.map((w) => "-".repeat(w)).join("  "));
for (const row of rows) console.log(line(row));

writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nwrote bench/results.json (${results.length} rows)`);
