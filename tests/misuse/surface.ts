// The public surface as data: every export of every entry, and for each function what
// each of its parameters (and each field of its options) takes. The misuse walk and the
// whole-surface fuzzer both read this table; a new export without a row fails the walk.
import * as main from "../../src/index.js";
import * as conditionText from "../../src/condition-text.js";
import * as explorer from "../../src/explorer.js";
import * as explorerElement from "../../src/explorer-element.js";
import * as fixtures from "../../src/fixtures.js";
import * as interchange from "../../src/interchange.js";
import * as parquet from "../../src/parquet.js";
import * as report from "../../src/report.js";
import * as scenario from "../../src/scenario.js";
import * as schema from "../../src/schema.js";
import { STANCES, type CommitmentIndex, type Dataset } from "../../src/index.js";
import type { CoalitionReport } from "../../src/report.js";

/** Every entry of the package, by the name a consumer imports. */
export const ENTRIES: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  coalition: main,
  "coalition/schema": schema,
  "coalition/scenario": scenario,
  "coalition/report": report,
  "coalition/condition-text": conditionText,
  "coalition/fixtures": fixtures,
  "coalition/interchange": interchange,
  "coalition/parquet": parquet,
  "coalition/explorer": explorer,
  "coalition/explorer-element": explorerElement,
};

/**
 * What a parameter or option field takes. A value of the kind may be answered or refused
 * with `invalid_argument`; a value of another kind must be refused with `invalid_argument`
 * naming the parameter (or the field), except where `lenient` (a documented answer such as
 * `undefined` or `NaN` for what is no date or stance) or `total` (answers anything).
 */
export type Kind =
  | "string"
  | "boolean"
  | "stance"
  | "date"
  | "dataset"
  | "source"
  | "report"
  | "aggregate"
  | "options"
  | "record"
  | "strings"
  | "count"
  | "files"
  | "datasets"
  | "anything";

export interface Field {
  readonly kind: Kind;
  /** A value of the kind for this field, so the walk knows one that works. */
  readonly valid?: unknown;
}

export interface Param {
  readonly name: string;
  readonly kind: Kind;
  /** A value the call answers. */
  readonly valid: unknown;
  /** Absent (undefined) is fine: an optional parameter. */
  readonly optional?: true;
  /** A value of another kind may also get an answer (a documented `undefined`, `false`, `NaN`). */
  readonly lenient?: true;
  /** Any value gets an answer, never an error (a predicate over `unknown`). */
  readonly total?: true;
  /** The fields of an options or scenario object, with what each takes. */
  readonly fields?: Readonly<Record<string, Field>>;
  /** Other arguments a refusal may name, because a good value here can make them wrong (a day before a commitment was stated). */
  readonly decides?: readonly string[];
}

export interface FunctionRow {
  readonly params: readonly Param[];
  /** Codes besides `invalid_argument` the function's contract is to throw for bad input. */
  readonly alsoThrows?: readonly string[];
  /** It answers with a promise, which rejects where a plain function would throw. */
  readonly async?: true;
}

export type Row = { readonly kind: "function"; readonly call: FunctionRow } | { readonly kind: "constant" } | { readonly kind: "schema" };

// Typed arrays (the index holds some) cannot be frozen: left as they are.
const deepFreeze = <T>(value: T): T => {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value) && !ArrayBuffer.isView(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  }
  return value;
};

// ---------------------------------------------------------------------------
// The values the calls start from.

export const dataset: Dataset = fixtures.seedDataset();
export const index: CommitmentIndex = deepFreeze(main.indexCommitments(dataset));
export const coalitionReport: CoalitionReport = deepFreeze(report.buildReport(dataset, { facts: { "peace:agreement:UA": true } }));
export const aggregate = deepFreeze(main.aggregateCommitments(dataset, { by: "type" }));
const condition = dataset.commitments.find((commitment) => commitment.condition?.kind === "all")?.condition;
const participantCount = dataset.coalitions[0]?.participantCount;
const issues = deepFreeze([{ code: "missing_field", path: ["sources", 0, "date"], message: "date is required" }]);

