import type {
  ConditionTextError,
  ConditionTextProblem,
  InvalidArgumentError,
  InvalidDatasetError,
  MissingDependencyError,
  MissingExchangeRateError,
} from "../errors/coalition-error.js";
import type { DatasetIssue } from "../parse/dataset-issue.js";

// The runtime side of the public CoalitionError union: one class, never exported, so
// that callers check errors with isCoalitionError (a brand shared across copies of the
// library) and narrow on `code`, rather than with instanceof.

const BRAND = Symbol.for("coalition.error");

class LibraryError extends Error {
  override readonly name = "CoalitionError";
  readonly [BRAND] = true;

  constructor(code: string, message: string, fields: object) {
    super(message);
    Object.assign(this, { code }, fields);
  }
}

/** Whether a value is a list; Array.isArray throws on a revoked Proxy, which is then neither a list nor an object. @internal */
export function listOrRevoked(value: unknown): boolean | "revoked" {
  try {
    return Array.isArray(value);
  } catch {
    return "revoked";
  }
}

/** A value as an error message shows it: its type, and a short text of it when it has one. @internal */
export function shown(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  const list = listOrRevoked(value);
  if (list !== false) return list === true ? "an array" : "a revoked Proxy";
  switch (typeof value) {
    case "string":
      return value.length > 40 ? `a string of ${value.length} characters` : JSON.stringify(value);
    case "number":
    case "boolean":
      return String(value);
    case "bigint":
      return `the bigint ${value}n`;
    case "object":
      return value instanceof Date ? dateShown(timeOfDate(value)) : "an object";
    default:
      return `a ${typeof value}`;
  }
}

/**
 * The time of a real Date (NaN for an invalid one), or undefined for what only looks like
 * one: a Proxy of a Date passes `instanceof Date`, yet every Date method throws on it.
 * @internal
 */
export function timeOfDate(value: unknown): number | undefined {
  try {
    return Date.prototype.getTime.call(value);
  } catch {
    return undefined;
  }
}

const dateShown = (time: number | undefined): string => (time === undefined ? "a Proxy of a Date" : Number.isNaN(time) ? "an invalid Date" : "a Date");

/**
 * The one error for a day option that is no date (`asOf`, `knownAsOf`, `since`, `from`,
 * `to`), in the guards' wording: what it must be, then what it is (`, not ...`).
 * `takesDate` when the option also takes a `Date`.
 * @internal
 */
export function notADay(name: string, value: unknown, takesDate: boolean): InvalidArgumentError {
  return invalidArgument(name, `${name} must be a date as YYYY-MM-DD, YYYY-MM or YYYY${takesDate ? ", or a Date" : ""}, not ${shown(value)}`);
}

/** The error for an argument a function does not take; `argument` names it as the caller wrote it. @internal */
export function invalidArgument(argument: string, message: string): InvalidArgumentError {
  return new LibraryError("invalid_argument", message, { argument }) as unknown as InvalidArgumentError;
}

/** The error for a dataset that does not parse, with every issue found. @internal */
export function invalidDataset(message: string, issues: readonly DatasetIssue[]): InvalidDatasetError {
  return new LibraryError("invalid_dataset", message, { issues }) as unknown as InvalidDatasetError;
}

/** The error for money the caller's exchange rates cannot convert. @internal */
export function missingExchangeRate(currency: string, message: string): MissingExchangeRateError {
  return new LibraryError("missing_exchange_rate", message, { currency }) as unknown as MissingExchangeRateError;
}

/** The error for a condition text that does not parse, with every problem found. @internal */
export function invalidConditionText(message: string, problems: readonly ConditionTextProblem[]): ConditionTextError {
  return new LibraryError("invalid_condition_text", message, { problems }) as unknown as ConditionTextError;
}

/** The error for an optional peer dependency that is not installed; `dependency` names the package. @internal */
export function missingDependency(dependency: string, message: string): MissingDependencyError {
  return new LibraryError("missing_dependency", message, { dependency }) as unknown as MissingDependencyError;
}
