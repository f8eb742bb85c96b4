import * as z from "zod";
import type { InvalidDatasetError } from "../errors/coalition-error.js";
import { invalidDataset } from "../internal/errors.js";
import { deepFreeze } from "../internal/deep-freeze.js";
import { LIMITS } from "../model/limits.js";
import type { Dataset, ExtendsRef } from "../model/types.js";
import { COLLECTION_NAMES, DATASET_HEADER } from "../schema/dataset.js";
import { checkCollection, recordLimits, type Found, type Sorted } from "./internal/check-collection.js";
import { builtinTypeParents, checkReferences, type CheckedRecords, type ValidRecords } from "./internal/check-references.js";
import { checkRules, checkTaxonomyCycles } from "./internal/check-rules.js";
import { formatIssues } from "./format-issues.js";
import { fromZodIssues } from "./internal/from-zod-issues.js";
import { issueSink, type IssueSink } from "./internal/issue-sink.js";
import { markParsed } from "./internal/parsed-datasets.js";
import { readBases, readDocument, readResolver, unreadable } from "./internal/read-input.js";
import { layerStack, type LayerBase, type LayerStack } from "./internal/layer-stack.js";
import { resolveExtends, type LayerParse, type ResolveContext } from "./internal/resolve-extends.js";
import { RecordIndex } from "./internal/record-index.js";
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
  /**
   * Finds a dataset the input extends (its header's `extends`) that no `base` of that
   * id gives: it returns the JSON document (parsed here, with these same options, so
   * its own `extends` are resolved in turn) or a parsed dataset. A ref it cannot give
   * (it returns nothing, or throws) is an issue `unresolved_extends`, never an exception.
   * The library never reads files: a file-based tool resolves `ref.path` itself,
   * relative to the file of the dataset whose `extends` names it, `referrer` (its id).
   */
  readonly resolve?: (ref: ExtendsRef, referrer: string) => unknown;
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
 * record against its schema and every reference against the records declared (here,
 * in `options.base`, or in the datasets its `extends` names, found by `options.resolve`;
 * the result holds every layer's records, merged, and names them in `layers`). Never throws and never mutates or freezes what it is given:
 * on bad input (or bad options) it returns every problem at once, each with a `code`,
 * a `path` and a `message`. The checks of references and rules run on every record
 * that passed its schema (a duplicate too) and on the valid fields of one that did not,
 * so the problems behind a broken record come with it. Each value of the input is read
 * once, so a getter or a Proxy cannot show the limits one thing and the schema another.
 *
 * @param input - Anything: typically the result of `JSON.parse`.
 * @param options - Parsed datasets the input builds on (`base`), such as reference data: each one a result of this parser; and `resolve`, which finds the datasets its `extends` names.
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
  const bases: LayerBase[] = readBases(options, issues).map(({ dataset, at }) => ({ dataset, path: ["(base)", at] }));
  const resolve = readResolver(options, issues);
  return parseLayer(input, bases, { available: bases, resolve, chain: [], done: new Map(), parse: parseExtended }, issues);
}

/** A dataset another extends, found by the resolver: parsed with the same context, its own layers resolved in turn. */
function parseExtended(input: unknown, context: ResolveContext): LayerParse {
  const result = parseLayer(input, [], context, issueSink(LIMITS.issueCount));
  return result.success ? { dataset: result.data } : { issues: result.error.issues };
}

