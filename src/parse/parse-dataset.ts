import * as z from "zod";
import { CoalitionError } from "../errors/coalition-error.js";
import { LIMITS } from "../model/limits.js";
import type { Coalition, Dataset, PledgeCount } from "../model/types.js";
import { COLLECTION_NAMES, COLLECTION_SCHEMAS, DATASET_HEADER, type CollectionName } from "../schema/dataset.js";
import { builtinTypeParents, checkReferences, type Indexed, type ValidRecords } from "./internal/check-references.js";
import { checkRules } from "./internal/check-rules.js";
import { checkDecisionReferences } from "./internal/check-decisions.js";
import { checkPledgeCountReferences } from "./internal/check-pledge-counts.js";
import { checkCountRanges } from "./internal/check-ranges.js";
import { checkStructure, declareStructure } from "./internal/check-structure.js";
import { checkSupersedes, statementKey, type StatementSpace } from "./internal/check-supersedes.js";
import { conditionDepth } from "./internal/condition-depth.js";
import type { DatasetIssue, PathSegment } from "./dataset-issue.js";
import { deepFreeze } from "../internal/deep-freeze.js";
import { formatIssues } from "./format-issues.js";
import { fromZodIssues, describe, describeKey } from "./internal/from-zod-issues.js";
import { issueSink, type IssueReport, type IssueSink } from "./internal/issue-sink.js";
import { oversizedLists } from "./internal/oversized-lists.js";
import { parseCondition } from "./internal/parse-condition.js";
import { RecordIndex, type IdSpace, type StatementFacts } from "./internal/record-index.js";

/**
 * Options of {@link parseDataset} and {@link safeParseDataset}.
 *
 * @category Parsing
 */
export interface ParseDatasetOptions {
  /**
   * Parsed datasets the input builds on (reference data such as bloc memberships).
   * The input may refer to their records, and the result holds theirs and its own.
   */
  readonly base?: Dataset | readonly Dataset[];
}

/**
 * The result of {@link safeParseDataset}: the dataset, or the error with every issue.
 *
 * @category Parsing
 */
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
  pledgeCounts: "pledge count",
};

const HEADER_KEYS = new Set(Object.keys(DATASET_HEADER));
/** The collections whose records hold a condition. */
const CONDITIONAL: ReadonlySet<CollectionName> = new Set(["commitments", "coalitions", "proposals", "positions", "pledgeCounts"]);
/**
 * Conditions nested deeper than this are checked without recursion (parseCondition):
 * zod's schema recurses per level and overflows the stack short of LIMITS.conditionDepth.
 * Real conditions are a few levels deep and take zod's own path.
 */
const SHALLOW_CONDITION = 32;
const COLLECTION_KEYS: ReadonlySet<string> = new Set(COLLECTION_NAMES);
let headerSchema: z.ZodType | undefined;

/**
 * Parses unknown JSON into a typed, deeply readonly, frozen dataset, checking every
 * record against its schema and every reference against the records declared (here
 * or in `options.base`). Never throws and never mutates `input`: on bad input it
 * returns every problem at once, each with a `code`, a `path` and a `message`.
 *
 * @param input - Anything: typically the result of `JSON.parse`.
 * @param options - Parsed datasets the input builds on (`base`), such as reference data.
 * @returns `{ success: true, data }` with the frozen dataset, or `{ success: false, error }` with a {@link CoalitionError} (code `invalid_dataset`) whose `issues` list every problem.
 * @example
 * ```ts
 * import { safeParseDataset } from "coalition/schema";
 * const result = safeParseDataset({ id: "demo", title: "Demo", commitments: [{ id: "c1" }] });
 * result.success;
 * //=> false
 * result.success ? [] : result.error.issues.map((issue) => issue.code);
 * //=> ["missing_field", "missing_field", "missing_field", "missing_field", "missing_field"]
 * ```
 *
 * @category Parsing
 */
