// The long fuzz run of the whole public surface (`npm run fuzz`: 1,000,000 inputs), or of
// the parser alone (`--parser-only`): `npx tsx scripts/fuzz.ts --count 1000000 --seed 42`.
// Prints its progress, then the count, the failures (each with the command that replays
// it alone), the inputs per second and the time. Exits with 1 when any invariant broke.
import { parseArgs } from "node:util";
import { runFuzz } from "../tests/fuzz/parser-fuzz.js";
import { explorerScriptDefine } from "./explorer-page-script.mjs";

// The explorer page inlines its script, which the build and vitest define; under tsx
// nothing does, so it is defined here before the surface (renderExplorerPage) is loaded.
const define = (await explorerScriptDefine()) as { __COALITION_EXPLORER_SCRIPT__: string };
(globalThis as Record<string, unknown>).__COALITION_EXPLORER_SCRIPT__ = JSON.parse(define.__COALITION_EXPLORER_SCRIPT__) as string;
const { runSurfaceFuzz } = await import("../tests/fuzz/surface-fuzz.js");

const { values } = parseArgs({
  options: {
    count: { type: "string", default: "100000" },
    seed: { type: "string", default: "42" },
    start: { type: "string", default: "0" },
    "max-records": { type: "string", default: "4" },
    "heavy-every": { type: "string", default: "5000" },
    quiet: { type: "boolean", default: false },
    "parser-only": { type: "boolean", default: false },
  },
});

const integer = (name: string, text: string | undefined): number => {
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < 0) {
    console.error(`--${name} must be a whole number, not ${JSON.stringify(text)}`);
    process.exit(2);
  }
  return value;
};

const count = integer("count", values.count);
const seed = integer("seed", values.seed);
const start = integer("start", values.start);
const maxRecords = integer("max-records", values["max-records"]);
const heavyEvery = Math.max(1, integer("heavy-every", values["heavy-every"]));
const began = performance.now();

const progress = (done: number, failures: number) => {
  if (values.quiet) return;
  const seconds = (performance.now() - began) / 1000;
  const heap = Math.round(process.memoryUsage().heapUsed / 2 ** 20);
  console.log(`  ${done.toLocaleString("en")} inputs, ${failures} failures, ${seconds.toFixed(0)} s (${Math.round(done / seconds).toLocaleString("en")}/s), heap ${heap} MB`);
};
const common = { seed, count, start, maxRecords, heavyEvery, progressEvery: Math.max(1, Math.min(50_000, Math.ceil(count / 20))), onProgress: progress };
const what = values["parser-only"] ? "safeParseDataset" : "the whole public surface";
console.log(`fuzzing ${what}: seed ${seed}, ${count.toLocaleString("en")} inputs from #${start}, documents of up to ${maxRecords} records a collection, one heavy input in ${heavyEvery.toLocaleString("en")}`);

let failures: readonly { index: number; strategy: string; invariant: string; detail: string }[];
let failureCount: number;
let milliseconds: number;
if (values["parser-only"]) {
  const report = runFuzz(common);
  ({ failures, failureCount, milliseconds } = report);
  console.log(`count: ${report.count.toLocaleString("en")} (accepted ${report.accepted.toLocaleString("en")}, rejected ${report.rejected.toLocaleString("en")})`);
  console.log(`strategies: ${Object.entries(report.strategies).map(([name, n]) => `${name} ${n.toLocaleString("en")}`).join(", ")}`);
} else {
  const report = runSurfaceFuzz({
    ...common,
    onFailure: (failure) => console.log(`  found #${failure.index} (${failure.strategy}): ${failure.invariant}: ${failure.detail.slice(0, 300)}`),
  });
  ({ failures, failureCount, milliseconds } = report);
  console.log(`count: ${report.count.toLocaleString("en")} (accepted ${report.accepted.toLocaleString("en")}, rejected ${report.rejected.toLocaleString("en")})`);
  console.log(`calls: ${report.surfaceCalls.toLocaleString("en")} on accepted datasets, ${report.misuseCalls.toLocaleString("en")} with an input as a wrong argument`);
}

const seconds = milliseconds / 1000;
console.log(`failures: ${failureCount}`);
for (const failure of failures) {
  console.log(`  #${failure.index} (${failure.strategy}): ${failure.invariant}: ${failure.detail}`);
  console.log(`    replay: npx tsx scripts/fuzz.ts ${values["parser-only"] ? "--parser-only " : ""}--seed ${seed} --start ${failure.index} --count 1 --max-records ${maxRecords} --heavy-every ${heavyEvery}`);
}
console.log(`time: ${seconds.toFixed(1)} s (${Math.round(count / seconds).toLocaleString("en")} inputs/s)`);
process.exitCode = failureCount === 0 ? 0 : 1;
