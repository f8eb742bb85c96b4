// One collection of a document, record by record: each record is read once into plain
// data (snapshot), checked against its schema, and sorted into the records that count
// and the others the cross-record checks still look at.
import type * as z from "zod";
import { LIMITS } from "../../model/limits.js";
import { COLLECTION_SCHEMAS, type CollectionName } from "../../schema/dataset.js";
import type { PathSegment } from "../dataset-issue.js";
import type { Indexed } from "./check-references.js";
import { conditionDepth } from "./condition-depth.js";
import { describe, describeKey, fromZodIssues } from "./from-zod-issues.js";
import type { IssueSink } from "./issue-sink.js";
import { parseCondition } from "./parse-condition.js";
import { unreadable } from "./read-input.js";
import { ID_SPACE, type RecordIndex } from "./record-index.js";
import { register } from "./register.js";
import { arrayLength, snapshot, type SnapshotLimits } from "./snapshot.js";

/** Per collection, the records found so far. @internal */
export type Found = Record<CollectionName, Indexed<unknown>[]>;

/** Where checked records go. @internal */
export interface Sorted {
  /** Records that passed their schema and declared a new id: the dataset's records. */
  readonly valid: Found;
  /**
   * Records that still get the cross-record checks but never count: a record whose id
   * is a duplicate, and the fields of a record that failed its schema that passed
   * their own. So the problems behind a broken record are reported with it, not
   * only once it is fixed.
   */
  readonly others: Found;
}

/** The collections whose records hold a condition. */
const CONDITIONAL: ReadonlySet<CollectionName> = new Set(["commitments", "coalitions", "proposals", "positions", "pledgeCounts"]);
/**
 * Conditions nested deeper than this are checked without recursion (parseCondition):
 * zod's schema recurses per level and overflows the stack short of LIMITS.conditionDepth.
 * Real conditions are a few levels deep and take zod's own path.
 */
const SHALLOW_CONDITION = 32;

let limits: SnapshotLimits | undefined;
/**
 * What a copy of a record or a header field refuses: lists past LIMITS.listLength, and
 * nesting deeper than any valid record has (a condition LIMITS.conditionDepth levels
 * deep is at most two objects a level), so a hostile value 100,000 levels deep is
 * refused after a few thousand.
 * @internal
 */
export function recordLimits(): SnapshotLimits {
  const depth = 2 * LIMITS.conditionDepth + 8;
  return (limits ??= {
    listLength: LIMITS.listLength,
    depth,
    tooDeep: (top) =>
      top === "condition"
        ? `the condition is nested more than ${LIMITS.conditionDepth} levels deep`
        : `${typeof top === "number" ? "this item" : describeKey(top)} is nested more than ${depth} levels deep`,
  });
}

/**
 * Checks the records of one collection, `value` as the document holds it, into `sorted`.
 * Stops between records once the sink is full.
 * @internal
 */
export function checkCollection(name: CollectionName, value: unknown, index: RecordIndex, sorted: Sorted, issues: IssueSink): void {
  let indices: readonly number[] | undefined;
  let count: number;
  try {
    if (!Array.isArray(value)) {
      issues.push({ code: "invalid_type", path: [name], message: `${name} must be an array, not ${describe(value)}` });
      return;
    }
    const length = arrayLength(value);
    // Checked on the length alone, before a slot is read: a sparse array can claim
    // billions of records in a few bytes.
    if (length > LIMITS.collectionLength) {
      issues.push({ code: "too_long", path: [name], message: `${name} has ${length} records, more than the limit of ${LIMITS.collectionLength}` });
      return;
    }
    indices = holeyIndices(value, length, name, issues);
    count = indices === undefined ? length : indices.length;
  } catch {
    issues.push(unreadable([name]));
    return;
  }
  for (let k = 0; k < count; k++) {
    // Checked between records, each wholly checked: what is found never depends on
    // the order of a record's keys.
    if (issues.full) break;
    const i = indices === undefined ? k : (indices[k] as number);
    const path = [name, i];
    try {
      checkRecord(name, (value as readonly unknown[])[i], path, index, sorted, issues);
    } catch {
      issues.push(unreadable(path));
    }
  }
}

