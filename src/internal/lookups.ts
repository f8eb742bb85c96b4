import type { Dataset, Source } from "../model/types.js";
import { boundKey, NO_DAY } from "./dates/day-key.js";

/** Per-dataset lookups, built on first use and kept while the dataset lives. @internal */
export interface Lookups {
  readonly sources: ReadonlyMap<string, Source>;
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

/** The lookups of `dataset`, built afresh: for one pass over it, which needs no cache. @internal */
export function buildLookups(dataset: Dataset): Lookups {
  const sources = new Map(dataset.sources.map((source) => [source.id, source]));
  const partialKeys = new Map<string, number>();
  const dateKey = (date: string) => {
    if (date.length === 10) {
      // A day, read digit by digit (YYYY-MM-DD): the common case, and the hot one on large datasets.
      let key = 0;
      for (let i = 0; i < 10; i++) if (i !== 4 && i !== 7) key = key * 10 + date.charCodeAt(i) - 48;
      // Always a real day once parsed. In a dataset built by hand, ten characters that are
      // no day read as the number they spell when it is in range (they still compare
      // consistently), and as never (NO_DAY, below) otherwise.
      /* v8 ignore else -- no parsed date takes this path */
      if (key >= 0 && key < NO_DAY) return key;
    }
    // A month or a year counts as of its end; memoised.
    let key = partialKeys.get(date);
    if (key === undefined) partialKeys.set(date, (key = boundKey(date, true)));
    return key;
  };
  return {
    sources,
    dateKey,
    effectiveKey(date, ids) {
      if (date !== "unknown") return dateKey(date);
      // Known to hold by the time its earliest source said so (a source of March 2025 from the 31st).
      let earliest = NO_DAY;
      for (const id of ids) {
        const source = sources.get(id);
        if (source !== undefined) earliest = Math.min(earliest, dateKey(source.date));
      }
      return earliest;
    },
  };
}
