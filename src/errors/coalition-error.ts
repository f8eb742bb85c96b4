import type { DatasetIssue } from "../parse/dataset-issue.js";

/**
 * Codes of {@link CoalitionError}.
 *
 * @category Errors
 */
export type CoalitionErrorCode = "invalid_dataset" | "missing_exchange_rate" | "invalid_argument" | "invalid_condition_text" | "missing_dependency";

const BRAND = Symbol.for("coalition.error");

/**
 * The one error the library throws. Its `code` says what went wrong; an invalid
 * dataset also carries every `issue` found. Check for it with {@link isCoalitionError},
 * which works across copies of the library where `instanceof` does not.
 *
 * @example
 * ```ts
 * import { CoalitionError } from "coalition";
 * const error = new CoalitionError("invalid_argument", "asOf is not a date");
 * [error.name, error.code];
 * //=> ["CoalitionError", "invalid_argument"]
 * ```
 *
 * @category Errors
 */
export class CoalitionError extends Error {
  override readonly name = "CoalitionError";
  // Declared, not initialised as fields: the constructor sets them.
  declare readonly code: CoalitionErrorCode;
  declare readonly issues: readonly DatasetIssue[];
  readonly [BRAND] = true;

  constructor(code: CoalitionErrorCode, message: string, issues: readonly DatasetIssue[] = []) {
    super(message);
    this.code = code;
    this.issues = issues;
  }
}

/**
 * Whether `value` is a {@link CoalitionError}, from this copy of the library or another.
 *
 * @param value - Anything, typically what a `catch` caught.
 * @returns `true` when it is the library's error (branded, so it works across copies where `instanceof` would not).
 *
 * @example
 * ```ts
 * import { CoalitionError, isCoalitionError } from "coalition";
 * isCoalitionError(new CoalitionError("invalid_argument", "bad"));
 * //=> true
 * isCoalitionError(new Error("bad"));
 * //=> false
 * ```
 *
 * @category Errors
 */
export function isCoalitionError(value: unknown): value is CoalitionError {
  return (
    typeof value === "object" &&
    value !== null &&
    (value as { [BRAND]?: unknown })[BRAND] === true &&
    (value as { name?: unknown }).name === "CoalitionError"
  );
}
