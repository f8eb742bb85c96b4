import type { DatasetIssue, PathSegment } from "../dataset-issue.js";

/** A raw value copied into plain data, and whether the copy is whole. @internal */
export interface Snapshot {
  /** Plain objects and arrays holding what was read; primitives as they were. */
  readonly value: unknown;
  /**
   * False when a part was left out and reported: a list past the limit, a value nested
   * too deep, or an object inside itself. The value is then not given to a schema,
   * whose issues would repeat the ones reported.
   */
  readonly whole: boolean;
}

/** What a copy refuses, and how it says so. @internal */
export interface SnapshotLimits {
  /** Items in one list: a longer list is reported by its length, its items unread. */
  readonly listLength: number;
  /** Objects and arrays nested in one another below the value copied. */
  readonly depth: number;
  /** The message for a value nested deeper than `depth` under the field or index `top`. */
  readonly tooDeep: (top: PathSegment) => string;
}

/** An object being copied: its fields (or indices) are read one at a time. */
interface Frame {
  readonly source: Readonly<Record<PathSegment, unknown>>;
  readonly copy: Record<PathSegment, unknown>;
  /** The keys to read, or undefined for an array (its indices below `length`). */
  readonly keys: readonly string[] | undefined;
  readonly length: number;
  next: number;
  /** The field or index its parent holds it under (the root's is never read). */
  readonly key: PathSegment;
}

/**
 * Objects a copy enters before it starts remembering which it entered: a JSON record
 * is a tree, copied without bookkeeping (a Map entry per object would cost more than
 * the copy). A value past it (or a cycle, which never ends) is copied again from the
 * start, remembering each object: in that copy alone, every value is read once.
 */
const UNTRACKED_BUDGET = 100_000;

/**
 * Copies a raw value (one record, one header field) into plain data, reading each
 * field and each item of the input once, so that what the checks see is what the
 * schema parses: a getter or a Proxy cannot answer one thing to a length check and
 * another to the schema. Limits are enforced during that read:
 *
 * - a list longer than `limits.listLength` is reported as `too_long` at its path, by
 *   its length, without reading its items (a sparse array of 16 million holes costs
 *   nothing);
 * - a value nested deeper than `limits.depth` is reported as `too_deep` once, at the
 *   field (or index) of the value copied that holds it, and not read further;
 * - an object inside itself (a cycle) is reported where it recurs.
 *
 * An object at two places (shared, as JavaScript data may be) is copied at each, in a
 * value of up to UNTRACKED_BUDGET objects; past it, it is reported at its second place
 * (a few shared objects can stand for a tree of 2^40). Only own enumerable string keys
 * are read, as JSON has. Iterative: the value may be deep. A
 * value that throws when read (a getter, a revoked Proxy) throws here; the caller
 * reports it.
 * @internal
 */
export function snapshot(raw: unknown, at: readonly PathSegment[], limits: SnapshotLimits, report: (issue: DatasetIssue) => void): Snapshot {
  if (typeof raw !== "object" || raw === null) return { value: raw, whole: true };
  const issues: DatasetIssue[] = [];
  const tree = copy(raw, at, limits, issues, false);
  // Past the budget: what that copy read is dropped, issues and all, and this copy counts.
  if (tree === undefined) issues.length = 0;
  const result = tree ?? (copy(raw, at, limits, issues, true) as Snapshot);
  for (const issue of issues) report(issue);
  return result;
}

/**
 * One copy of `raw`. Unless `tracked`, it stops (undefined) past UNTRACKED_BUDGET
 * objects or at the depth limit; tracked, it remembers each object it enters, so it
 * ends on any input.
 */
/** The frame that copies `source`, held under `key`: a list of `length` items, or an object's own keys. */
function frameOf(source: object, key: PathSegment, length: number): Frame {
  if (Array.isArray(source)) {
    return { source: source as unknown as Record<PathSegment, unknown>, copy: [] as unknown as Record<PathSegment, unknown>, keys: undefined, length, next: 0, key };
  }
  const keys = Object.keys(source);
  return { source: source as Record<PathSegment, unknown>, copy: {}, keys, length: keys.length, next: 0, key };
}

