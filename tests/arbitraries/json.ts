// Reorderings of a JSON document that must not change what it means: the keys of
// every object, and the records of every collection.
import type { PathSegment } from "../../src/index.js";
import { shuffled, type Random } from "./random.js";

/**
 * A deep copy of a JSON value with the keys of every object in a random order. Own
 * `__proto__` keys (as JSON.parse makes them) stay own keys.
 */
export function withKeysShuffled(value: unknown, random: Random): unknown {
  if (Array.isArray(value)) return value.map((item) => withKeysShuffled(item, random));
  if (typeof value !== "object" || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const key of shuffled(Object.keys(value), random)) {
    const field = withKeysShuffled((value as Record<string, unknown>)[key], random);
    Object.defineProperty(out, key, { value: field, writable: true, enumerable: true, configurable: true });
  }
  return out;
}

/** The collections of a dataset document: the arrays of records at its root. */
export const COLLECTION_KEYS = [
  "sources",
  "states",
  "organizations",
  "institutions",
  "persons",
  "contributionTypes",
  "stancePhrases",
  "coalitions",
  "commitments",
  "proposals",
  "positions",
  "events",
  "pledgeCounts",
] as const;

/** A document with its records reordered, and where each record came from. */
export interface PermutedDocument {
  readonly document: Record<string, unknown>;
  /** For each collection, `from[i]` is the index in the original of the record now at `i`. */
  readonly from: ReadonlyMap<string, readonly number[]>;
}

/** A shallow copy of a document with the records of every collection in a random order. */
export function withRecordsPermuted(document: Record<string, unknown>, random: Random): PermutedDocument {
  const out: Record<string, unknown> = { ...document };
  const from = new Map<string, number[]>();
  for (const name of COLLECTION_KEYS) {
    const records = document[name];
    if (!Array.isArray(records)) continue;
    const order = shuffled(
      records.map((_, i) => i),
      random,
    );
    from.set(name, order);
    out[name] = order.map((i) => records[i]);
  }
  return { document: out, from };
}

/** A path into a permuted document, mapped back to the same place in the original. */
export function originalPath(path: readonly PathSegment[], from: ReadonlyMap<string, readonly number[]>): PathSegment[] {
  const [name, index, ...rest] = path;
  const order = typeof name === "string" ? from.get(name) : undefined;
  if (order === undefined || typeof index !== "number") return [...path];
  return [name as string, order[index] as number, ...rest];
}
