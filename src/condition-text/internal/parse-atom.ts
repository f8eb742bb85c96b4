// One atom, from its first word to its quote: a call (`peace(UA)`, `request`), a
// commitment (`US offers air-power`) or a threshold (`at-least 4 others offer
// ground-troops`), the last two with their clauses (a location, `at-least STANCE`) in
// either order, then an optional quote. Atoms do not nest, so nothing here recurses.
import type { ConditionAtom } from "../../model/types.js";
import type { ConditionTextProblem } from "../../errors/coalition-error.js";
import type { Lexer, Token } from "./lexer.js";
import { problemAt, shown, unexpected } from "./problems.js";
import { readCall } from "./read-call.js";
import { readCount, readStance, readValue, take } from "./read-value.js";
import { closest } from "./suggest.js";
import { CALL_SYNTAX, LOCATION_SYNTAX, entryOf } from "./syntax.js";

/**
 * An atom, with what else could have followed it besides `and`, `or` and a closing
 * bracket: for the message when what follows is wrong.
 */
export interface ParsedAtom {
  readonly atom: ConditionAtom;
  /** A location could have followed: a sentence without one, and no quote yet. */
  readonly location: boolean;
  /** `at-least STANCE` could have followed. */
  readonly stance: boolean;
  /** A quote could have followed. */
  readonly quote: boolean;
}

type Problems = ConditionTextProblem[];
type Draft = Record<string, unknown>;

export const START_EXPECTED = "a condition: an atom such as peace(UA), 'ACTOR offers TYPE', 'at-least N others offer TYPE', 'not' or '('";

/** Whether the token is the verb of a commitment or threshold, `offers` or `offer`, in any case. */
export const isOffers = (token: Token) => token.kind === "word" && /^offers?$/i.test(token.text);

/** The atom at the lexer, or undefined after a syntax error (with its problem noted). */
export function parseAtom(lex: Lexer, problems: Problems): ParsedAtom | undefined {
  const token = lex.peek();
  if (token.kind === "word" && isOffers(lex.peek(1))) return commitment(lex, problems);
  const word = token.kind === "word" ? token.text.toLowerCase() : "";
  if (word === "at-least") return threshold(lex, problems);
  const call = entryOf(CALL_SYNTAX, word);
  if (call === undefined) {
    problems.push(notAnAtom(lex, token, word));
    return undefined;
  }
  lex.next();
  const atom: Draft = call.form === undefined ? { kind: call.kind } : { kind: call.kind, form: call.form };
  return readCall(lex, problems, call.fields, atom) ? withQuote(lex, problems, atom, false, false) : undefined;
}

function notAnAtom(lex: Lexer, token: Token, word: string): ConditionTextProblem {
  if (word === "all" || word === "any") return unexpected(lex.peek(1), "'('");
  if (token.kind !== "word") return unexpected(token, START_EXPECTED);
  const next = lex.peek(1);
  // "US ofers air-power": the verb is the typo, not the actor.
  if (next.kind === "word" && closest(next.text, ["offers"]) !== undefined) return unexpected(next, "'offers'", ["offers"]);
  const hint =
    word === "commitment"
      ? '; another actor\'s commitment is written "ACTOR offers TYPE": US offers air-power'
      : word === "threshold"
        ? '; a threshold is written "at-least N others offer TYPE"'
        : guess(closest(word, [...Object.keys(CALL_SYNTAX), "at-least", "not", "all", "any"]));
  return problemAt(token, `unknown condition ${shown(token.text)}${hint}`, START_EXPECTED);
}

const guess = (word: string | undefined) => (word === undefined ? "" : `; did you mean "${word}"?`);

/** `ACTOR offers TYPE`, then its clauses. */
function commitment(lex: Lexer, problems: Problems): ParsedAtom | undefined {
  const actor = readValue(lex, problems, "id");
  lex.next(); // "offers"
  const type = readValue(lex, problems, "id");
  if (type === undefined) return undefined;
  return clauses(lex, problems, { kind: "commitment", actor, type, minStance: "open" });
}

/** `at-least COUNT others offer TYPE` or `at-least COUNT of COALITION offer TYPE`, then its clauses. */
function threshold(lex: Lexer, problems: Problems): ParsedAtom | undefined {
  lex.next(); // "at-least"
  const count = readCount(lex, problems);
  if (count === undefined) return undefined;
  const who = keyword(lex, problems, ["others", "other", "of"], "'others', or 'of' and a coalition");
  if (who === undefined) return undefined;
  const among = who === "of" ? readValue(lex, problems, "id") : "";
  if (among === undefined) return undefined;
  if (keyword(lex, problems, ["offer", "offers"], "'offer'") === undefined) return undefined;
  const type = readValue(lex, problems, "id");
  if (type === undefined) return undefined;
  const atom: Draft = { kind: "threshold", count, type, minStance: "open" };
  if (who === "of") atom.among = among;
  return clauses(lex, problems, atom);
}

/** The next word, when it is one of `words` (in any case); otherwise a problem. */
function keyword(lex: Lexer, problems: Problems, words: readonly string[], expected: string): string | undefined {
  const token = take(lex, problems, "word", expected, words);
  const word = token?.text.toLowerCase();
  if (token === undefined || word === undefined || words.includes(word)) return word;
  problems.push(unexpected(token, expected, words));
  return undefined;
}

/** A commitment's or threshold's location and `at-least STANCE`, in either order, then its quote. */
function clauses(lex: Lexer, problems: Problems, atom: Draft): ParsedAtom | undefined {
  let location = false;
  let stance = false;
  for (let token = lex.peek(); token.kind === "word"; token = lex.peek()) {
    const word = token.text.toLowerCase();
    const fields = entryOf(LOCATION_SYNTAX, word);
    if (fields === undefined && word !== "at-least") break;
    const clause = fields === undefined ? "stance" : "location";
    if (fields === undefined ? stance : location) problems.push(problemAt(token, `the ${clause} is given twice`, `one ${clause}`));
    lex.next();
    if (fields === undefined) {
      const minStance = readStance(lex, problems);
      if (minStance === undefined) return undefined;
      [atom.minStance, stance] = [minStance, true];
      continue;
    }
    const place: Draft = { kind: word };
    if (!readCall(lex, problems, fields, place)) return undefined;
    [atom.location, location] = [Object.freeze(place), true];
  }
  return withQuote(lex, problems, atom, !location, !stance);
}

/** The atom's quote, if a string follows it: the last thing an atom may have. */
function withQuote(lex: Lexer, problems: Problems, atom: Draft, location: boolean, stance: boolean): ParsedAtom {
  const quote = lex.peek().kind !== "string";
  if (!quote) atom.quote = readValue(lex, problems, "text");
  return { atom: Object.freeze(atom) as unknown as ConditionAtom, location: location && quote, stance: stance && quote, quote };
}
