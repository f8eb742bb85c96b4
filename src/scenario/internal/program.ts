// Conditions compiled to flat programs over numbered slots (facts, targets, threshold
// slots), and the one loop that runs them. A program is its tree in preorder, each
// node one instruction `(argument << 4) | op`; it runs from its last instruction back
// to its first, which visits every child before its parent, so the value of preorder
// node k is the one computed at position `start + k`.

/** Truth values as bytes, in truth order: AND is min, OR is max, NOT is `2 - v`. @internal */
export const F = 0;
/** @internal */
export const U = 1;
/** @internal */
export const T = 2;

/** Push a fact slot's value. @internal */
export const OP_FACT = 0;
/** Push a target's value (under an even number of `not`). @internal */
export const OP_TARGET = 1;
/** Push a target's value, under an odd number of `not`. @internal */
export const OP_TARGET_NEG = 2;
/** Push a threshold slot's value (even `not`s). @internal */
export const OP_THRESH = 3;
/** Push a threshold slot's value (odd `not`s). @internal */
export const OP_THRESH_NEG = 4;
/** Pop `argument` values, push their minimum. @internal */
export const OP_ALL = 5;
/** Pop `argument` values, push their maximum. @internal */
export const OP_ANY = 6;
/** Negate the top value. @internal */
export const OP_NOT = 7;
/** Push `argument` itself: an atom whose value was fixed when compiled (a target all of whose offers were decided). @internal */
export const OP_CONST = 8;

/** A target slot that stands for a fixed value instead of a target: false, true, or unknown. @internal */
export const FIXED_F = -2;
/** @internal */
export const FIXED_T = -3;
/** A target that stands for unknown for good: nothing on record answers it (open world). @internal */
export const FIXED_U = -4;

/**
 * What one reading of a program reads: under an even number of `not`, the `pos`
 * values; under an odd one, the `neg` values (the same arrays in three-valued logic;
 * the other reading for the readings of coordination).
 * @internal
 */
export interface View {
  readonly facts: Uint8Array;
  readonly posTargets: Uint8Array;
  readonly posTrue: Int32Array;
  readonly posFalse: Int32Array;
  readonly negTargets: Uint8Array;
  readonly negTrue: Int32Array;
  readonly negFalse: Int32Array;
}

/** What a threshold slot needs to be read: its counter, its count and the holder's own target. @internal */
export interface Thresholds {
  /** Per threshold slot: its counter, and the holder's own target among the counter's (or -1, or a fixed value). */
  readonly threshCounter: Int32Array;
  readonly threshSelf: Int32Array;
  /** Per counter: N, the count asked for, and the number of candidate actors (its targets). */
  readonly counterCount: Int32Array;
  readonly counterSize: Int32Array;
}

/** A threshold slot's value from its counter's counts, the holder's own target left out. @internal */
export function thresholdValue(slots: Thresholds, slot: number, targets: Uint8Array, countTrue: Int32Array, countFalse: Int32Array): number {
  const counter = slots.threshCounter[slot]!;
  const count = slots.counterCount[counter]!;
  const self = slots.threshSelf[slot]!;
  const own = self >= 0 ? targets[self]! : self === FIXED_T ? T : F;
  const active = countTrue[counter]! - (own === T ? 1 : 0);
  const possible = slots.counterSize[counter]! - countFalse[counter]! - (own !== F ? 1 : 0);
  return active >= count ? T : possible < count ? F : U;
}

/**
 * Runs `code[start … end]` (not empty) on a stack of values; with `record`, also
 * writes the value of each preorder node k at `record[k]`.
 * @internal
 */
export function runProgram(
  code: readonly number[],
  start: number,
  end: number,
  view: View,
  slots: Thresholds,
  stack: Uint8Array,
  record?: Uint8Array,
): number {
  let top = 0;
  for (let p = end - 1; p >= start; p--) {
    const instruction = code[p]!;
    const op = instruction & 15;
    const argument = instruction >>> 4;
    let value: number;
    if (op === OP_FACT) value = view.facts[argument]!;
    else if (op === OP_TARGET) value = view.posTargets[argument]!;
    else if (op === OP_TARGET_NEG) value = view.negTargets[argument]!;
    else if (op === OP_ALL) {
      value = T;
      for (let k = 0; k < argument; k++) {
        const child = stack[--top]!;
        if (child < value) value = child;
      }
    } else if (op === OP_ANY) {
      value = F;
      for (let k = 0; k < argument; k++) {
        const child = stack[--top]!;
        if (child > value) value = child;
      }
    } else if (op === OP_NOT) value = 2 - stack[--top]!;
    else if (op === OP_CONST) value = argument;
    else if (op === OP_THRESH) value = thresholdValue(slots, argument, view.posTargets, view.posTrue, view.posFalse);
    else value = thresholdValue(slots, argument, view.negTargets, view.negTrue, view.negFalse);
    stack[top++] = value;
    if (record !== undefined) record[p - start] = value;
  }
  return stack[0]!;
}

// Integer arrays that grow with the dataset are plain arrays (of small integers, which
// V8 stores unboxed), not typed arrays: V8 counts typed arrays' memory as external, and
// on a heap as large as a big dataset's, every few tens of megabytes of it start a full
// collection, which costs about a second there. Typed arrays stay for small tables and
// for byte-wide columns.

/** A plain array of `length` integers, all `value`. @internal */
export function intArray(length: number, value: number): number[] {
  return new Array<number>(length).fill(value);
}

/** A growable list of integers, whose `length` may be set back to drop its end. @internal */
export interface IntBuffer {
  readonly data: number[];
  length: number;
}

/** An empty buffer. @internal */
export function intBuffer(): IntBuffer {
  return { data: [], length: 0 };
}

/** Appends a value (over what a shorter `length` dropped, if anything). @internal */
export function push(target: IntBuffer, value: number): void {
  target.data[target.length++] = value;
}

/** Rows of an adjacency list: the items of row r are `items[start[r] … start[r+1]]`. @internal */
export interface Rows {
  readonly start: readonly number[];
  readonly items: readonly number[];
}

/** Rows from (row, item) pairs, by counting sort: items of a row keep their order. @internal */
export function rowsOf(rows: number, pairRow: IntBuffer, pairItem: IntBuffer): Rows {
  const start = intArray(rows + 1, 0);
  const count = pairRow.length;
  const rowOf = pairRow.data;
  const itemOf = pairItem.data;
  for (let e = 0; e < count; e++) start[rowOf[e]! + 1]!++;
  for (let r = 0; r < rows; r++) start[r + 1]! += start[r]!;
  const fill = start.slice(0, rows);
  const items = intArray(count, 0);
  for (let e = 0; e < count; e++) items[fill[rowOf[e]!]!++] = itemOf[e]!;
  return { start, items };
}
