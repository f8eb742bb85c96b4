import * as z from "zod";
import type { InvalidDatasetError } from "../errors/coalition-error.js";
import { invalidDataset } from "../internal/errors.js";
import { deepFreeze } from "../internal/deep-freeze.js";
import { LIMITS } from "../model/limits.js";
import type { Dataset } from "../model/types.js";
import { COLLECTION_NAMES, DATASET_HEADER } from "../schema/dataset.js";
import { checkCollection, recordLimits, type Found, type Sorted } from "./internal/check-collection.js";
import { builtinTypeParents, checkReferences, type CheckedRecords, type ValidRecords } from "./internal/check-references.js";
import { checkRules, checkTaxonomyCycles } from "./internal/check-rules.js";
import { formatIssues } from "./format-issues.js";
import { fromZodIssues } from "./internal/from-zod-issues.js";
import { issueSink, type IssueSink } from "./internal/issue-sink.js";
import { markParsed } from "./internal/parsed-datasets.js";
import { readBases, readDocument, unreadable } from "./internal/read-input.js";
import { RecordIndex } from "./internal/record-index.js";
import { register } from "./internal/register.js";
import { snapshot } from "./internal/snapshot.js";
import { checkDecisionReferences } from "./internal/check-decisions.js";
import { checkPledgeCountReferences } from "./internal/check-pledge-counts.js";
import { checkCountRanges } from "./internal/check-ranges.js";
import { checkStructure } from "./internal/check-structure.js";
import { checkSupersedes } from "./internal/check-supersedes.js";

/**
 * Options of {@link parseDataset} and {@link safeParseDataset}.
 *
 * @category Parsing
 */
export interface ParseDatasetOptions {
  /**
   * Parsed datasets the input builds on (reference data such as bloc memberships).
   * The input may refer to their records, and the result holds theirs and its own.
   * Each must be a dataset that {@link parseDataset} or {@link safeParseDataset}
   * returned: anything else (a hand-built object, a copy of a parsed dataset) is an
   * issue at `(base)`, since only the parser's own result was checked whole.
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
  | { readonly success: false; readonly error: InvalidDatasetError };

let headerSchema: z.ZodType | undefined;

/**
 * Parses unknown JSON into a typed, deeply readonly, frozen dataset, checking every
 * record against its schema and every reference against the records declared (here
 * or in `options.base`). Never throws and never mutates or freezes what it is given:
 * on bad input (or bad options) it returns every problem at once, each with a `code`,
 * a `path` and a `message`. The checks of references and rules run on every record
 * that passed its schema (a duplicate too) and on the valid fields of one that did not,
 * so the problems behind a broken record come with it. Each value of the input is read
 * once, so a getter or a Proxy cannot show the limits one thing and the schema another.
 *
 * @param input - Anything: typically the result of `JSON.parse`.
 * @param options - Parsed datasets the input builds on (`base`), such as reference data: each one a result of this parser.
 * @returns `{ success: true, data }` with the frozen dataset, or `{ success: false, error }` with a {@link coalition!CoalitionError} (an `InvalidDatasetError`, code `invalid_dataset`) whose `issues` list every problem.
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
export function safeParseDataset(input: unknown, options?: ParseDatasetOptions): SafeParseDatasetResult {
  // Keeps the first LIMITS.issueCount issues by path. Once more have come, no further
  // record is checked, so a hostile input costs bounded memory and time (see `failure`).
  const issues = issueSink(LIMITS.issueCount);
  // Every read of the input and the options is guarded: what cannot be read (a getter
  // that throws, a revoked Proxy) is an issue at its path. Each value is read once.
  const bases = readBases(options, issues);
  const document = readDocument(input, issues);
  if (document === undefined) return failure(issues);
  const header = checkHeader(document, issues);

  const index = new RecordIndex();
  for (const [type, parent] of builtinTypeParents()) index.typeParents.set(type, parent);
  for (const { dataset, at } of bases) {
    for (const name of COLLECTION_NAMES) {
      (dataset[name] as readonly unknown[]).forEach((record, i) => register(index, name, record, ["(base)", at, name, i], issues));
    }
  }
  const sorted: Sorted = { valid: emptyCollections(), others: emptyCollections() };
  for (const name of COLLECTION_NAMES) {
    if (issues.full) break;
    if (document.has(name)) checkCollection(name, document.get(name), index, sorted, issues);
  }

  // Past the limit some records went unchecked, and references to the ids they
  // declare would be reported as dangling: the cross-record checks are skipped.
  if (!issues.full) {
    const valid = sorted.valid as unknown as ValidRecords;
    const checked = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, [...sorted.valid[name], ...sorted.others[name]]]));
    checkReferences(checked as unknown as CheckedRecords, index, issues);
    checkRules(checked as unknown as CheckedRecords, index, issues);
    checkTaxonomyCycles(valid, index, issues);
    checkDecisionReferences(valid, index, issues);
    checkStructure(valid, index, issues);
    checkPledgeCountReferences(valid, index, issues);
    checkCountRanges(valid, issues);
    checkSupersedes(valid, index, issues);
  }
  if (issues.issues.length > 0 || header === undefined) return failure(issues);

  const dataset: Record<string, unknown> = { ...header };
  for (const name of COLLECTION_NAMES) {
    const records: unknown[] = [];
    for (const { dataset: base } of bases) for (const record of base[name] as readonly unknown[]) records.push(record);
    for (const { record } of sorted.valid[name]) records.push(record);
    dataset[name] = records;
  }
  // The bases' records are frozen already (they are parsed datasets): only what is new is frozen here.
  return { success: true, data: markParsed(deepFreeze(dataset) as unknown as Dataset) };
}

/**
 * Parses unknown JSON into a typed, deeply readonly, frozen dataset, as
 * {@link safeParseDataset} does, but throws.
 *
 * @param input - Anything: typically the result of `JSON.parse`.
 * @param options - Parsed datasets the input builds on (`base`), such as reference data: each one a result of this parser.
 * @returns The dataset, typed, deeply readonly and frozen, holding the records of `base` and its own.
 * @throws {CoalitionError} with code `invalid_dataset` and every issue, on bad input or a `base` the parser did not return.
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

/** The header's fields, each read once and checked; undefined when one is wrong (reported). */
function checkHeader(document: ReadonlyMap<string, unknown>, issues: IssueSink): Record<string, unknown> | undefined {
  headerSchema ??= z.object(DATASET_HEADER);
  const fields: Record<string, unknown> = {};
  let whole = true;
  for (const key of Object.keys(DATASET_HEADER)) {
    const value = document.get(key);
    if (value === undefined) continue;
    // A header list past LIMITS.listLength (notes) is reported without reading its
    // items, and the header's schema checks the other fields only.
    try {
      const copy = snapshot(value, [key], recordLimits(), (issue) => issues.push(issue));
      if (copy.whole) fields[key] = copy.value;
      else whole = false;
    } catch {
      issues.push(unreadable([key]));
      whole = false;
    }
  }
  const parsed = headerSchema.safeParse(fields);
  if (!parsed.success) {
    for (const issue of fromZodIssues(parsed.error.issues, [], fields)) issues.push(issue);
    return undefined;
  }
  return whole ? (parsed.data as Record<string, unknown>) : undefined;
}

function emptyCollections(): Found {
  return Object.fromEntries(COLLECTION_NAMES.map((name) => [name, []])) as unknown as Found;
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
  return { success: false, error: invalidDataset(message, sorted) };
}
