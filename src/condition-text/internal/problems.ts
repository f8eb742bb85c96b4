import type { ConditionTextProblem } from "../../errors/coalition-error.js";
import type { Position, Token } from "./lexer.js";
import { closest } from "./suggest.js";

/** A problem at a place in the text. */
export function problemAt(at: Position, message: string, expected: string): ConditionTextProblem {
  return Object.freeze({ line: at.line, column: at.column, offset: at.offset, message, expected });
}

/** Two or more alternatives in words: "a or b", "a, b or c". */
export function oneOf(items: readonly string[]): string {
  return `${items.slice(0, -1).join(", ")} or ${items[items.length - 1] as string}`;
}

/** What the user wrote, as a message shows it: quoted and escaped, cut short past 40 characters. */
export function shown(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}

// Typographic quotes, which a word processor or a spreadsheet puts in place of `"`.
const CURLY = /^[“”„‟«»]$/;

/**
 * The problem of a token the parser did not expect there, with a guess at the word
 * meant among `words` (the keywords that could have come there).
 */
export function unexpected(token: Token, expected: string, words: readonly string[] = []): ConditionTextProblem {
  if (token.kind === "error") return problemAt(token, token.message as string, token.expected as string);
  const what = token.kind === "end" ? "end of text" : token.kind === "string" ? `string ${shown(token.text)}` : shown(token.text);
  const guess = token.kind === "word" ? closest(token.text, words) : undefined;
  const hint =
    guess !== undefined
      ? `; did you mean "${guess}"?`
      : token.kind === "other" && CURLY.test(token.text)
        ? '; a string is written between straight double quotes: "…"'
        : "";
  return problemAt(token, `unexpected ${what}${hint}`, expected);
}
