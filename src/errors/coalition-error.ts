import type { DatasetIssue } from "../parse/dataset-issue.js";

/**
 * A dataset that does not parse: every problem found, at once. Thrown by `parseDataset`, returned by `safeParseDataset`.
 *
 * @category Errors
 */
export interface InvalidDatasetError extends Error {
  readonly name: "CoalitionError";
  readonly code: "invalid_dataset";
  /** Every problem of the dataset, each with its code, path and message. */
  readonly issues: readonly DatasetIssue[];
}

/**
 * Money that cannot be converted: the exchange rates passed have no rate for a currency.
 *
 * @category Errors
 */
export interface MissingExchangeRateError extends Error {
  readonly name: "CoalitionError";
  readonly code: "missing_exchange_rate";
  /** The currency the rates do not convert. */
  readonly currency: string;
}

/**
 * An argument a function does not take: a day that is no date, a stance below an offer, aggregates that do not merge.
 *
 * @category Errors
 */
export interface InvalidArgumentError extends Error {
  readonly name: "CoalitionError";
  readonly code: "invalid_argument";
  /** The argument or option at fault, as the function names it: `"asOf"`, `"from"`, `"minStance"`, `"facts"`… */
  readonly argument: string;
}

/**
 * One problem of a condition text: where it is, what is wrong, and what the parser expected there.
 *
 * @category Interchange
 */
export interface ConditionTextProblem {
  /** The line, from 1. Lines end at `\n`, `\r\n` or `\r`. */
  readonly line: number;
  /** The column, from 1, in UTF-16 code units (as JavaScript strings and most editors count). */
  readonly column: number;
  /** The offset from the start of the text, from 0, in UTF-16 code units. */
  readonly offset: number;
  /** What is wrong, in words: `"EU" is not an ISO 3166-1 alpha-2 country code`. */
  readonly message: string;
  /** What the parser expected there: `a country code`, `')'`, `'and', 'or' or the end`. */
  readonly expected: string;
}

/**
 * The error of a condition text that does not parse: the library's {@link CoalitionError}
 * with the code `invalid_condition_text` and every problem found, first to last.
 *
 * @category Interchange
 */
export interface ConditionTextError extends Error {
  readonly name: "CoalitionError";
  readonly code: "invalid_condition_text";
  /**
   * Every problem, in the order of the text. A syntax error ends the list: what follows
   * it is not read. So does a problem saying the reading stopped, past `LIMITS.issueCount`.
   */
  readonly problems: readonly ConditionTextProblem[];
}

/**
 * A package the library loads on first use, an optional peer dependency, is not installed
 * (`hyparquet-writer` for `coalition/parquet`).
 *
 * @category Errors
 */
export interface MissingDependencyError extends Error {
  readonly name: "CoalitionError";
  readonly code: "missing_dependency";
  /** The package to install. */
  readonly dependency: string;
}

/**
 * The one error the library throws: a union on `code`, each member with the fields
 * that code needs (`issues` for an invalid dataset, the `argument` at fault, the
 * `currency` without a rate, the `problems` of a condition text, the `dependency` to install). Check for it with {@link isCoalitionError}, which works
 * across copies of the library where `instanceof` does not, then narrow on `code`.
 *
 * @example
 * ```ts
 * import { isCoalitionError, stanceOnContribution } from "coalition";
 * import { seedDataset } from "coalition/fixtures";
 * let caught: unknown;
 * try {
 *   stanceOnContribution(seedDataset(), "GB", "personnel", { asOf: "2025-02-30" });
 * } catch (error) {
 *   caught = error;
 * }
 * isCoalitionError(caught) && caught.code === "invalid_argument" ? [caught.name, caught.argument] : null;
 * //=> ["CoalitionError", "asOf"]
 * ```
 *
 * @category Errors
 */
export type CoalitionError = InvalidDatasetError | MissingExchangeRateError | InvalidArgumentError | ConditionTextError | MissingDependencyError;

/**
 * Codes of {@link CoalitionError}.
 *
 * @category Errors
 */
export type CoalitionErrorCode = "invalid_dataset" | "missing_exchange_rate" | "invalid_argument" | "invalid_condition_text" | "missing_dependency";

/**
 * Whether `value` is a {@link CoalitionError}, from this copy of the library or another.
 *
 * @param value - Anything, typically what a `catch` caught.
 * @returns `true` when it is the library's error (branded, so it works across copies where `instanceof` would not).
 *
 * @example
 * ```ts
 * import { isCoalitionError } from "coalition";
 * import { safeParseDataset } from "coalition/schema";
 * const result = safeParseDataset({ id: "empty" });
 * result.success ? false : isCoalitionError(result.error);
 * //=> true
 * isCoalitionError(new Error("bad"));
 * //=> false
 * ```
 *
 * @category Errors
 */
export function isCoalitionError(value: unknown): value is CoalitionError {
  try {
    return (
      typeof value === "object" &&
      value !== null &&
      (value as Record<symbol, unknown>)[Symbol.for("coalition.error")] === true &&
      (value as { name?: unknown }).name === "CoalitionError"
    );
  } catch {
    // A revoked Proxy, or a getter that throws: no error of the library's.
    return false;
  }
}
