// The tables that compiled programs read, by slot: fact values, target values, and
// for thresholds their counters' counts. The linkers (link-facts.ts, link-targets.ts,
// link-thresholds.ts) add slots and grow them; the solver and the readings change the
// values; the explainer reads them.
import type { Thresholds, View } from "./program.js";

/** The tables programs read, in three-valued logic (both polarities read the same). @internal */
export interface Tables extends View, Thresholds {}

/** {@link Tables} while slots are added: arrays are swapped for larger ones as they fill. @internal */
export type MutableTables = { -readonly [K in keyof Tables]: Tables[K] };

/** Empty tables, with room for a few slots of each kind. @internal */
export function newTables(): MutableTables {
  const posTargets = new Uint8Array(256);
  const posTrue = new Int32Array(16);
  const posFalse = new Int32Array(16);
  return {
    facts: new Uint8Array(64),
    posTargets,
    posTrue,
    posFalse,
    // In three-valued logic both polarities read the same arrays.
    negTargets: posTargets,
    negTrue: posTrue,
    negFalse: posFalse,
    threshCounter: new Int32Array(16),
    threshSelf: new Int32Array(16),
    counterCount: new Int32Array(16),
    counterSize: new Int32Array(16),
  };
}

/** A copy of `array` with room for at least `size` bytes (at least twice as long). @internal */
export function grownU8(array: Uint8Array, size: number): Uint8Array<ArrayBuffer> {
  const grown = new Uint8Array(Math.max(size, array.length * 2));
  grown.set(array);
  return grown;
}

/** A copy of `array` with room for at least `size` integers (at least twice as long). @internal */
export function grownI32(array: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(Math.max(size, array.length * 2));
  grown.set(array);
  return grown;
}
