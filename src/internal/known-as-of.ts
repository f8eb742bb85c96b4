// As known on a day (design §7), once, for every reader: the dataset as a reader could
// know it on that day. A source counts when its date (a month or a year: its end) is on
// or before the day. Every item that carries `sources` (a commitment, a position, a
// proposal, an event, a pledge count, a claim, a membership, a participation, a
// fulfilment step, a named member of a pledge count…) keeps only the sources that count,
// and is left out where none does; a claimed value left without claims is left out too
// (a pledge count without its count with it). The collections of actors, institutions,
// persons, types, phrases and coalitions keep every record (their dated parts filtered:
// a coalition's participations, an organization's memberships), so that references hold;
// the sources are the ones that count. What changes is copied, what does not is shared:
// a day on or after every source's date gives back the dataset itself.
import type { Dataset } from "../model/types.js";
import { asOfKey } from "./dates/day-key.js";
import { lookupsOf } from "./lookups.js";

/** The mark of an item left out. */
const LEFT_OUT = Symbol("left out");

/** The collections whose records are kept even when none of their sources counts. */
const KEPT = new Set(["states", "organizations", "institutions", "persons", "contributionTypes", "stancePhrases", "coalitions"]);

// Per dataset, its views by day key.
let cache: WeakMap<Dataset, Map<number, Dataset>> | undefined;

/**
 * The dataset as known on a day: only what its sources had published by then (see the
 * header). Undefined `knownAsOf` gives the dataset itself. Cached per dataset and day,
 * so every reader of one day gets the same object (and its caches: lookups, index).
 * @throws {CoalitionError} `invalid_argument` for an invalid `knownAsOf`.
 * @internal
 */
export function knownView(dataset: Dataset, knownAsOf: string | Date | undefined): Dataset {
  if (knownAsOf === undefined) return dataset;
  const day = asOfKey(knownAsOf, "knownAsOf");
  cache ??= new WeakMap();
  let views = cache.get(dataset);
  if (views === undefined) cache.set(dataset, (views = new Map()));
  let view = views.get(day);
  if (view === undefined) {
    view = filterDataset(dataset, day);
    views.set(day, view);
  }
  return view;
}

/** The view of a dataset as known on a day key. */
function filterDataset(dataset: Dataset, day: number): Dataset {
  const { dateKey } = lookupsOf(dataset);
  const known = new Set(dataset.sources.filter((source) => dateKey(source.date) <= day).map((source) => source.id));
  if (known.size === dataset.sources.length) return dataset;
  const view: Record<string, unknown> = { ...dataset, sources: dataset.sources.filter((source) => known.has(source.id)) };
  for (const [key, value] of Object.entries(dataset)) {
    if (key === "sources" || !Array.isArray(value)) continue;
    const keep = KEPT.has(key);
    view[key] = filterArray(value, known, keep);
  }
  return view as unknown as Dataset;
}

/** An array with its items filtered; `keep`: never leave an item out (only filter inside it). */
function filterArray(items: readonly unknown[], known: ReadonlySet<string>, keep = false): readonly unknown[] {
  let changed = false;
  const result: unknown[] = [];
  for (const item of items) {
    const filtered = filterValue(item, known, keep);
    if (filtered !== item) changed = true;
    if (filtered !== LEFT_OUT) result.push(filtered);
  }
  return changed ? result : items;
}

/** A value filtered: LEFT_OUT for an item none of whose sources counts (unless `keep`) or a claimed value without a claim left. */
function filterValue(value: unknown, known: ReadonlySet<string>, keep = false): unknown {
  if (Array.isArray(value)) return filterArray(value, known);
  if (typeof value !== "object" || value === null) return value;
  const record = value as Record<string, unknown>;
  const copy: Record<string, unknown> = {};
  let changed = false;
  for (const [key, field] of Object.entries(record)) {
    let filtered: unknown;
    if (key === "sources" && Array.isArray(field)) {
      const kept = filterSources(field as readonly string[], known);
      if (kept.length === 0 && !keep) return LEFT_OUT;
      filtered = kept.length === field.length ? field : kept;
    } else {
      filtered = filterValue(field, known);
      // A claimed value left without claims says nothing; a pledge count without its count neither.
      if (key === "claims" && Array.isArray(filtered) && filtered.length === 0) return LEFT_OUT;
      if (filtered === LEFT_OUT && key === "count" && !keep) return LEFT_OUT;
    }
    if (filtered !== field) changed = true;
    if (filtered !== LEFT_OUT) copy[key] = filtered;
  }
  return changed ? copy : value;
}

/** The source ids that count. */
function filterSources(ids: readonly string[], known: ReadonlySet<string>): readonly string[] {
  return ids.filter((id) => known.has(id));
}
