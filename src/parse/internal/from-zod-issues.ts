import type * as z from "zod";
import { LIMITS } from "../../model/limits.js";
import type { DatasetIssue, PathSegment, PlainIssueCode } from "../dataset-issue.js";

const OWN_CODES: ReadonlySet<string> = new Set<PlainIssueCode>([
  "invalid_date",
  "invalid_country_code",
  "invalid_currency_code",
]);

/**
 * Turns zod's issues for one record into the library's issues, with paths from the
 * document root. `raw` is the record as given, to tell a missing field from a wrong one.
 */
export function fromZodIssues(
  issues: readonly z.core.$ZodIssue[],
  prefix: readonly PathSegment[],
  raw: unknown,
): DatasetIssue[] {
  // zod still runs length checks on a value of the wrong type that has a `length` (an
  // array or a function where a string belongs): one wrong value is one issue.
  const wrongType = new Set(issues.filter((issue) => issue.code === "invalid_type").map((issue) => pathKey(issue.path)));
  const out: DatasetIssue[] = [];
  for (const issue of issues) {
    if ((issue.code === "too_small" || issue.code === "too_big") && wrongType.has(pathKey(issue.path))) continue;
    out.push(...fromZodIssue(issue, prefix, raw));
  }
  return out;
}

/** Where an issue is, and the record it is in. */
interface IssueSite {
  /** From the document root. */
  readonly path: readonly PathSegment[];
  /** Within the record. */
  readonly local: readonly PathSegment[];
  /** The name of the field at fault ("value" for the record itself). */
  readonly field: string;
  readonly raw: unknown;
}

function fromZodIssue(issue: z.core.$ZodIssue, prefix: readonly PathSegment[], raw: unknown): DatasetIssue[] {
  const local = issue.path.filter((segment): segment is PathSegment => typeof segment !== "symbol");
  const site: IssueSite = { path: [...prefix, ...local], local, field: local.length > 0 ? String(local[local.length - 1]) : "value", raw };
  const { path, field } = site;
  const plain = (code: PlainIssueCode, message: string): DatasetIssue[] => [{ code, path, message }];
  switch (issue.code) {
    case "invalid_type":
      if (isMissing(raw, local)) return plain("missing_field", `${field} is required`);
      return plain("invalid_type", `${field} must be ${article(issue.expected)}, not ${describe(valueAt(raw, local))}`);
    case "unrecognized_keys":
      // A record can hold a million unknown keys, and no report lists more than
      // LIMITS.issueCount: those that come first by path (sorted, as the report is),
      // so which are listed does not depend on the order of the keys.
      return [...issue.keys].sort().slice(0, LIMITS.issueCount + 1).map((key) => ({
        code: "unknown_field" as const,
        path: [...path, key],
        message: `${describeKey(key)} is not a field here; check its spelling`,
      }));
    case "invalid_value":
      if (isMissing(raw, local)) return plain("missing_field", `${field} is required`);
      return plain("invalid_value", `${field} must be one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`);
    case "invalid_union":
      return fromUnionIssue(issue, site, prefix);
    case "too_small":
    case "too_big":
      return [fromSizeIssue(issue, site)];
    case "invalid_format":
      return plain("invalid_format", `${field}: ${issue.message}`);
    case "custom":
      return [fromCustomIssue(issue, site)];
    default:
      return plain("invalid_value", `${field}: ${issue.message}`);
  }
}

/** A value of no form a union allows: a missing field, an unknown kind, or a value that matches no form. */
function fromUnionIssue(issue: z.core.$ZodIssueInvalidUnion, site: IssueSite, prefix: readonly PathSegment[]): DatasetIssue[] {
  const { path, local, field, raw } = site;
  const plain = (code: PlainIssueCode, message: string): DatasetIssue[] => [{ code, path, message }];
  const discriminator = (issue as { discriminator?: unknown }).discriminator;
  const options = (issue as { options?: unknown }).options;
  if (typeof discriminator === "string") {
    if (isMissing(raw, local)) return plain("missing_field", `${discriminator} is required`);
    const allowed = Array.isArray(options) ? options.map((o) => JSON.stringify(o)).join(", ") : "a known kind";
    return plain("invalid_value", `${discriminator} must be one of ${allowed}`);
  }
  // A union field left out (a quantity's unit) is missing, not a value of no known form.
  if (isMissing(raw, local)) return plain("missing_field", `${field} is required`);
  // Where one form alone takes a value of this type (a count as a bare number or an
  // object), that form's issues say what is wrong: "must be at least 0".
  const branches: readonly (readonly z.core.$ZodIssue[])[] = issue.errors;
  const wrongTypes = branches.map((branch) => branch.find((inner) => inner.code === "invalid_type" && inner.path.length === 0));
  const fitting = branches.filter((_, b) => wrongTypes[b] === undefined);
  if (fitting.length === 1) {
    return (fitting[0] as z.core.$ZodIssue[]).flatMap((inner) => fromZodIssue({ ...inner, path: [...issue.path, ...inner.path] }, prefix, raw));
  }
  if (fitting.length === 0 && branches.length > 0) {
    const expected = [...new Set(wrongTypes.map((inner) => article((inner as { expected: string }).expected)))].join(" or ");
    return plain("invalid_type", `${field} must be ${expected}, not ${describe(valueAt(raw, local))}`);
  }
  return plain("invalid_value", `${field} matches none of the forms it may take`);
}

