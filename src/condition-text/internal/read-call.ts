import type { ConditionTextProblem } from "../../errors/coalition-error.js";
import type { Lexer } from "./lexer.js";
import { unexpected } from "./problems.js";
import { readValue, take, tokenOf } from "./read-value.js";
import { VALUE_LABEL, fieldList, type ValueKind } from "./syntax.js";

/**
 * The fields of a call, `(value, value)`, read into `into` as `fields` lists them (see
 * FieldsOf in ./syntax.ts); a call whose fields are all optional may be bare, without
 * brackets. An optional field is there when its first token says so: a comma, or for
 * the first field a token of its sort. Returns false after a syntax error.
 */
export function readCall(
  lex: Lexer,
  problems: ConditionTextProblem[],
  fields: Readonly<Record<string, string>>,
  into: Record<string, unknown>,
): boolean {
  const entries = fieldList(fields);
  if (lex.peek().kind !== "(") {
    if (entries.every(([, spec]) => spec.endsWith("?"))) return true;
    problems.push(unexpected(lex.peek(), "'('"));
    return false;
  }
  lex.next();
  let written = 0;
  // What could have come where the next token is: the optional fields passed over.
  const skipped: string[] = [];
  for (const [key, spec] of entries) {
    const kind = spec.replace("?", "") as ValueKind;
    const next = lex.peek().kind;
    if (spec !== kind && next !== (written > 0 ? "," : tokenOf(kind))) {
      skipped.push(written > 0 ? "','" : VALUE_LABEL[kind]);
      continue;
    }
    // Past the first field, only a trailing optional field is passed over (see the rule of FieldsOf).
    if (written > 0 && take(lex, problems, ",", "','") === undefined) return false;
    const value = readValue(lex, problems, kind, skipped);
    if (value === undefined) return false;
    into[key] = kind === "flag" ? value === "true" : value;
    written++;
    skipped.length = 0;
  }
  return take(lex, problems, ")", skipped.length === 0 ? "')'" : [...skipped, "')'"]) !== undefined;
}
