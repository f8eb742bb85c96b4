// `coalition/condition-text`: conditions as text, for spreadsheet cells and for people: a
// parser with line-and-column problems, and the printer of the canonical text (see
// docs/guides/condition-text.md). An entry of its own, so the core bundle does not carry it.
export { parseConditionText } from "./condition-text/parse-condition-text.js";
export { safeParseConditionText } from "./condition-text/safe-parse-condition-text.js";
export { printCondition } from "./condition-text/print-condition.js";
export type { ConditionTextFailure, ConditionTextSuccess, SafeParseConditionTextResult } from "./condition-text/types.js";
// The error and its problems are part of the CoalitionError union of the main entry, and are
// named here too so a reader of this entry alone can catch and read them.
export type { ConditionTextError, ConditionTextProblem } from "./errors/coalition-error.js";