const tinyDocument = deepFreeze({ id: "tiny", title: "A dataset of one state", states: [{ id: "GB" }] });
const asOf: Field = { kind: "date", valid: "2025-03-13" };
const stance: Field = { kind: "stance", valid: "open" };
const knownAsOf: Field = { kind: "date", valid: "2025-03-13" };
const asOfOnly = { asOf, knownAsOf };
const options = (fields: Readonly<Record<string, Field>>): Param => ({ name: "options", kind: "options", valid: undefined, optional: true, fields });
const scenarioParam = (name: string): Param => ({
  name,
  kind: "options",
  valid: deepFreeze({ facts: { "peace:agreement:UA": true } }),
  fields: { facts: { kind: "record", valid: { "peace:agreement:UA": true } }, asOf: { kind: "string", valid: "2025-03-13" }, allowUnknownFacts: { kind: "boolean" } },
});
const str = (name: string, valid: string): Param => ({ name, kind: "string", valid });
const source: Param = { name: "source", kind: "source", valid: dataset };
const datasetParam: Param = { name: "dataset", kind: "dataset", valid: dataset };
const reportParam: Param = { name: "report", kind: "report", valid: coalitionReport };
const objectParam = (name: string, valid: unknown): Param => ({ name, kind: "anything", valid: deepFreeze(valid) });
const fn = (params: readonly Param[], alsoThrows?: readonly string[]): Row => ({ kind: "function", call: alsoThrows === undefined ? { params } : { params, alsoThrows } });
const asyncFn = (params: readonly Param[]): Row => ({ kind: "function", call: { params, async: true } });

// The tables of a tiny dataset, as an import reads them; a sheet of one statement.
const tinyFiles = deepFreeze([{ path: "dataset.csv", text: "id,title\r\ntiny,A dataset of nothing\r\n" }]);
const sheet = "actor,type,stance,date,source_kind,source_publisher,source_date\r\nPL,ground-troops,will not,2025-03-13,media-on-record,Demo News,2025-03-13";
const filesParam: Param = { name: "files", kind: "files", valid: tinyFiles };
const importOptions = { base: { kind: "datasets", valid: fixtures.referenceDataset() }, resolve: { kind: "anything" } } as const satisfies Readonly<Record<string, Field>>;
const sheetOptions = { ...importOptions, id: { kind: "string", valid: "sheet" }, title: { kind: "string", valid: "A sheet" }, file: { kind: "string", valid: "sheet.csv" } } as const satisfies Readonly<Record<string, Field>>;
const constant: Row = { kind: "constant" };
const zod: Row = { kind: "schema" };

const reading: Field = { kind: "string", valid: "cautious" };
// A prepared dataset: what prepareScenarios made, and nothing else, is one.
const preparedParam: Param = { name: "prepared", kind: "anything", valid: scenario.prepareScenarios(dataset) };