/** One record: read once, its id declared, checked against its schema, and sorted. */
function checkRecord(name: CollectionName, raw: unknown, path: readonly PathSegment[], index: RecordIndex, sorted: Sorted, issues: IssueSink): void {
  // From here on nothing reads the input: only this plain copy.
  const { value: element, whole } = snapshot(raw, path, recordLimits(), (issue) => issues.push(issue));
  const id = isRecord(element) ? element.id : undefined;
  const space = ID_SPACE[name];
  // Declare even an invalid record's id, so its referrers do not report it as missing.
  const unique = space === undefined || typeof id !== "string" || index.declare(space, id, path, issues);
  // A list past its limit, a value too deep or a cycle is reported already; the schema
  // would only repeat it (and visit every slot of the long list).
  if (!whole) return;
  const depth = isRecord(element) && element.condition !== undefined ? conditionDepth(element.condition, LIMITS.conditionDepth) : 0;
  if (depth > LIMITS.conditionDepth) {
    issues.push({ code: "too_deep", path: [...path, "condition"], message: `the condition is nested more than ${LIMITS.conditionDepth} levels deep` });
    return;
  }
  const schema = COLLECTION_SCHEMAS[name];
  const deep = depth > SHALLOW_CONDITION && CONDITIONAL.has(name) && isRecord(element);
  const result = deep ? safeParseWithDeepCondition(schema, element as Record<string, unknown>) : schema.safeParse(element);
  if (!result.success) {
    for (const issue of fromZodIssues(result.error.issues, path, element)) issues.push(issue);
    const fields = fieldsThatPass(schema, element, result.error.issues, deep);
    if (fields !== undefined) sorted.others[name].push({ record: fields, path });
    return;
  }
  if (!unique) {
    sorted.others[name].push({ record: result.data, path });
    return;
  }
  sorted.valid[name].push({ record: result.data, path });
  register(index, name, result.data, path, issues, false);
}

/**
 * The fields of a record that failed its schema that pass their own, parsed, or
 * undefined when it is not an object or none does. A field with an issue under it is
 * left out, so nothing is reported twice.
 */
function fieldsThatPass(
  schema: z.ZodObject,
  element: unknown,
  failed: readonly z.core.$ZodIssue[],
  deep: boolean,
): Record<string, unknown> | undefined {
  if (!isRecord(element)) return undefined;
  const broken = new Set(failed.map((issue) => issue.path[0]));
  const fields: Record<string, unknown> = {};
  let any = false;
  for (const [key, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
    if (broken.has(key) || !Object.hasOwn(element, key)) continue;
    const parsed = key === "condition" && deep ? parseCondition(element[key], []) : field.safeParse(element[key]);
    // A field with no issue in its record passes alone too; checked all the same, since
    // a field that failed must never reach the checks as if it were valid.
    /* v8 ignore next */
    if (!parsed.success) continue;
    fields[key] = parsed.data;
    any = true;
  }
  return any ? fields : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * The indices of the items of a collection that has a hole, or undefined when it has
 * none (every index below `length`). JSON arrays have no holes: the first hole is an
 * issue, and the indices after it are listed from the array's own keys.
 */
function holeyIndices(items: readonly unknown[], length: number, name: CollectionName, issues: IssueSink): number[] | undefined {
  for (let i = 0; i < length; i++) {
    if (Object.hasOwn(items, i)) continue;
    const indices: number[] = [];
    for (let j = 0; j < i; j++) indices.push(j);
    issues.push({
      code: "missing_field",
      path: [name, i],
      message: "there is no record here: the array has a hole, which JSON cannot hold",
    });
    for (const key of Object.keys(items)) {
      const index = Number(key);
      if (Number.isInteger(index) && index > i && index < length && String(index) === key) indices.push(index);
    }
    return indices;
  }
  return undefined;
}

/**
 * A record checked against its schema with its deep condition checked apart, without
 * recursion (see parseCondition); the same result as `schema.safeParse(element)`.
 */
function safeParseWithDeepCondition(
  schema: z.ZodObject,
  element: Record<string, unknown>,
): { success: true; data: unknown } | { success: false; error: { issues: z.core.$ZodIssue[] } } {
  const { condition, ...rest } = element;
  const record = schema.safeParse(rest);
  const parsed = parseCondition(condition, ["condition"]);
  if (!record.success || !parsed.success) {
    const issues = [...(record.success ? [] : record.error.issues), ...(parsed.success ? [] : parsed.issues)];
    return { success: false, error: { issues } };
  }
  // zod lists a record's fields in the order of its schema: the condition goes back in its place.
  const fields = record.data as Record<string, unknown>;
  const data: Record<string, unknown> = {};
  for (const key of Object.keys(schema.shape)) {
    if (key === "condition") data.condition = parsed.data;
    else if (Object.hasOwn(fields, key)) data[key] = fields[key];
  }
  return { success: true, data };
}
