import type { Dataset, Source } from "../../model/types.js";
import { endKey, NO_DAY } from "../../dates/day-key.js";

/** Per-dataset lookups, built on first use and kept while the dataset lives. @internal */
export interface Lookups {
  readonly sources: ReadonlyMap<string, Source>;
  /** A source's date as a day key (its end: a source of March 2025 counts from the 31st). */
  sourceKey(id: string): number;
  /** The key of the last day a date covers; NO_DAY for "unknown". */
  dateKey(date: string): number;
  /** The key a dated record counts as of: its date's end, or for "unknown" its earliest source's. */
  effectiveKey(date: string, sources: readonly string[]): number;
}

// Created on first call, not at import: no work at module level.
let cache: WeakMap<Dataset, Lookups> | undefined;

/** The lookups of `dataset`, cached per dataset object. @internal */
export function lookupsOf(dataset: Dataset): Lookups {
  cache ??= new WeakMap();
  let lookups = cache.get(dataset);
  if (lookups === undefined) {
    lookups = buildLookups(dataset);
    cache.set(dataset, lookups);
  }
  return lookups;
}

const ZERO = 48;

function buildLookups(dataset: Dataset): Lookups {
  const sources = new Map<string, Source>();
  const sourceKeys = new Map<string, number>();
  for (const source of dataset.sources) {
    sources.set(source.id, source);
    sourceKeys.set(source.id, endKey(source.date));
  }
  const partialKeys = new Map<string, number>();
  const sourceKey = (id: string) => sourceKeys.get(id) ?? NO_DAY;
  const dateKey = (date: string) => {
    if (date.length === 10) {
      // A day, read digit by digit: the common case, and the hot one on large datasets
      // (no helper closure: one per call would be a million allocations).
      const key =
        (date.charCodeAt(0) - ZERO) * 10_000_000 +
        (date.charCodeAt(1) - ZERO) * 1_000_000 +
        (date.charCodeAt(2) - ZERO) * 100_000 +
        (date.charCodeAt(3) - ZERO) * 10_000 +
        (date.charCodeAt(5) - ZERO) * 1000 +
        (date.charCodeAt(6) - ZERO) * 100 +
        (date.charCodeAt(8) - ZERO) * 10 +
        (date.charCodeAt(9) - ZERO);
      // Always a day once parsed; a hand-built dataset's stray string reads as never (NO_DAY) below.
      /* v8 ignore else -- no parsed date takes this path */
      if (key >= 0 && key < NO_DAY) return key;
    }
    // A month or a year counts as of its end (date-fns knows the month lengths); memoised.
    let key = partialKeys.get(date);
    if (key === undefined) {
      key = endKey(date);
      partialKeys.set(date, key);
    }
    return key;
  };
  return {
    sources,
    sourceKey,
    dateKey,
    effectiveKey(date, ids) {
      if (date !== "unknown") return dateKey(date);
      // Known to hold by the time its earliest source said so.
      let earliest = NO_DAY;
      for (const id of ids) earliest = Math.min(earliest, sourceKey(id));
      return earliest;
    },
  };
}
