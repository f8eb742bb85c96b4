// Strings (quotes, descriptions, names) are JSON strings: any text round-trips, and
// what could mislead a reader or break a file is escaped when printed.
import { describe, expect, it } from "vitest";
import { type Condition } from "../../src/index.js";
import { parseConditionText, printCondition, safeParseConditionText } from "../../src/condition-text.js";

const withQuote = (quote: string): Condition => ({ kind: "request", quote });

describe("a string", () => {
  it("escapes quotes and backslashes, and reads them back", () => {
    const condition = withQuote('he said "no" \\ twice');
    expect(printCondition(condition)).toBe('request "he said \\"no\\" \\\\ twice"');
    expect(parseConditionText(printCondition(condition))).toEqual(condition);
  });

  it("escapes line breaks and tabs with JSON's short escapes", () => {
    expect(printCondition(withQuote("a\nb\r\tc\b\f"))).toBe('request "a\\nb\\r\\tc\\b\\f"');
  });

  it("keeps letters of every script as they are", () => {
    const condition = withQuote("Коаліція 連合 Süssli 🇺🇦");
    expect(printCondition(condition)).toBe('request "Коаліція 連合 Süssli 🇺🇦"');
    expect(parseConditionText(printCondition(condition))).toEqual(condition);
  });

  it("escapes other control characters, bidirectional controls and lone surrogates as \\u", () => {
    const tricky = "\u0000\u001b\u007f\u0085\u202e\u2066\u200f\u061c\u2028\ufeff\ud800x\udc00";
    const printed = printCondition(withQuote(tricky));
    expect(printed).toBe('request "\\u0000\\u001b\\u007f\\u0085\\u202e\\u2066\\u200f\\u061c\\u2028\\ufeff\\ud800x\\udc00"');
    expect(parseConditionText(printed)).toEqual(withQuote(tricky));
  });

  it("reads every JSON escape, \\/ and \\u in either case included", () => {
    expect(parseConditionText('request "\\/\\u00E9\\u00e9\\"\\\\"')).toEqual(withQuote('/éé"\\'));
  });

  it("reads what JSON.stringify writes", () => {
    const text = "any \"text\"\n\u2028 \ud83d\ude00 \ud800";
    expect(parseConditionText(`request ${JSON.stringify(text)}`)).toEqual(withQuote(text));
  });
});

describe("a string that is wrong", () => {
  const problem = (text: string) => {
    const result = safeParseConditionText(text);
    return result.success ? undefined : result.error.problems[0];
  };

  it("is never closed", () => {
    expect(problem('request "if requested')).toMatchObject({ line: 1, column: 9, message: "this string is never closed" });
  });

  it("holds a raw line break", () => {
    expect(problem('request "if\nrequested"')).toMatchObject({ line: 1, column: 12, expected: "an escape" });
  });

  it("has an unknown escape, or \\u without four hex digits", () => {
    expect(problem('request "a\\x"')).toMatchObject({ column: 11, message: '"\\\\x" is not an escape' });
    expect(problem('request "a\\u12"')).toMatchObject({ column: 11, message: "\\u is followed by four hex digits: \\u00e9" });
    expect(problem('request "a\\')).toMatchObject({ column: 11, message: '"\\\\" is not an escape' });
  });

  it("is empty where the schema wants text", () => {
    expect(problem('request ""')).toMatchObject({ column: 9, message: "the string is empty", expected: "a string" });
  });

  it("is longer than the schema allows: 500 characters for a name, 20,000 for a quote", () => {
    expect(safeParseConditionText(`inclusion(${JSON.stringify("n".repeat(500))})`).success).toBe(true);
    expect(problem(`inclusion(${JSON.stringify("n".repeat(501))})`)).toMatchObject({ message: "this string has at most 500 characters, this one 501" });
    expect(safeParseConditionText(`request ${JSON.stringify("q".repeat(20_000))}`).success).toBe(true);
    expect(problem(`request ${JSON.stringify("q".repeat(20_001))}`)).toMatchObject({ message: "this string has at most 20000 characters, this one 20001" });
  });
});
