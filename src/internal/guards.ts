import { BOOLEAN, type Check, checkArgument, checkOptions, COUNT, DATASET, DATASETS, DATE, FACTS, isListOf, isObject, NUMBER, RECORD, SOURCE, STANCE, STRING, STRINGS } from "./argument-checks.js";
import { shown } from "./errors.js";

// Argument guards for the public functions: one call at the top of each checks what a
// caller without TypeScript (or with a cast) could pass wrong, so that a wrong type is
// refused with `invalid_argument` naming the argument, not met by a TypeError deep inside.
// They check the shape only (a dataset's collections are lists); the parser checks data.

/** What a field of an options object takes. @internal */
export type FieldKind = "string" | "boolean" | "number" | "count" | "stance" | "date" | "record" | "facts" | "strings" | "datasets";

/** What a parameter takes: a kind, or the fields of an options object (optional unless `required`). @internal */
export type ArgumentKind =
  | FieldKind
  | "dataset"
  | "source"
  | "report"
  | "aggregate"
  | "object"
  | "claimed"
  | "path"
  | "issues"
  | "files"
  | { readonly fields: Readonly<Record<string, FieldKind>>; readonly required?: true };

export { shown };

const REPORT_LISTS = ["coalitions", "contributions", "refusals", "contested", "proposals", "sources"] as const;

const FIELD_CHECKS: Readonly<Record<FieldKind, Check>> = { string: STRING, boolean: BOOLEAN, number: NUMBER, count: COUNT, stance: STANCE, date: DATE, record: RECORD, facts: FACTS, strings: STRINGS, datasets: DATASETS };

const isPath = (value: unknown): boolean => isListOf(value, (segment) => typeof segment === "string" || typeof segment === "number");
// A file of an import or export: a path, and its text or its bytes.
const isFile = (value: unknown): boolean => isObject(value) && typeof value.path === "string" && (typeof value.text === "string" || value.bytes instanceof Uint8Array);
const isIssue = (value: unknown): boolean => isObject(value) && typeof value.code === "string" && typeof value.message === "string" && isPath(value.path);

const SHAPES: Readonly<Record<Exclude<ArgumentKind, FieldKind | object>, Check>> = {
  object: RECORD,
  claimed: [(value) => isObject(value) && Array.isArray(value.claims), "an object with a list of claims"],
  path: [isPath, "a list of names and indices"],
  issues: [(value) => isListOf(value, isIssue), "a list of dataset issues"],
  files: [(value) => isListOf(value, isFile), "a list of files, each with a path and its text or bytes"],
  dataset: DATASET,
  source: SOURCE,
  report: [(value) => isObject(value) && isObject(value.verdicts) && isObject(value.dataset) && REPORT_LISTS.every((name) => Array.isArray(value[name])), "a report from buildReport"],
  aggregate: [(value) => isObject(value) && typeof value.by === "string" && Array.isArray(value.buckets), "an aggregate from aggregateCommitments"],
};

const fieldCheck = (kind: FieldKind): Check => FIELD_CHECKS[kind];

/**
 * Checks the arguments of a public function, in order, by what each takes; throws
 * `invalid_argument` naming the first that is wrong (a field by its own name). By kind
 * name, which bundles the checks of every kind: a function whose bundle matters names
 * its checks instead (`checkEach`, ./argument-checks.ts).
 * @internal
 */
export function checkArguments(args: Readonly<Record<string, readonly [unknown, ArgumentKind]>>): void {
  for (const [name, [value, kind]] of Object.entries(args)) {
    if (typeof kind === "object") checkOptions(name, value, kind, fieldCheck);
    else checkArgument(name, value, kind in SHAPES ? SHAPES[kind as keyof typeof SHAPES] : FIELD_CHECKS[kind as FieldKind]);
  }
}

/** A scenario: the facts known and the day, as `evaluateScenario` and its kin take it. @internal */
export const SCENARIO: ArgumentKind = { fields: { facts: "record", asOf: "string", allowUnknownFacts: "boolean" }, required: true };
