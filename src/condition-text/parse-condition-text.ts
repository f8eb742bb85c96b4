import type { Condition } from "../model/types.js";
import { safeParseConditionText } from "./safe-parse-condition-text.js";

/**
 * Reads a condition from its text, as {@link safeParseConditionText} does, and throws
 * when the text does not parse.
 *
 * @param text - The condition's text: `peace(UA) and request(UA) and approval(CH.government)`.
 * @returns The condition, frozen: one the schema accepts, which {@link printCondition} writes back as canonical text.
 * @throws {ConditionTextError} A `CoalitionError` (from "coalition") with the code `invalid_condition_text` and its `problems` (line, column, message, expected), when the text does not parse.
 * @example
 * ```ts
 * import { parseConditionText } from "coalition/condition-text";
 * parseConditionText("not mandate(UN)");
 * //=> { kind: "not", of: { kind: "mandate", by: "UN" } }
 * parseConditionText("at-least 4 others offer ground-troops in-country(UA) at-least ready");
 * //=> { kind: "threshold", count: 4, type: "ground-troops", minStance: "ready", location: { kind: "in-country", country: "UA" } }
 * ```
 *
 * @category Interchange
 */
export function parseConditionText(text: string): Condition {
  const result = safeParseConditionText(text);
  if (!result.success) throw result.error;
  return result.data;
}
