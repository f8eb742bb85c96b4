import * as z from "zod";
import { CoalitionError } from "../errors/coalition-error.js";
import { LIMITS } from "../model/limits.js";
import type { Dataset } from "../model/types.js";
import { COLLECTION_NAMES, COLLECTION_SCHEMAS, DATASET_HEADER, type CollectionName } from "../schema/dataset.js";
import { builtinTypeParents, checkReferences, type Indexed, type ValidRecords } from "./check-references.js";
import { checkRules } from "./check-rules.js";
import { conditionDepth } from "./condition-depth.js";
import type { DatasetIssue, PathSegment } from "./dataset-issue.js";
import { deepFreeze } from "./deep-freeze.js";
import { formatIssues } from "./format-issues.js";
import { fromZodIssues, describe, describeKey } from "./from-zod-issues.js";
import { RecordIndex, type IdSpace } from "./record-index.js";

/** Options of {@link parseDataset} and {@link safeParseDataset}. */
export interface ParseDatasetOptions {
  /**
   * Parsed datasets the input builds on (reference data such as bloc memberships).
   * The input may refer to their records, and the result holds theirs and its own.
   */
  readonly base?: Dataset | readonly Dataset[];
}

/** The result of {@link safeParseDataset}: the dataset, or the error with every issue. */
export type SafeParseDatasetResult =
  | { readonly success: true; readonly data: Dataset }
  | { readonly success: false; readonly error: CoalitionError };

const ID_SPACE: Readonly<Record<CollectionName, IdSpace | undefined>> = {
  sources: "source",
  states: "actor",
  organizations: "actor",
  coalitions: "actor",
  institutions: "institution",
  persons: "person",
  contributionTypes: "contribution type",
  stancePhrases: undefined,
  commitments: "commitment",
  proposals: "proposal",
  positions: "position",
  events: "event",
};

const HEADER_KEYS = new Set(Object.keys(DATASET_HEADER));
const COLLECTION_KEYS: ReadonlySet<string> = new Set(COLLECTION_NAMES);
let headerSchema: z.ZodType | undefined;

/**
 * Parses unknown JSON into a typed, deeply readonly, frozen dataset, checking every
 * record against its schema and every reference against the records declared (here
 * or in `options.base`). Never throws and never mutates `input`: on bad input it
 * returns every problem at once, each with a `code`, a `path` and a `message`.
 *
 * @example
 * ```ts
 * import { safeParseDataset } from "coalition/schema";
 * const result = safeParseDataset({ id: "demo", title: "Demo", commitments: [{ id: "c1" }] });
 * result.success;
 * //=> false
 * result.success ? [] : result.error.issues.map((issue) => issue.code);
 * //=> ["missing_field", "missing_field", "missing_field", "missing_field", "missing_field"]
 * ```
 */
export function safeParseDataset(input: unknown, options: ParseDatasetOptions = {}): SafeParseDatasetResult {
  const issues: DatasetIssue[] = [];
  // Reading a value that is not plain data (a getter, a Proxy) can throw: every read of
  // the input is guarded, and what cannot be read is an issue at its path.
  let keys: string[];
  try {
    if (typeof input !== "object" || input === null || Array.isArray(input)) {
      issues.push({ code: "invalid_type", path: [], message: `a dataset must be an object, not ${describe(input)}` });
      return failure(issues);
    }
    keys = Object.keys(input);
  } catch {
    return failure([unreadable([])]);
  }
  const document = input as Record<string, unknown>;

  for (const key of keys) {
    if (!HEADER_KEYS.has(key) && !COLLECTION_KEYS.has(key)) {
      issues.push({ code: "unknown_field", path: [key], message: `${describeKey(key)} is not a field of a dataset; check its spelling` });
    }
  }
  headerSchema ??= z.object(DATASET_HEADER);
  let header: { success: true; data: unknown } | { success: false } = { success: false };
  try {
    const parsed = headerSchema.safeParse(document);
    if (parsed.success) header = parsed;
    else issues.push(...fromZodIssues(parsed.error.issues, [], document));
  } catch {
    issues.push(unreadable([]));
  }

  const index = new RecordIndex();
  for (const [type, parent] of builtinTypeParents()) index.typeParents.set(type, parent);
  const bases = options.base === undefined ? [] : Array.isArray(options.base) ? options.base : [options.base as Dataset];
  bases.forEach((base, b) => {
    for (const name of COLLECTION_NAMES) {
      (base[name] as readonly unknown[]).forEach((record, i) => register(index, name, record, ["(base)", b, name, i], issues));
    }
  });

  const valid = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, [] as Indexed<unknown>[]])) as unknown as Record<
    CollectionName,
    Indexed<unknown>[]
  >;
  for (const name of COLLECTION_NAMES) {
    let raw: readonly unknown[];
    let indices: readonly number[];
    try {
      const value = document[name];
      if (value === undefined) continue;
      if (!Array.isArray(value)) {
        issues.push({ code: "invalid_type", path: [name], message: `${name} must be an array, not ${describe(value)}` });
        continue;
      }
      raw = value;
      indices = itemIndices(raw, name, issues);
    } catch {
      issues.push(unreadable([name]));
      continue;
    }
    const schema = COLLECTION_SCHEMAS[name];
    for (const i of indices) {
      const path = [name, i];
      try {
        const element: unknown = raw[i];
        const id = typeof element === "object" && element !== null ? (element as { id?: unknown }).id : undefined;
        const space = ID_SPACE[name];
        // Declare even an invalid record's id, so its referrers do not report it as missing.
        const unique = space === undefined || typeof id !== "string" || index.declare(space, id, path, issues);
        if (tooDeep(element, path, issues)) continue;
        const result = schema.safeParse(element);
        if (!result.success) {
          issues.push(...fromZodIssues(result.error.issues, path, element));
          continue;
        }
        // A duplicate is still checked against its schema above, but only the first record counts.
        if (!unique) continue;
        // zod's output is a fresh plain copy: from here on nothing reads the input.
        valid[name].push({ record: result.data, path });
        register(index, name, result.data, path, issues, false);
      } catch {
        issues.push(unreadable(path));
      }
    }
  }

  const records = valid as unknown as ValidRecords;
  checkReferences(records, index, issues);
  checkRules(records, index, issues);
  if (issues.length > 0 || !header.success) return failure(issues);

  const dataset: Record<string, unknown> = { ...(header.data as object) };
  for (const name of COLLECTION_NAMES) {
    dataset[name] = [...bases.flatMap((base) => base[name] as readonly unknown[]), ...valid[name].map((v) => v.record)];
  }
  return { success: true, data: deepFreeze(dataset) as unknown as Dataset };
}

