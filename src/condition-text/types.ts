import type { CoalitionError } from "../errors/coalition-error.js";
import type { Condition } from "../model/types.js";

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
export interface ConditionTextError extends CoalitionError {
  readonly code: "invalid_condition_text";
  /**
   * Every problem, in the order of the text. A syntax error ends the list: what follows
   * it is not read. So does a problem saying the reading stopped, past `LIMITS.issueCount`.
   */
  readonly problems: readonly ConditionTextProblem[];
}

/**
 * A condition text that parsed: the condition, frozen.
 *
 * @category Interchange
 */
export interface ConditionTextSuccess {
  readonly success: true;
  readonly data: Condition;
}

/**
 * A condition text that did not parse: the error with its problems.
 *
 * @category Interchange
 */
export interface ConditionTextFailure {
  readonly success: false;
  readonly error: ConditionTextError;
}

/**
 * The result of {@link safeParseConditionText}.
 *
 * @category Interchange
 */
export type SafeParseConditionTextResult = ConditionTextSuccess | ConditionTextFailure;