export function safeParseDataset(input: unknown, options: ParseDatasetOptions = {}): SafeParseDatasetResult {
  // Keeps the first LIMITS.issueCount issues by path. Once more have come, no further
  // record is checked, so a hostile input costs bounded memory and time (see `failure`).
  const issues = issueSink(LIMITS.issueCount);
  const report: IssueReport["push"] = (issue) => issues.push(issue);
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
    issues.push(unreadable([]));
    return failure(issues);
  }
  const document = input as Record<string, unknown>;

  // Every key, however many: which are reported must not depend on their order.
  for (const key of keys) {
    if (!HEADER_KEYS.has(key) && !COLLECTION_KEYS.has(key)) {
      issues.push({ code: "unknown_field", path: [key], message: `${describeKey(key)} is not a field of a dataset; check its spelling` });
    }
  }
  headerSchema ??= z.object(DATASET_HEADER);
  let header: { success: true; data: unknown } | { success: false } = { success: false };
  try {
    // A header list past LIMITS.listLength (notes) is reported without reading its
    // items, and the header's schema checks the other fields only.
    const listed = [...HEADER_KEYS].filter(
      (key) => document[key] !== undefined && !oversizedLists(document[key], [key], LIMITS.listLength, report),
    );
    const fields = listed.length === HEADER_KEYS.size ? document : Object.fromEntries(listed.map((key) => [key, document[key]]));
    const parsed = headerSchema.safeParse(fields);
    if (parsed.success) header = parsed;
    else for (const issue of fromZodIssues(parsed.error.issues, [], fields)) issues.push(issue);
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
    if (issues.full) break;
    let raw: readonly unknown[];
    let indices: readonly number[] | undefined;
    let count: number;
    try {
      const value = document[name];
      if (value === undefined) continue;
      if (!Array.isArray(value)) {
        issues.push({ code: "invalid_type", path: [name], message: `${name} must be an array, not ${describe(value)}` });
        continue;
      }
      raw = value;
      const length = arrayLength(raw);
      // Checked on the length alone, before a slot is read: a sparse array can claim
      // billions of records in a few bytes.
      if (length > LIMITS.collectionLength) {
        issues.push({
          code: "too_long",
          path: [name],
          message: `${name} has ${length} records, more than the limit of ${LIMITS.collectionLength}`,
        });
        continue;
      }
      indices = holeyIndices(raw, length, name, issues);
      count = indices === undefined ? length : indices.length;
    } catch {
      issues.push(unreadable([name]));
      continue;
    }
    const schema = COLLECTION_SCHEMAS[name];
    for (let k = 0; k < count; k++) {
      // Checked between records, each wholly checked: what is found never depends on
      // the order of a record's keys.
      if (issues.full) break;
      const i = indices === undefined ? k : (indices[k] as number);
      const path = [name, i];
      try {
        const element: unknown = raw[i];
        const id = typeof element === "object" && element !== null ? (element as { id?: unknown }).id : undefined;
        const space = ID_SPACE[name];
        // Declare even an invalid record's id, so its referrers do not report it as missing.
        const unique = space === undefined || typeof id !== "string" || index.declare(space, id, path, issues);
        const depth = conditionDepthOf(element);
        if (depth > LIMITS.conditionDepth) {
          issues.push({
            code: "too_deep",
            path: [...path, "condition"],
            message: `the condition is nested more than ${LIMITS.conditionDepth} levels deep`,
          });
          continue;
        }
        // Lists past their limit are reported without reading their items, and the
        // record is not given to its schema, which would visit every slot.
        if (oversizedLists(element, path, LIMITS.listLength, report)) continue;
        const result =
          depth > SHALLOW_CONDITION && CONDITIONAL.has(name) && !Array.isArray(element)
            ? safeParseWithDeepCondition(schema, element as Record<string, unknown>)
            : schema.safeParse(element);
        if (!result.success) {
          for (const issue of fromZodIssues(result.error.issues, path, element)) issues.push(issue);
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
  // Past the limit some records went unchecked, and references to the ids they
  // declare would be reported as dangling: the cross-record checks are skipped.
  if (!issues.full) {
    checkReferences(records, index, issues);
    checkDecisionReferences(records, index, issues);
    checkStructure(records, index, issues);
    checkPledgeCountReferences(records, index, issues);
    checkRules(records, index, issues);
    checkCountRanges(records, issues);
    checkSupersedes(records, index, issues);
  }
  if (issues.issues.length > 0 || !header.success) return failure(issues);

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
 * @param input - Anything: typically the result of `JSON.parse`.
 * @param options - Parsed datasets the input builds on (`base`), such as reference data.
 * @returns The dataset, typed, deeply readonly and frozen, holding the records of `base` and its own.
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
 *
 * @category Parsing
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
  issues: IssueReport,
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
      declareStructure(index, record as Coalition, path, issues);
      break;
    case "commitments":
    case "positions":
      index.statements.set(statementKey(space as StatementSpace, id), record as StatementFacts);
      break;
    case "pledgeCounts": {
      const { coalition, date, sources } = record as PledgeCount;
      index.statements.set(statementKey("pledge count", id), { actor: coalition ?? "", date, sources });
      break;
    }
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

/** An array's length; a Proxy can claim one no array has, which is not data: it throws. */
function arrayLength(items: readonly unknown[]): number {
  const length = items.length;
  if (!Number.isSafeInteger(length) || length < 0 || length > 2 ** 32 - 1) throw new RangeError("not an array length");
  return length;
}

/**
 * The indices of the items of a collection that has a hole, or undefined when it has
 * none (every index below `length`). JSON arrays have no holes: the first hole is an
 * issue, and the indices after it are listed from the array's own keys.
 */
function holeyIndices(items: readonly unknown[], length: number, name: CollectionName, issues: IssueReport): number[] | undefined {
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

/** The issue for a value that threw when read: a getter, a Proxy, anything but plain data. */
function unreadable(path: readonly PathSegment[]): DatasetIssue {
  return {
    code: "invalid_type",
    path,
    message: "reading this value threw an exception; a dataset must be plain JSON data",
  };
}

/** The nesting of a record's condition (0 for none), counted no further than one past the limit. */
function conditionDepthOf(element: unknown): number {
  if (typeof element !== "object" || element === null) return 0;
  const condition = (element as { condition?: unknown }).condition;
  if (condition === undefined) return 0;
  return conditionDepth(condition, LIMITS.conditionDepth);
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

/**
 * The error listing the issues found, sorted by path. When there were more than the
 * sink keeps, a `too_many_issues` issue at the root says the list stops there.
 */
function failure(found: IssueSink): SafeParseDatasetResult {
  const sorted = [...found.issues];
  const limit = LIMITS.issueCount;
  // Its path is the root: sorted, it comes first, above the issues it speaks of.
  if (found.full) {
    sorted.unshift({
      code: "too_many_issues",
      path: [],
      message: `the dataset has more than ${limit} problems, the limit of one report: ${limit} are listed, and checking stopped there`,
    });
  }
  const count = found.full ? `more than ${limit} problems` : sorted.length === 1 ? "1 problem" : `${sorted.length} problems`;
  const message = `Invalid dataset: ${count}\n${formatIssues(sorted)}`;
  return { success: false, error: new CoalitionError("invalid_dataset", message, sorted) };
}
