// The long fuzz run of the parser: `npx tsx scripts/fuzz.ts --count 1000000 --seed 42`.
// Prints its progress, then the count, the failures (each with the command that replays
// it alone) and the time. Exits with 1 when any invariant broke.
import { parseArgs } from "node:util";
import { runFuzz } from "../tests/fuzz/parser-fuzz.js";

const { values } = parseArgs({
  options: {
    count: { type: "string", default: "100000" },
    seed: { type: "string", default: "42" },
    start: { type: "string", default: "0" },
    "max-records": { type: "string", default: "4" },
    "heavy-every": { type: "string", default: "5000" },
    quiet: { type: "boolean", default: false },
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

console.log(`fuzzing safeParseDataset: seed ${seed}, ${count.toLocaleString("en")} inputs from #${start}, documents of up to ${maxRecords} records a collection, one heavy input in ${heavyEvery.toLocaleString("en")}`);
const report = runFuzz({
  seed,
  count,
  start,
  maxRecords,
  heavyEvery,
  progressEvery: Math.max(1, Math.min(50_000, Math.ceil(count / 20))),
  onProgress: (done, failures) => {
    if (values.quiet) return;
    const seconds = (performance.now() - began) / 1000;
    const heap = Math.round(process.memoryUsage().heapUsed / 2 ** 20);
    console.log(`  ${done.toLocaleString("en")} inputs, ${failures} failures, ${seconds.toFixed(0)} s (${Math.round(done / seconds).toLocaleString("en")}/s), heap ${heap} MB`);
  },
});

const seconds = report.milliseconds / 1000;
console.log(`count: ${report.count.toLocaleString("en")} (accepted ${report.accepted.toLocaleString("en")}, rejected ${report.rejected.toLocaleString("en")})`);
console.log(`strategies: ${Object.entries(report.strategies).map(([name, n]) => `${name} ${n.toLocaleString("en")}`).join(", ")}`);
console.log(`failures: ${report.failureCount}`);
for (const failure of report.failures) {
  console.log(`  #${failure.index} (${failure.strategy}): ${failure.invariant}: ${failure.detail}`);
  console.log(`    replay: npx tsx scripts/fuzz.ts --seed ${seed} --start ${failure.index} --count 1 --max-records ${maxRecords} --heavy-every ${heavyEvery}`);
}
console.log(`time: ${seconds.toFixed(1)} s (${Math.round(report.count / seconds).toLocaleString("en")} inputs/s)`);
process.exitCode = report.failureCount === 0 ? 0 : 1;
