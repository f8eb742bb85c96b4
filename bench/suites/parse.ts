// Parsing synthetic datasets (bench/generate-dataset.ts) from their JSON text: the time
// of parseDataset beside JSON.parse of the same text (the floor: reading the text at
// all) and beside a plain zod parse of the same data with the library's DatasetSchema
// (the peer: what a user would otherwise write, with no cross-record checks, no
// frozen copy); and the memory the parse takes, to show it is bounded and linear.
//
// Memory, with the bench run under --expose-gc:
// - retained: heap used after a full collection with the parsed dataset held, minus the
//   same before the parse (the input held in both): what the dataset itself costs;
// - peak: the most heap used while parsing, above the collected heap before it. The
//   heap is at its fullest just before a collection, so it is read from V8's own GC
//   records (v8.GCProfiler: heap used before each collection that ran during the parse)
//   and from the heap used when the parse returns, whichever is greater. A lower bound
//   of the true peak, exact to within the work done since the last collection.
import v8 from "node:v8";
import type { Dataset } from "../../src/index.js";
import { DatasetSchema, parseDataset } from "../../src/schema.js";
import { generateDataset } from "../generate-dataset.js";
import type { BenchResult, BenchSuite } from "../result.js";

/** The growth allowed in heap per commitment from 100k to 1M commitments. */
const LINEAR_TARGET = 1.5;

const gc = (globalThis as { gc?: () => void }).gc;
const MiB = (bytes: number) => bytes / 2 ** 20;

interface GcRecord {
  readonly beforeGC: { readonly heapStatistics: { readonly usedHeapSize: number } };
}

/** Heap per commitment by size (retained, peak), to report growth from 100k to 1M. */
const perCommitment = new Map<number, { retained: number; peak: number }>();

export const suite: BenchSuite = async (sizes) => {
  const rows: BenchResult[] = [];
  for (const n of [...sizes].sort((a, b) => a - b)) rows.push(measure(n));
  return rows;
};

function measure(n: number): BenchResult {
  const runs = n >= 1_000_000 ? 1 : 3;
  // The text a server would receive; the generated document is dropped at once.
  const text = JSON.stringify(generateDataset(n, { seed: 42 }));
  collect();

  const floor = timed(() => JSON.parse(text), runs);

  // Each run parses a fresh input, read from the text outside the timing.
  let input: unknown;
  let dataset: Dataset | undefined;
  const times: number[] = [];
  let retained = Number.NaN;
  let peak = Number.NaN;
  for (let run = 0; run <= runs; run++) {
    input = JSON.parse(text);
    dataset = undefined;
    collect();
    const before = process.memoryUsage().heapUsed;
    const profiler = new v8.GCProfiler();
    profiler.start();
    const start = performance.now();
    dataset = parseDataset(input);
    const ms = performance.now() - start;
    const records = (profiler.stop()?.statistics ?? []) as readonly GcRecord[];
    const end = process.memoryUsage().heapUsed;
    // Run 0 warms up; the memory figures come from the last run.
    if (run > 0) times.push(ms);
    peak = Math.max(end, ...records.map((record) => record.beforeGC.heapStatistics.usedHeapSize)) - before;
    collect();
    retained = process.memoryUsage().heapUsed - before;
  }
  if (dataset?.commitments.length !== n) throw new Error(`parsed ${String(dataset?.commitments.length)} commitments, not ${n}`);
  dataset = undefined;
  collect();

  // The peer: zod alone, on the same input (its output checked to hold every record).
  const peer = timed(() => {
    const result = DatasetSchema.safeParse(input);
    if (!result.success || result.data.commitments.length !== n) throw new Error("the zod peer rejected the generated dataset");
  }, runs);
  input = undefined;
  collect();

  const ms = median(times);
  perCommitment.set(n, { retained: retained / n, peak: peak / n });
  const base = perCommitment.get(100_000);
  const growth =
    n > 100_000 && base !== undefined
      ? `; per commitment ${(retained / n / base.retained).toFixed(2)}x retained, ${(peak / n / base.peak).toFixed(2)}x peak the 100000 figures ` +
        `(linear: within ${LINEAR_TARGET}x: ${retained / n <= LINEAR_TARGET * base.retained && peak / n <= LINEAR_TARGET * base.peak ? "met" : "missed"})`
      : "";
  return {
    name: "parse JSON dataset (parseDataset on the JSON.parse'd text)",
    n,
    ms,
    floorMs: floor,
    peerMs: peer,
    note:
      `${(text.length / 2 ** 20).toFixed(0)} MiB of JSON; ${(ms / floor).toFixed(1)}x JSON.parse, ${(ms / peer).toFixed(1)}x the zod-only parse (no references checked, nothing frozen); ` +
      `dataset retains ${MiB(retained).toFixed(0)} MiB (${(retained / n).toFixed(0)} B per commitment), ` +
      `peak ${MiB(peak).toFixed(0)} MiB above the heap before (${(peak / n).toFixed(0)} B per commitment)` +
      growth +
      (gc === undefined ? " (no global.gc: run with --expose-gc; memory figures are not collected heaps)" : ""),
  };
}

/** A full collection, twice: the second frees what the first's finalizers released. */
function collect(): void {
  gc?.();
  gc?.();
}

/** Median wall time of `runs` calls after one unmeasured call, each from a collected heap. */
function timed(fn: () => unknown, runs: number): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    collect();
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}
