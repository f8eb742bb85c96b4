// `coalition/condition-text`: conditions as text, for spreadsheet cells and for people: a
// parser with line-and-column problems, and the printer of the canonical text (see
// docs/guides/condition-text.md). An entry of its own, so the core bundle does not carry it.
export { parseConditionText } from "./condition-text/parse-condition-text.js";
export { safeParseConditionText } from "./condition-text/safe-parse-condition-text.js";
export { printCondition } from "./condition-text/print-condition.js";
export type {
  ConditionTextError,
  ConditionTextFailure,
  ConditionTextProblem,
  ConditionTextSuccess,
  SafeParseConditionTextResult,
} from "./condition-text/types.js";