const FUNCTIONS: Readonly<Record<string, Row>> = {
  // coalition: the model's helpers
  stanceRank: fn([{ name: "stance", kind: "stance", valid: "ready", lenient: true }]),
  compareStance: fn([
    { name: "a", kind: "stance", valid: "ready", lenient: true },
    { name: "b", kind: "stance", valid: "open", lenient: true },
  ]),
  isStanceAtLeast: fn([
    { name: "stance", kind: "stance", valid: "ready", lenient: true },
    { name: "minimum", kind: "stance", valid: "open", lenient: true },
  ]),
  stanceOfPhrase: fn([str("phrase", "will not"), options({ extraPhrases: { kind: "anything", valid: [{ phrase: "keen to", stance: "ready" }] } })]),
  datePrecision: fn([{ name: "date", kind: "string", valid: "2025-03", lenient: true }]),
  dateStart: fn([{ name: "date", kind: "string", valid: "2025-03", lenient: true }]),
  dateEnd: fn([{ name: "date", kind: "string", valid: "2025-03", lenient: true }]),
  isCountryCode: fn([{ name: "code", kind: "string", valid: "GB", total: true }]),
  isCurrencyCode: fn([{ name: "code", kind: "string", valid: "EUR", total: true }]),
  isCoalitionError: fn([{ name: "value", kind: "anything", valid: null, total: true }]),
  formatIssues: fn([objectParam("issues", issues)]),
  formatPath: fn([objectParam("path", ["commitments", 3, "actor"])]),

  // coalition: queries and aggregation
  indexCommitments: fn([datasetParam]),
  locationKey: fn([objectParam("location", { kind: "in-country", country: "UA" })]),
  pickClaims: fn([objectParam("claimed", participantCount), source, options({ policy: { kind: "string", valid: "latest" } })]),
  aggregateCommitments: fn(
    [
      source,
      options({
        ...asOfOnly,
        by: { kind: "string", valid: "bloc" },
        minStance: stance,
        type: { kind: "string", valid: "personnel" },
        claimPolicy: { kind: "string", valid: "latest" },
        exchangeRates: { kind: "anything", valid: { base: "EUR", rates: { USD: 0.9 } } },
        includeWithdrawn: { kind: "boolean" },
      }),
    ],
    ["missing_exchange_rate"],
  ),
  mergeAggregates: fn([
    { name: "a", kind: "aggregate", valid: aggregate },
    { name: "b", kind: "aggregate", valid: aggregate },
  ]),
  stanceOnContribution: fn([source, str("actor", "GB"), str("type", "personnel"), options({ ...asOfOnly, location: { kind: "string", valid: "in-country:UA" }, includeSubtypes: { kind: "boolean" } })]),
  stanceOnProposal: fn([source, str("actor", "DE"), str("proposal", "behind-the-line-force"), options(asOfOnly)]),
  actorsByStance: fn([
    source,
    str("type", "peacekeepers"),
    options({ ...asOfOnly, minStance: stance, maxStance: stance, location: { kind: "string", valid: "in-country:UA" }, includeSubtypes: { kind: "boolean" } }),
  ]),
  proposalPositions: fn([source, str("proposal", "behind-the-line-force"), options(asOfOnly)]),
  participantsByBloc: fn([source, str("of", "coalition-talks"), str("bloc", "nato"), options(asOfOnly)]),
  contestedActors: fn([source, options(asOfOnly)]),
  changesBetween: fn([
    source,
    { name: "options", kind: "options", valid: deepFreeze({ from: "2025-03-01", to: "2025-03-13" }), fields: { from: { kind: "date", valid: "2025-03-01" }, to: { kind: "date", valid: "2025-03-13" }, knownAsOf } },
  ]),
  coalitionParticipants: fn([source, str("coalition", "coalition-of-the-willing"), options({ ...asOfOnly, claimPolicy: { kind: "string", valid: "latest" } })]),
  provisionsFor: fn([source, str("provider", "US"), options(asOfOnly)]),
  countAtStance: fn([
    source,
    str("type", "personnel"),
    options({ ...asOfOnly, stance, coalition: { kind: "string", valid: "coalition-of-the-willing" }, location: { kind: "string", valid: "in-country:UA" }, includeSubtypes: { kind: "boolean" }, claimPolicy: { kind: "string", valid: "latest" } }),
  ]),

  // coalition/condition-text
  parseConditionText: fn([str("text", "peace(UA)")], ["invalid_condition_text"]),
  safeParseConditionText: fn([{ name: "text", kind: "string", valid: "peace(UA)", total: true }]),
  printCondition: fn([objectParam("condition", condition)]),

  // coalition/scenario
  factKey: fn([objectParam("atom", { kind: "peace", form: "agreement", country: "UA" }), options({ actor: { kind: "string", valid: "GB" } })]),
  evaluateScenario: fn([datasetParam, scenarioParam("scenario"), options({ minStance: stance, explain: { kind: "boolean" }, reading })]),
  scenarioSensitivity: fn([datasetParam, scenarioParam("scenario"), options({ minStance: stance, facts: { kind: "strings", valid: ["peace:agreement:UA"] }, rankBy: { kind: "string", valid: "personnel" } })]),
  compareScenarios: fn([datasetParam, scenarioParam("before"), scenarioParam("after"), options({ minStance: stance, reading })]),
  prepareScenarios: fn([datasetParam, options({ asOf, minStance: stance })]),
  reevaluateScenario: fn([preparedParam, scenarioParam("scenario")]),
  decidingFacts: fn([
    preparedParam,
    // The scenario's day decides whether the commitment has a verdict ("0000" is a good day, before it).
    { ...scenarioParam("scenario"), decides: ["commitment"] },
    str("commitment", "ch-peacekeepers"),
    options({ maxFacts: { kind: "anything", valid: 2 }, maxSets: { kind: "anything", valid: 2 }, maxCandidates: { kind: "anything", valid: 8 } }),
  ]),

  // coalition/report
  buildReport: fn([datasetParam, options({ asOf: { kind: "string", valid: "2025-03-13" }, knownAsOf, since: { kind: "date", valid: "2025-03-01" }, facts: { kind: "record", valid: { "peace:agreement:UA": true } } })]),
  renderTextReport: fn([reportParam, options({ color: { kind: "boolean" } })]),
  renderMarkdownReport: fn([reportParam]),
  renderHtmlReport: fn([reportParam]),

  // coalition/schema: the parser answers anything (refusing what is no dataset with `invalid_dataset`)
  // Options that are no object, and bases that are no dataset it parsed, are issues of the dataset.
  parseDataset: fn([{ name: "input", kind: "anything", valid: tinyDocument }, { ...options({ base: { kind: "datasets", valid: fixtures.referenceDataset() } }), lenient: true }], ["invalid_dataset"]),
  safeParseDataset: fn([
    { name: "input", kind: "anything", valid: tinyDocument, total: true },
    { ...options({ base: { kind: "datasets", valid: fixtures.referenceDataset() } }), total: true },
  ]),
  datasetJsonSchema: fn([]),

  // coalition/interchange and coalition/parquet (whose promise rejects where the others throw)
  exportDataPackage: fn([datasetParam, options({ descriptor: { kind: "boolean" } })]),
  safeImportDataPackage: fn([filesParam, options(importOptions)]),
  importDataPackage: fn([filesParam, options(importOptions)], ["invalid_dataset"]),
  safeImportCommitmentsSheet: fn([str("text", sheet), options(sheetOptions)]),
  importCommitmentsSheet: fn([str("text", sheet), options(sheetOptions)], ["invalid_dataset"]),
  exportParquet: asyncFn([datasetParam, options({ rowGroupSize: { kind: "count", valid: 1000 } })]),

  // coalition/explorer and coalition/explorer-element (under Node, defineCoalitionExplorer defines nothing)
  renderExplorerPage: fn([datasetParam, options({ asOf: { kind: "string", valid: "2025-03-13" }, facts: { kind: "record", valid: { "peace:agreement:UA": true } } })]),
  defineCoalitionExplorer: fn([options({ name: { kind: "string", valid: "x-explorer" } })]),

  // coalition/fixtures
  seedDataset: fn([]),
  referenceDataset: fn([]),
  timelineDataset: fn([]),
};