/** Why an object met again is refused: it holds itself (`inCycle`), or it is shared in a value too large to track. */
function metAgain(inCycle: boolean): string {
  return inCycle
    ? "this object holds itself (a cycle), which JSON cannot: a dataset must be plain JSON data"
    : `this object is also at another place, in a value of more than ${UNTRACKED_BUDGET} objects: a dataset must be plain JSON data, where each object is at one place`;
}

function copy(raw: object, at: readonly PathSegment[], limits: SnapshotLimits, issues: DatasetIssue[], tracked: boolean): Snapshot | undefined {
  // Tracked only: each object entered.
  const seen = tracked ? new Set<object>() : undefined;
  // Tracked only: the objects whose copy is under way, the path from the root to the current one.
  const open = tracked ? new Set<object>() : undefined;
  const frames: Frame[] = [];
  // The fields (or indices) of the root under which a value too deep was reported.
  let tooDeep: Set<PathSegment> | undefined;
  let entered = 0;
  let restart = false;
  let whole = true;

  // Where the value under `key` of the object being copied is: the open frames are the path to it (built only for an issue).
  const pathTo = (key: PathSegment): PathSegment[] => [...at, ...frames.slice(1).map((frame) => frame.key), key];

  /** Starts copying `source`, held under `key` by the object being copied: its copy, or undefined when it is left out. */
  const enter = (source: object, key: PathSegment): object | undefined => {
    entered++;
    if (frames.length >= limits.depth) {
      // Untracked, a cycle reads as endless depth: the tracked copy tells the two apart.
      if (!tracked) {
        restart = true;
        return undefined;
      }
      whole = false;
      // Past the depth limit the root is open, and so is a frame below it.
      const top = (frames[1] as Frame).key;
      if (!tooDeep?.has(top)) {
        (tooDeep ??= new Set()).add(top);
        issues.push({ code: "too_deep", path: [...at, top], message: limits.tooDeep(top) });
      }
      return undefined;
    }
    // A list's length is read once, here: a getter could give the schema another.
    const length = Array.isArray(source) ? arrayLength(source) : 0;
    if (length > limits.listLength) {
      whole = false;
      const path = frames.length === 0 ? [...at] : pathTo(key);
      issues.push({ code: "too_long", path, message: `${describeList(path)} has ${length} items, more than the limit of ${limits.listLength}` });
      seen?.add(source);
      return undefined;
    }
    const frame = frameOf(source, key, length);
    seen?.add(source);
    open?.add(source);
    frames.push(frame);
    return frame.copy;
  };

  const root = enter(raw, "");
  while (frames.length > 0) {
    if (restart || entered > UNTRACKED_BUDGET) return undefined;
    const frame = frames[frames.length - 1] as Frame;
    if (frame.next === frame.length) {
      frames.pop();
      open?.delete(frame.source);
      continue;
    }
    const key: PathSegment = frame.keys === undefined ? frame.next : (frame.keys[frame.next] as string);
    frame.next++;
    const item: unknown = frame.source[key];
    if (typeof item !== "object" || item === null) {
      setOwn(frame.copy, key, item);
      continue;
    }
    if (seen?.has(item)) {
      // Tracked: an object met again. Shared, it could stand for a tree exponentially
      // larger than itself (each object twice in the next): JSON holds no such thing.
      whole = false;
      issues.push({ code: "invalid_type", path: pathTo(key), message: metAgain(open?.has(item) === true) });
      setOwn(frame.copy, key, undefined);
    } else setOwn(frame.copy, key, enter(item, key));
  }
  return { value: root, whole };
}

/**
 * Sets an own data property, even `__proto__`: assigning that key to a plain object
 * would set its prototype instead. JSON.parse makes `"__proto__"` an own field.
 */
function setOwn(target: Record<PathSegment, unknown>, key: PathSegment, value: unknown): void {
  if (key === "__proto__") Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
  else target[key] = value;
}

/** An array's length; a Proxy can claim one no array has, which is not data: it throws. @internal */
export function arrayLength(items: readonly unknown[]): number {
  const length = items.length;
  if (!Number.isSafeInteger(length) || length < 0 || length > 2 ** 32 - 1) throw new RangeError("not an array length");
  return length;
}

function describeList(path: readonly PathSegment[]): string {
  const last = path[path.length - 1];
  if (typeof last !== "string") return "the list";
  if (/^[A-Za-z_$][\w$]{0,40}$/.test(last)) return last;
  return JSON.stringify(last.length > 40 ? `${last.slice(0, 40)}…` : last);
}
