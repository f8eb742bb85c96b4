import type { ConditionTextError } from "../errors/coalition-error.js";
import type { Condition } from "../model/types.js";

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
