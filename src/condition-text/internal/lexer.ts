// Text in, tokens out, one at a time: words (keywords, ids, country codes, counts),
// strings with JSON escapes decoded, the punctuation `(` `)` `,`, and the end. Each
// token knows its line and column, counted as the lexer goes, so that reporting a
// problem never rescans the text.

/** Where a token starts: offset from 0, line and column from 1 (in UTF-16 code units). */
export interface Position {
  readonly offset: number;
  readonly line: number;
  readonly column: number;
}

/** One token. An `error` token (a string never closed, an unknown escape) ends the text. */
export interface Token extends Position {
  readonly kind: "word" | "string" | "(" | ")" | "," | "end" | "other" | "error";
  /** The word, the string's decoded value, or the character. */
  readonly text: string;
  /** For an `error` token: what is wrong, and what was expected. */
  readonly message: string | undefined;
  readonly expected: string | undefined;
}

export interface Lexer {
  /** The token `ahead` places on (0: the next one), without consuming anything. */
  peek(ahead?: number): Token;
  /** The next token, consumed. */
  next(): Token;
}

// The characters of an id (src/schema/primitives.ts), which also make up every keyword.
const WORD = /[A-Za-z0-9._:/+-]+/y;
// A run of string characters that need no decoding.
const PLAIN = /[^"\\\u0000-\u001f]*/y;
const ESCAPES = '"\\/bfnrt';
const DECODED = '"\\/\b\f\n\r\t';
const HEX4 = /^[0-9A-Fa-f]{4}$/;

/** White space: ASCII's, and the rest of Unicode's (a no-break space pasted from a spreadsheet). */
function isSpace(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code === 32 || (code >= 9 && code <= 13) || (code >= 128 && /\s/.test(text.charAt(at)));
}

/** What the escape at `at` (a backslash) stands for, and its length; undefined when it is no escape. */
function escapeAt(text: string, at: number): [decoded: string, length: number] | undefined {
  const escape = text.charAt(at + 1);
  const simple = escape === "" ? -1 : ESCAPES.indexOf(escape);
  if (simple >= 0) return [DECODED.charAt(simple), 2];
  if (escape === "u" && HEX4.test(text.slice(at + 2, at + 6))) return [String.fromCharCode(parseInt(text.slice(at + 2, at + 6), 16)), 6];
  return undefined;
}

/** What an escape of JSON strings may be. */
const ESCAPE_EXPECTED = '\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\u and four hex digits';

/** What is wrong with the backslash at `place`, which starts no escape. */
function escapeProblem(text: string, place: number): string {
  return text.charAt(place + 1) === "u" ? "\\u is followed by four hex digits: \\u00e9" : `${JSON.stringify(text.slice(place, place + 2))} is not an escape`;
}

/** A lexer over `text`. */
export function lexer(text: string): Lexer {
  let at = 0;
  let line = 1;
  let lineStart = 0;
  const ahead: Token[] = [];
  // Every token has the same fields, so that they all share one shape.
  const token = (kind: Token["kind"], value: string, start: number, message?: string, expected?: string): Token =>
    ({ kind, text: value, offset: start, line, column: start - lineStart + 1, message, expected });

  const read = (): Token => {
    for (; at < text.length && isSpace(text, at); at++) {
      // A line ends at \n, at \r\n (counted once, at the \n) and at a lone \r.
      const code = text.charCodeAt(at);
      if (code === 10 || (code === 13 && text.charCodeAt(at + 1) !== 10)) {
        line++;
        lineStart = at + 1;
      }
    }
    const start = at;
    if (at >= text.length) return token("end", "", start);
    const char = text.charAt(at);
    if (char === "(" || char === ")" || char === ",") return at++, token(char, char, start);
    if (char === '"') return readString(start);
    WORD.lastIndex = at;
    if (WORD.test(text)) {
      at = WORD.lastIndex;
      return token("word", text.slice(start, at), start);
    }
    const point = String.fromCodePoint(text.codePointAt(at) as number);
    at += point.length;
    return token("other", point, start);
  };

  const readString = (start: number): Token => {
    let value = "";
    at++;
    for (;;) {
      PLAIN.lastIndex = at;
      PLAIN.test(text);
      value += text.slice(at, PLAIN.lastIndex);
      at = PLAIN.lastIndex;
      const char = text.charAt(at);
      if (char === '"') return at++, token("string", value, start);
      const problem = char === "" ? unclosed(start) : char === "\\" ? undefined : control(at);
      if (problem !== undefined) return problem;
      const decoded = escapeAt(text, at);
      if (decoded === undefined) return badEscape(at);
      value += decoded[0];
      at += decoded[1];
    }
  };

  // Each problem leaves `at` where it is: the text ends there, as far as tokens go.
  const unclosed = (start: number): Token =>
    token("error", "", start, "this string is never closed", "'\"' at the end of the string");
  const control = (place: number): Token =>
    token("error", "", place, "a control character (a line break, a tab) is written as an escape in a string: \\n, \\t, \\u0000", "an escape");
  const badEscape = (place: number): Token => token("error", "", place, escapeProblem(text, place), ESCAPE_EXPECTED);

  const peek = (n = 0): Token => {
    while (ahead.length <= n) ahead.push(read());
    return ahead[n] as Token;
  };
  const next = (): Token => {
    const token = peek();
    ahead.shift();
    return token;
  };
  return { peek, next };
}