/**
 * Parses unknown JSON into a typed, deeply readonly, frozen dataset, as
 * {@link safeParseDataset} does, but throws.
 *
 * @throws {CoalitionError} with code `invalid_dataset` and every issue, on bad input.
 * @example
 * ```ts
 * import { parseDataset } from "coalition/schema";
 * const dataset = parseDataset({
 *   id: "demo",
 *   title: "Demo",
 *   sources: [{ id: "s1", kind: "official-statement", publisher: "Demo Office", date: "2025-03" }],
 *   states: [{ id: "IE" }],
 *   commitments: [
 *     { id: "c1", actor: "IE", type: "peacekeepers", stance: "ready", date: "unknown", sources: ["s1"] },
 *   ],
 * });
 * dataset.commitments[0]?.stance;
 * //=> "ready"
 * Object.isFrozen(dataset.commitments);
 * //=> true
 * ```
 */
export function parseDataset(input: unknown, options: ParseDatasetOptions = {}): Dataset {
  const result = safeParseDataset(input, options);
  if (!result.success) throw result.error;
  return result.data;
}

function register(
  index: RecordIndex,
  name: CollectionName,
  record: unknown,
  path: readonly PathSegment[],
  issues: DatasetIssue[],
  declare = true,
): void {
  const value = record as Record<string, unknown>;
  const id = value.id as string;
  const space = ID_SPACE[name];
  if (declare && space !== undefined && !index.declare(space, id, path, issues)) return;
  switch (name) {
    case "states":
      index.actorKinds.set(id, "state");
      break;
    case "organizations":
      index.actorKinds.set(id, "organization");
      break;
    case "coalitions":
      index.actorKinds.set(id, "coalition");
      break;
    case "institutions":
      index.institutions.set(id, record as never);
      break;
    case "persons":
      index.persons.set(id, record as never);
      break;
    case "sources":
      index.sources.set(id, record as never);
      break;
    case "contributionTypes":
      index.typeParents.set(id, value.parent as string | undefined);
      break;
    case "stancePhrases":
      index.stancePhrases.push(record as never);
      break;
    default:
      break;
  }
}

/**
 * The indices of the items of a collection. JSON arrays have no holes: the first hole
 * is an issue, and the indices after it are listed from the array's own keys, since a
 * sparse array can be 2^32 - 1 long and walking every slot would take minutes.
 */
function itemIndices(items: readonly unknown[], name: CollectionName, issues: DatasetIssue[]): number[] {
  const length = items.length;
  // Only a Proxy can claim more: it is not data, and walking its claim would never end.
  if (!Number.isSafeInteger(length) || length < 0 || length > 2 ** 32 - 1) throw new RangeError("not an array length");
  const indices: number[] = [];
  for (let i = 0; i < length; i++) {
    if (Object.hasOwn(items, i)) {
      indices.push(i);
      continue;
    }
    issues.push({
      code: "missing_field",
      path: [name, i],
      message: "there is no record here: the array has a hole, which JSON cannot hold",
    });
    for (const key of Object.keys(items)) {
      const index = Number(key);
      if (Number.isInteger(index) && index > i && index < length && String(index) === key) indices.push(index);
    }
    break;
  }
  return indices;
}

/** The issue for a value that threw when read: a getter, a Proxy, anything but plain data. */
function unreadable(path: readonly PathSegment[]): DatasetIssue {
  return {
    code: "invalid_type",
    path,
    message: "reading this value threw an exception; a dataset must be plain JSON data",
  };
}

function tooDeep(element: unknown, path: readonly PathSegment[], issues: DatasetIssue[]): boolean {
  if (typeof element !== "object" || element === null) return false;
  const condition = (element as { condition?: unknown }).condition;
  if (condition === undefined) return false;
  const depth = conditionDepth(condition, LIMITS.conditionDepth);
  if (depth <= LIMITS.conditionDepth) return false;
  issues.push({
    code: "too_deep",
    path: [...path, "condition"],
    message: `the condition is nested more than ${LIMITS.conditionDepth} levels deep`,
  });
  return true;
}

function failure(issues: DatasetIssue[]): SafeParseDatasetResult {
  const sorted = [...issues].sort((a, b) => comparePaths(a.path, b.path));
  const count = sorted.length === 1 ? "1 problem" : `${sorted.length} problems`;
  const message = `Invalid dataset: ${count}\n${formatIssues(sorted)}`;
  return { success: false, error: new CoalitionError("invalid_dataset", message, sorted) };
}

function comparePaths(a: readonly PathSegment[], b: readonly PathSegment[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i] as PathSegment;
    const y = b[i] as PathSegment;
    if (x === y) continue;
    if (typeof x === "number" && typeof y === "number") return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return a.length - b.length;
}
