import type { ConditionTextProblem } from "../errors/coalition-error.js";
import { invalidConditionText } from "../internal/errors.js";
import { lexer } from "./internal/lexer.js";
import { parseExpression } from "./internal/parse-expression.js";
import { problemAt } from "./internal/problems.js";
import type { SafeParseConditionTextResult } from "./types.js";

/**
 * Reads a condition from its text: `peace(UA) and request(UA) and approval(CH.government)`,
 * `at-least 4 others offer ground-troops`, `not mandate(UN)` (the grammar is in the guide
 * "Conditions as text"). Checks what can be checked without a dataset (country codes,
 * ids, stances, counts, string lengths), so that what it returns is a condition the
 * schema accepts; whether the actors and types it names exist is the dataset's to say.
 * Never throws: on bad text it returns the problems it found, each with its line,
 * column, message and what was expected there. Reads without recursion, in time linear
 * in the text's length, so a condition of any depth parses.
 *
 * @param text - The condition's text. Keywords (`and`, `or`, `not`, atom names, stances) may be in any case; ids and country codes are as written.
 * @returns `{ success: true, data }` with the frozen condition, or `{ success: false, error }` with a {@link ConditionTextError} (code `invalid_condition_text`) listing the problems.
 * @example
 * ```ts
 * import { safeParseConditionText } from "coalition/condition-text";
 * safeParseConditionText('request and approval(CH.government) "if the government is not against it"');
 * //=> {
 * //     success: true,
 * //     data: {
 * //       kind: "all",
 * //       of: [{ kind: "request" }, { kind: "approval", institution: "CH.government", quote: "if the government is not against it" }],
 * //     },
 * //   }
 * const result = safeParseConditionText("peace(EU) and\n  mandate(UN");
 * result.success ? [] : result.error.problems.map(({ line, column, expected }) => [line, column, expected]);
 * //=> [[1, 7, "a country code"], [2, 13, "')'"]]
 * ```
 *
 * @category Interchange
 */
export function safeParseConditionText(text: string): SafeParseConditionTextResult {
  const problems: ConditionTextProblem[] = [];
  if (typeof text !== "string") problems.push(problemAt({ offset: 0, line: 1, column: 1 }, `the condition text is a ${typeof text}, not a string`, "a string"));
  const condition = problems.length > 0 ? undefined : parseExpression(lexer(text), problems);
  if (condition !== undefined && problems.length === 0) return Object.freeze({ success: true, data: condition });
  const kept = Object.freeze(problems);
  const first = kept[0] as ConditionTextProblem;
  const more = kept.length > 1 ? ` (and ${kept.length - 1} more problem${kept.length > 2 ? "s" : ""})` : "";
  const message = `Invalid condition text at line ${first.line}, column ${first.column}: ${first.message} (expected ${first.expected})${more}`;
  const error = invalidConditionText(message, kept);
  return Object.freeze({ success: false, error });
}
