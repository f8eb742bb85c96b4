/** One row of bench/results.json. */
export interface BenchResult {
  /** What was measured, e.g. "aggregate by type, minStance + asOf". */
  name: string;
  /** Number of commitments in the dataset. */
  n: number;
  /** The library's time, in milliseconds (median of repeated runs). */
  ms: number;
  /** The tightest hand-written loop computing the same answer, or null where none applies. */
  floorMs: number | null;
  /** What a user would otherwise write (lodash, json-rules-engine), or null where none applies. */
  peerMs: number | null;
  /** The suite that measured it (its file in bench/suites). */
  suite?: string;
  /** Anything else worth printing: heap used, target and whether it was met. */
  note?: string;
}

/** A benchmark suite: runs its measurements and returns their rows. */
export type BenchSuite = (sizes: readonly number[]) => Promise<BenchResult[]>;

/**
 * Median wall time of `runs` calls of `fn`, after `warmup` unmeasured calls. `beforeEach`,
 * when given, runs before every measured call, outside the time: the adversarial suite
 * collects the heap there, so that a call does not pay for collecting the garbage of the
 * call before it (at 100k that garbage is hundreds of megabytes, and which run pays for
 * it is chance).
 */
export function medianMs(fn: () => unknown, runs = 5, warmup = 1, beforeEach?: () => void): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    beforeEach?.();
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}
