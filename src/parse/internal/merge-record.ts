// A record redeclared in a later layer (same collection, same id), merged into the
// earlier layer's: lists of plain items and the claims of a `Claimed` value are unioned
// (the earlier items first, then the later ones not equal to one already there); every
// other field must be equal where both give it, and may be left out or added.
import { COLLECTION_SCHEMAS, type CollectionName } from "../../schema/dataset.js";
import type { PathSegment } from "../dataset-issue.js";
import { formatPath } from "../format-issues.js";
import { describeKey } from "./from-zod-issues.js";
import type { IssueReport } from "./issue-sink.js";

type Fields = Readonly<Record<string, unknown>>;

/**
 * The record of both layers: `earlier` (declared at `earlierPath`) with what `later`
 * (at `laterPath`) adds. A field the two give differently is an issue
 * `conflicting_redefinition` at the later field, naming the earlier one; the earlier
 * value stands in the result. Both records passed their schema; neither is changed.
 * @internal
 */
export function mergeRecord(
  name: CollectionName,
  earlier: Fields,
  later: Fields,
  earlierPath: readonly PathSegment[],
  laterPath: readonly PathSegment[],
  issues: IssueReport,
): Fields {
  const merged: Record<string, unknown> = {};
  // In the order of the schema, as a parsed record lists its fields.
  for (const key of Object.keys(COLLECTION_SCHEMAS[name].shape)) {
    const inEarlier = Object.hasOwn(earlier, key);
    if (!Object.hasOwn(later, key)) {
      if (inEarlier) merged[key] = earlier[key];
      continue;
    }
    if (!inEarlier) {
      merged[key] = later[key];
      continue;
    }
    const value = mergeField(earlier[key], later[key]);
    if (value === CONFLICT) {
      const otherPath = [...earlierPath, key];
      issues.push({
        code: "conflicting_redefinition",
        path: [...laterPath, key],
        otherPath,
        message: `${describeKey(key)} differs from its value at ${formatPath(otherPath)}, in a dataset this one builds on: a later layer may add to a record, never change it`,
      });
      merged[key] = earlier[key];
    } else {
      merged[key] = value;
    }
  }
  return merged;
}

const CONFLICT: unique symbol = Symbol("conflict");

/** Two values of one field: unioned lists or claims, the value both give, or a conflict. */
function mergeField(earlier: unknown, later: unknown): unknown {
  if (Array.isArray(earlier) && Array.isArray(later)) return union(earlier, later);
  if (isClaimed(earlier) && isClaimed(later)) return { claims: union(earlier.claims, later.claims) };
  return canonical(earlier) === canonical(later) ? earlier : CONFLICT;
}

/** A `Claimed` value: an object whose one field is its list of claims. */
function isClaimed(value: unknown): value is { readonly claims: readonly unknown[] } {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 1 && keys[0] === "claims" && Array.isArray((value as { claims?: unknown }).claims);
}

/** The earlier items, then the later ones equal to none already there; linear, by each item's canonical text. */
function union(earlier: readonly unknown[], later: readonly unknown[]): readonly unknown[] {
  const seen = new Set(earlier.map(canonical));
  let items: unknown[] | undefined;
  for (const item of later) {
    const key = canonical(item);
    if (seen.has(key)) continue;
    seen.add(key);
    (items ??= [...earlier]).push(item);
  }
  // Nothing new: the earlier list itself, so a layer that restates a record costs no copy.
  return items ?? earlier;
}

/**
 * A value as text that two deep-equal values share whatever the order of their keys:
 * parsed values are plain JSON data, so this is deep equality.
 * @internal
 */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, field: unknown) => {
    if (typeof field !== "object" || field === null || Array.isArray(field)) return field;
    // No prototype: a key named __proto__ is a field like any other.
    const sorted = Object.create(null) as Record<string, unknown>;
    for (const key of Object.keys(field).sort()) sorted[key] = (field as Record<string, unknown>)[key];
    return sorted;
  });
}
