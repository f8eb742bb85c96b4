import type { DatasetIssue, PathSegment } from "../dataset-issue.js";

/**
 * Values the first pass pushes before it starts remembering what it visited: a JSON
 * record is a tree, walked without bookkeeping; past this, shared or cyclic objects
 * are pushed once each, so the walk is bounded by the input's own size.
 */
const UNTRACKED_BUDGET = 100_000;

/**
 * Reports every array in a raw value longer than `limit`, as `too_long` at its path,
 * without reading its items: a schema visits every slot of an array, and a sparse
 * array of 16 million holes (a few bytes of input) would cost 16 million issues.
 * Returns whether it found one. Iterative, since the value may be deep, and bounded
 * on values that are not JSON: shared or cyclic objects are walked once.
 */
export function oversizedLists(
  raw: unknown,
  at: readonly PathSegment[],
  limit: number,
  report: (issue: DatasetIssue) => void,
): boolean {
  if (!hasLongList(raw, limit)) return false;
  // Rare: walk again, keeping where each value is, to report every long list.
  const places = new Map<object, Place | undefined>();
  const pathOf = (place: Place | undefined): PathSegment[] => {
    const path: PathSegment[] = [];
    for (let p = place; p !== undefined; p = p.parent) path.push(p.key);
    return [...at, ...path.reverse()];
  };
  let found = false;
  // hasLongList found a list in it, so `raw` is an object.
  walk(raw as object, limit, places, (list) => {
    const path = pathOf(places.get(list));
    report({ code: "too_long", path, message: `${describeList(path)} has ${String(list.length)} items, more than the limit of ${limit}` });
    found = true;
  });
  // The first pass also reads inherited fields: what it saw there is not the record's.
  return found;
}

/**
 * The first pass, run on every record: whether any array reachable from `raw` is
 * longer than `limit`. Kept lean (for-in, no paths, no closures): it runs on every
 * record of every parse.
 */
function hasLongList(raw: unknown, limit: number): boolean {
  if (typeof raw !== "object" || raw === null) return false;
  const stack: object[] = [raw];
  let pushes = 0;
  let seen: Set<object> | undefined;
  while (stack.length > 0) {
    const value = stack.pop() as Record<string, unknown>;
    if (Array.isArray(value)) {
      const length = value.length;
      if (length > limit) return true;
      for (let i = 0; i < length; i++) {
        const item: unknown = value[i];
        if (typeof item !== "object" || item === null) continue;
        if (seen === undefined && ++pushes > UNTRACKED_BUDGET) seen = new Set();
        if (seen !== undefined) {
          if (seen.has(item)) continue;
          seen.add(item);
        }
        stack.push(item);
      }
    } else {
      for (const key in value) {
        const item = value[key];
        if (typeof item !== "object" || item === null) continue;
        if (seen === undefined && ++pushes > UNTRACKED_BUDGET) seen = new Set();
        if (seen !== undefined) {
          if (seen.has(item)) continue;
          seen.add(item);
        }
        stack.push(item);
      }
    }
  }
  return false;
}

/** Where a value was reached: the field or index, in its parent's place. */
interface Place {
  readonly parent: Place | undefined;
  readonly key: PathSegment;
}

/**
 * Visits every object and array reachable from `raw` through own fields, each once,
 * recording in `places` where it was first reached, and calls `found` on each array
 * longer than `limit` (whose items are not read).
 */
function walk(raw: object, limit: number, places: Map<object, Place | undefined>, found: (list: readonly unknown[]) => void): void {
  const stack: object[] = [raw];
  places.set(raw, undefined);
  const visit = (item: unknown, parent: object, key: PathSegment) => {
    if (typeof item !== "object" || item === null || places.has(item)) return;
    places.set(item, { parent: places.get(parent), key });
    stack.push(item);
  };
  while (stack.length > 0) {
    const value = stack.pop() as object;
    if (Array.isArray(value)) {
      if (value.length > limit) {
        found(value);
        continue;
      }
      for (let i = 0; i < value.length; i++) visit(value[i], value, i);
    } else {
      for (const key of Object.keys(value)) visit((value as Record<string, unknown>)[key], value, key);
    }
  }
}

function describeList(path: readonly PathSegment[]): string {
  const last = path[path.length - 1];
  if (typeof last !== "string") return "the list";
  if (/^[A-Za-z_$][\w$]{0,40}$/.test(last)) return last;
  return JSON.stringify(last.length > 40 ? `${last.slice(0, 40)}…` : last);
}
