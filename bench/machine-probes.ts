// What this machine's memory costs, printed beside the scenario rows: a call over a
// million commitments needs ten times the memory of one over 100k, and both the first
// touch of fresh memory and reads beyond the processor's caches cost more per byte.
import { mulberry32 } from "./prng.js";

/**
 * What this machine takes to write memory the process touches for the first time,
 * against the same memory written again, in milliseconds per MiB. The first write of
 * each page costs a page fault, which the kernel (and, in a virtual machine, the host)
 * serves by finding and zeroing a page: where that is slow, a call that needs hundreds
 * of megabytes of fresh memory (as one over a million commitments does: its large
 * arrays and its verdicts) pays for it in system time, whatever the code does.
 */
export function freshMemoryCost(): { freshMsPerMiB: number; touchedMsPerMiB: number } {
  const mib = 256;
  const bytes = new Uint8Array(mib * 1024 * 1024);
  const first = performance.now();
  bytes.fill(1);
  const fresh = performance.now() - first;
  const again = performance.now();
  bytes.fill(2);
  const touched = performance.now() - again;
  return { freshMsPerMiB: fresh / mib, touchedMsPerMiB: touched / mib };
}

/**
 * What one read at a random place costs on this machine, in nanoseconds, when the data
 * read spans `mib` MiB: a chase through one random cycle over an Int32Array, so that
 * each read waits for the one before (as a lookup of an id, then of what that id's
 * number indexes, does). Over a few MiB the reads hit the processor's caches; over
 * tens of MiB most go to main memory. A call over 100k commitments works on a few MiB
 * of arrays and tables besides the dataset, a call over a million on ten times that:
 * the same number of reads per commitment then cost several times as much each.
 */
export function randomReadNs(mib: number): number {
  const n = (mib * 1024 * 1024) / 4;
  const random = mulberry32(1);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  // Sattolo's shuffle (j < i, never i itself): the order is a single cycle through every element.
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * i);
    const held = order[i]!;
    order[i] = order[j]!;
    order[j] = held;
  }
  const next = new Int32Array(n);
  for (let i = 0; i < n; i++) next[order[i]!] = order[(i + 1) % n]!;
  const steps = 4_000_000;
  let at = 0;
  for (let i = 0; i < steps; i++) at = next[at]!; // warm-up: compiled, and the pages touched
  const start = performance.now();
  for (let i = 0; i < steps; i++) at = next[at]!;
  const ns = ((performance.now() - start) * 1e6) / steps;
  // Reading `at` keeps the chase from being optimized away; it is never negative.
  return at < 0 ? Number.NaN : ns;
}