const CONSTANTS = ["STANCES", "STANCE_PHRASES", "BUILTIN_CONTRIBUTION_TYPES", "TAXONOMY_VERSION", "SOURCE_KINDS", "BUILTIN_COUNT_UNITS", "LIMITS", "seedDocument", "referenceDocument", "timelineDocument", "COLLECTION_SCHEMAS"];

/** The row of an export, or undefined when the table has none (which the walk reports). */
export function rowOf(name: string, value: unknown): Row | undefined {
  if (CONSTANTS.includes(name)) return constant;
  if (name.endsWith("Schema") && typeof value === "object" && value !== null && "safeParse" in value) return zod;
  return FUNCTIONS[name];
}

// ---------------------------------------------------------------------------
// Whether a value is of a kind (what the call may answer rather than refuse).

function isDatasetLike(value: unknown): boolean {
  try {
    return typeof value === "object" && value !== null && Array.isArray((value as Dataset).commitments) && Array.isArray((value as Dataset).states) && typeof (value as Dataset).id === "string";
  } catch {
    return false;
  }
}

export function isOfKind(kind: Kind, value: unknown): boolean {
  try {
    return ofKind(kind, value);
  } catch {
    // A value whose traps throw is of no kind.
    return false;
  }
}

function ofKind(kind: Kind, value: unknown): boolean {
  switch (kind) {
    case "string":
      return typeof value === "string";
    case "boolean":
      return typeof value === "boolean";
    case "stance":
      return (STANCES as readonly unknown[]).includes(value);
    case "date":
      return typeof value === "string" || value instanceof Date;
    case "dataset":
      return isDatasetLike(value);
    case "source":
      return isDatasetLike(value) || value === index;
    case "report":
      return value === coalitionReport;
    case "aggregate":
      return value === aggregate;
    case "options":
      return typeof value === "object" && value !== null && !Array.isArray(value);
    case "record":
      return typeof value === "object" && value !== null && !Array.isArray(value);
    case "strings":
      return Array.isArray(value) && value.every((item) => typeof item === "string");
    case "count":
      return Number.isSafeInteger(value) && (value as number) >= 1;
    case "files":
      return Array.isArray(value) && value.every((file) => typeof file === "object" && file !== null && typeof (file as { path?: unknown }).path === "string");
    case "datasets":
      return isDatasetLike(value) || (Array.isArray(value) && value.every(isDatasetLike));
    case "anything":
      return true;
  }
}

export { deepFreeze };