/** One document on the layers it builds on: `bases` (of the options), and what it extends, found through `context`. */
function parseLayer(input: unknown, bases: readonly LayerBase[], context: ResolveContext, issues: IssueSink): SafeParseDatasetResult {
  const document = readDocument(input, issues);
  if (document === undefined) return failure(issues);
  const { header, refs, held } = checkHeader(document, issues);
  const id = typeof document.get("id") === "string" ? (document.get("id") as string) : "(this dataset)";
  const index = new RecordIndex();
  for (const [type, parent] of builtinTypeParents()) index.typeParents.set(type, parent);
  for (const base of bases) for (const layer of base.dataset.layers) held.add(layer);
  const extended = refs === undefined ? undefined : resolveExtends(refs, id, held, context, issues);
  const layers = stackLayers([...bases, ...(extended ?? [])], index, issues);
  const sorted: Sorted = { valid: emptyCollections(), others: emptyCollections() };
  for (const name of COLLECTION_NAMES) {
    if (issues.full) break;
    if (document.has(name)) checkCollection(name, document.get(name), index, sorted, issues);
  }
  // Past the limit some records went unchecked, and references to the ids they declare
  // would be reported as dangling; so would those to a layer that could not be had:
  // the cross-record checks are skipped then.
  if (!issues.full && extended !== undefined) checkAcross(sorted, index, issues);
  if (issues.issues.length > 0 || header === undefined) return failure(issues);
  return { success: true, data: build(header, held, sorted, layers) };
}

/** The records of the layers a document builds on, merged and entered into the index; undefined when it builds on none. */
function stackLayers(bases: readonly LayerBase[], index: RecordIndex, issues: IssueSink): LayerStack | undefined {
  if (bases.length === 0) return undefined;
  const layers = layerStack(index, issues);
  for (const base of bases) layers.add(base);
  index.redefine = layers.redefine;
  return layers;
}

/** The checks that span records, on the document's records that passed their schema (and the valid fields of the others). */
function checkAcross(sorted: Sorted, index: RecordIndex, issues: IssueSink): void {
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

/** The parsed dataset: the header, its layers' ids, and per collection the layers' merged records then the document's new ones; frozen. */
function build(header: Record<string, unknown>, held: ReadonlySet<string>, sorted: Sorted, layers: LayerStack | undefined): Dataset {
  const ids = [...(layers?.ids ?? [])];
  for (const id of [...held, header.id as string]) if (!ids.includes(id)) ids.push(id);
  const dataset: Record<string, unknown> = { ...header, layers: ids };
  for (const name of COLLECTION_NAMES) {
    const records: unknown[] = layers === undefined ? [] : [...layers.records[name]];
    for (const { record } of sorted.valid[name]) if (layers?.merged(record) !== true) records.push(record);
    dataset[name] = records;
  }
  // The bases' records are frozen already (they are parsed datasets): only what is new is frozen here.
  return markParsed(deepFreeze(dataset) as unknown as Dataset);
}

/**
 * Parses unknown JSON into a typed, deeply readonly, frozen dataset, as
 * {@link safeParseDataset} does, but throws.
 *
 * @param input - Anything: typically the result of `JSON.parse`.
 * @param options - Parsed datasets the input builds on (`base`), such as reference data: each one a result of this parser; and `resolve`, which finds the datasets its `extends` names.
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

/** What the header says: its fields (undefined when one is wrong, reported), what it extends, the layers it holds already. */
interface Header {
  readonly header: Record<string, unknown> | undefined;
  /** The refs of `extends` ([] without it), or undefined when it is wrong. */
  readonly refs: readonly ExtendsRef[] | undefined;
  /** The ids its `layers` lists: layers whose records it holds already, never resolved again. */
  readonly held: Set<string>;
}

/** The header's fields, each read once and checked. */
function checkHeader(document: ReadonlyMap<string, unknown>, issues: IssueSink): Header {
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
  }
  // The refs and layers are read even when another header field is wrong, so the records
  // that refer to what it extends are still checked.
  const refs = DATASET_HEADER.extends.safeParse(fields.extends);
  const held = DATASET_HEADER.layers.safeParse(fields.layers);
  return {
    header: parsed.success && whole ? (parsed.data as Record<string, unknown>) : undefined,
    refs: !refs.success || (document.get("extends") !== undefined && fields.extends === undefined) ? undefined : (refs.data ?? []),
    held: new Set(held.success ? held.data : []),
  };
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
