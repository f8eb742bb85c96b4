// Reading one value: a field of a call, a count, a stance. Each is checked as the schema
// would check it, without zod. A token of the wrong sort (a string where a word goes)
// is a syntax error, which ends the parse; a word that is no valid value (`EU` as a
// country) is a problem of its own, and the parse goes on to find more.
import { isCountryCode } from "../../model/country-codes.js";
import { LIMITS } from "../../model/limits.js";
import { STANCES, type Stance } from "../../model/stance.js";
import type { ConditionTextProblem } from "../../errors/coalition-error.js";
import type { Lexer, Token } from "./lexer.js";
import { oneOf, problemAt, shown, unexpected } from "./problems.js";
import { closest } from "./suggest.js";
import { VALUE_LABEL, type ValueKind } from "./syntax.js";

// The id rule of IdSchema (src/schema/primitives.ts); tests hold the two to the same answers.
const ID = /^[A-Za-z0-9][A-Za-z0-9._:/+-]*$/;
const COUNT = /^[0-9]{1,7}$/;
const MAX_COUNT = 1_000_000;
let stanceExpected: string | undefined;

/**
 * The next token when it is of the `kind` wanted; otherwise a problem, and undefined.
 * `expected` may be a list, joined into words only when there is a problem to report.
 */
export function take(
  lex: Lexer,
  problems: ConditionTextProblem[],
  kind: Token["kind"],
  expected: string | readonly string[],
  words?: readonly string[],
): Token | undefined {
  const token = lex.peek();
  if (token.kind === kind) return lex.next();
  problems.push(unexpected(token, typeof expected === "string" ? expected : oneOf(expected), words));
  return undefined;
}

/**
 * A field's value, written as `kind` says: checked, or with its problem noted. `others`
 * are what else could have come in its place (an optional field left out).
 */
export function readValue(lex: Lexer, problems: ConditionTextProblem[], kind: ValueKind, others: readonly string[] = []): string | undefined {
  const token = take(lex, problems, tokenOf(kind), others.length === 0 ? VALUE_LABEL[kind] : [...others, VALUE_LABEL[kind]]);
  if (token === undefined) return undefined;
  const problem = valueProblem(kind, token.text);
  if (problem !== undefined) problems.push(problemAt(token, problem, VALUE_LABEL[kind]));
  return token.text;
}

/** The token a value of `kind` is written as. */
export function tokenOf(kind: ValueKind): "word" | "string" {
  return kind === "country" || kind === "id" || kind === "flag" ? "word" : "string";
}

function valueProblem(kind: ValueKind, value: string): string | undefined {
  if (kind === "country") {
    if (isCountryCode(value)) return undefined;
    const upper = value.toUpperCase();
    return `${shown(value)} is not an ISO 3166-1 alpha-2 country code${isCountryCode(upper) ? `; did you mean "${upper}"?` : ""}`;
  }
  if (kind === "id") {
    if (!ID.test(value)) return `${shown(value)} is not an id: an id starts with a letter or digit`;
    return value.length > LIMITS.idLength ? `an id has at most ${LIMITS.idLength} characters, this one ${value.length}` : undefined;
  }
  if (kind === "flag") return value === "true" || value === "false" ? undefined : `${shown(value)} is neither true nor false`;
  const max = kind === "name" ? LIMITS.nameLength : LIMITS.textLength;
  if (value === "") return "the string is empty";
  return value.length > max ? `this string has at most ${max} characters, this one ${value.length}` : undefined;
}

/** A threshold's count: a whole number from 1 to 1,000,000. */
export function readCount(lex: Lexer, problems: ConditionTextProblem[]): number | undefined {
  const expected = "a count from 1 to 1000000";
  const token = take(lex, problems, "word", expected);
  if (token === undefined) return undefined;
  const count = COUNT.test(token.text) ? Number(token.text) : 0;
  if (count < 1 || count > MAX_COUNT) problems.push(problemAt(token, `${shown(token.text)} is not a count from 1 to 1000000`, expected));
  return count;
}

/** A stance, in any case: `ready`, `Ready`. */
export function readStance(lex: Lexer, problems: ConditionTextProblem[]): Stance | undefined {
  const expected = (stanceExpected ??= `a stance: ${oneOf(STANCES)}`);
  const token = take(lex, problems, "word", expected);
  if (token === undefined) return undefined;
  const stance = token.text.toLowerCase() as Stance;
  if (STANCES.includes(stance)) return stance;
  const guess = closest(token.text, STANCES);
  problems.push(problemAt(token, `${shown(token.text)} is not a stance${guess === undefined ? "" : `; did you mean "${guess}"?`}`, expected));
  return stance;
}