/** A string, a list or a number too small or too big; a record without sources is missing its source. */
function fromSizeIssue(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig, { path, field }: IssueSite): DatasetIssue {
  if (issue.code === "too_small") {
    if (issue.origin === "array" && field === "sources") return { code: "missing_source", path, message: "every record needs at least one source" };
    if (issue.origin === "string") return { code: "too_short", path, message: `${field} must not be empty` };
    if (issue.origin === "array") return { code: "too_short", path, message: `${field} needs at least ${String(issue.minimum)} item(s)` };
    return { code: "out_of_range", path, message: `${field} must be at least ${String(issue.minimum)}` };
  }
  if (issue.origin === "string") return { code: "too_long", path, message: `${field} is longer than ${String(issue.maximum)} characters` };
  if (issue.origin === "array") return { code: "too_long", path, message: `${field} has more than ${String(issue.maximum)} items` };
  return { code: "out_of_range", path, message: `${field} must be at most ${String(issue.maximum)}` };
}

/** A check of the library's own (a date, a country or currency code), or another refinement. */
function fromCustomIssue(issue: z.core.$ZodIssueCustom, { path, local, field, raw }: IssueSite): DatasetIssue {
  const code = (issue.params as { code?: unknown } | undefined)?.code;
  if (typeof code === "string" && OWN_CODES.has(code)) {
    // The value is named only while it is short: a message never holds a 10 MB string.
    const value = valueAt(raw, local);
    const shown = typeof value === "string" && value.length <= 40 ? ` ${JSON.stringify(value)}` : "";
    return { code: code as PlainIssueCode, path, message: `${field}${shown} is ${issue.message}` };
  }
  return { code: "invalid_value", path, message: `${field}: ${issue.message}` };
}

function pathKey(path: readonly PropertyKey[]): string {
  return JSON.stringify(path.map((segment) => (typeof segment === "symbol" ? String(segment) : segment)));
}

function valueAt(raw: unknown, path: readonly PathSegment[]): unknown {
  let value = raw;
  for (const segment of path) {
    // Defensive: zod's paths lead into the input it read, so this never stops early on
    // the parser's schemas; kept so that a path through a value a schema transformed
    // gives no value rather than a TypeError. No test can reach it through the parser.
    /* v8 ignore next */
    if (typeof value !== "object" || value === null || !Object.hasOwn(value, segment)) return undefined;
    value = (value as Record<PathSegment, unknown>)[segment];
  }
  return value;
}

function isMissing(raw: unknown, path: readonly PathSegment[]): boolean {
  if (path.length === 0) return raw === undefined;
  const parent = valueAt(raw, path.slice(0, -1));
  const key = path[path.length - 1] as PathSegment;
  return typeof parent === "object" && parent !== null && !Array.isArray(parent) && !Object.hasOwn(parent, key);
}

function article(expected: string): string {
  if (expected === "int") return "a whole number";
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

/**
 * A field name for a message: as it is when it reads as a name, else quoted and cut
 * short, so a key holding a line break or ten megabytes keeps the message one short line.
 */
export function describeKey(key: string): string {
  return /^[A-Za-z_$][\w$-]{0,63}$/.test(key) ? key : quote(key);
}

/**
 * A short, safe description of a value for a message: never the whole value, and
 * never more than one line (a function's source or a symbol's description can hold
 * line breaks; a BigInt can be a million digits).
 */
export function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "number" && !Number.isFinite(value)) return String(value);
  if (typeof value === "object") return "an object";
  if (typeof value === "string") return value.length > 40 ? "a long string" : JSON.stringify(value);
  if (typeof value === "undefined") return "undefined";
  if (typeof value === "function") return "a function";
  if (typeof value === "symbol") return "a symbol";
  if (typeof value === "bigint") return value >= -(10n ** 20n) && value <= 10n ** 20n ? `bigint ${value}` : "a big integer";
  return `${typeof value} ${String(value)}`;
}

/** A string quoted for a message, cut short: an id or a phrase, whatever it holds. */
export function quote(text: string): string {
  return JSON.stringify(text.length > 64 ? `${text.slice(0, 64)}…` : text);
}
