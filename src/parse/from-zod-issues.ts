import type * as z from "zod";
import type { DatasetIssue, PathSegment, PlainIssueCode } from "./dataset-issue.js";

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
  const out: DatasetIssue[] = [];
  for (const issue of issues) out.push(...fromZodIssue(issue, prefix, raw));
  return out;
}

function fromZodIssue(issue: z.core.$ZodIssue, prefix: readonly PathSegment[], raw: unknown): DatasetIssue[] {
  const local = issue.path.filter((segment): segment is PathSegment => typeof segment !== "symbol");
  const path = [...prefix, ...local];
  const field = local.length > 0 ? String(local[local.length - 1]) : "value";
  const plain = (code: PlainIssueCode, message: string): DatasetIssue[] => [{ code, path, message }];

  switch (issue.code) {
    case "invalid_type":
      if (isMissing(raw, local)) return plain("missing_field", `${field} is required`);
      return plain("invalid_type", `${field} must be ${article(issue.expected)}, not ${describe(valueAt(raw, local))}`);
    case "unrecognized_keys":
      return issue.keys.map((key) => ({
        code: "unknown_field" as const,
        path: [...path, key],
        message: `${key} is not a field here; check its spelling`,
      }));
    case "invalid_value":
      if (isMissing(raw, local)) return plain("missing_field", `${field} is required`);
      return plain("invalid_value", `${field} must be one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`);
    case "invalid_union": {
      const discriminator = (issue as { discriminator?: unknown }).discriminator;
      const options = (issue as { options?: unknown }).options;
      if (typeof discriminator === "string") {
        if (isMissing(raw, local)) return plain("missing_field", `${discriminator} is required`);
        const allowed = Array.isArray(options) ? options.map((o) => JSON.stringify(o)).join(", ") : "a known kind";
        return plain("invalid_value", `${discriminator} must be one of ${allowed}`);
      }
      return plain("invalid_value", `${field} matches none of the forms it may take`);
    }
    case "too_small":
      if (issue.origin === "array" && field === "sources")
        return plain("missing_source", "every record needs at least one source");
      if (issue.origin === "string") return plain("too_short", `${field} must not be empty`);
      if (issue.origin === "array") return plain("too_short", `${field} needs at least ${String(issue.minimum)} item(s)`);
      return plain("out_of_range", `${field} must be at least ${String(issue.minimum)}`);
    case "too_big":
      if (issue.origin === "string") return plain("too_long", `${field} is longer than ${String(issue.maximum)} characters`);
      if (issue.origin === "array") return plain("too_long", `${field} has more than ${String(issue.maximum)} items`);
      return plain("out_of_range", `${field} must be at most ${String(issue.maximum)}`);
    case "invalid_format":
      return plain("invalid_format", `${field}: ${issue.message}`);
    case "custom": {
      const code = (issue.params as { code?: unknown } | undefined)?.code;
      if (typeof code === "string" && OWN_CODES.has(code)) {
        return plain(code as PlainIssueCode, `${field} ${JSON.stringify(valueAt(raw, local))} is ${issue.message}`);
      }
      return plain("invalid_value", `${field}: ${issue.message}`);
    }
    default:
      return plain("invalid_value", `${field}: ${issue.message}`);
  }
}

function valueAt(raw: unknown, path: readonly PathSegment[]): unknown {
  let value = raw;
  for (const segment of path) {
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

/** A short, safe description of a value for a message: never the whole value. */
export function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "number" && !Number.isFinite(value)) return String(value);
  if (typeof value === "object") return "an object";
  if (typeof value === "string") return value.length > 40 ? "a long string" : JSON.stringify(value);
  if (typeof value === "undefined") return "undefined";
  return `${typeof value} ${String(value)}`;
}
