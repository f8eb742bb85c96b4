// What the parser says about text it cannot read: where (line and column from 1), what
// is wrong, and what it expected there; every problem it can find, not only the first.
import { describe, expect, it } from "vitest";
import { LIMITS, isCoalitionError } from "../../src/index.js";
import { safeParseConditionText, type ConditionTextProblem } from "../../src/condition-text.js";

function problems(text: string): readonly ConditionTextProblem[] {
  const result = safeParseConditionText(text);
  if (result.success) throw new Error(`${JSON.stringify(text)} parsed`);
  return result.error.problems;
}

/** The one problem of `text`, without its offset. */
function only(text: string): Omit<ConditionTextProblem, "offset"> {
  const found = problems(text);
  expect(found).toHaveLength(1);
  const { line, column, message, expected } = found[0] as ConditionTextProblem;
  return { line, column, message, expected };
}

const START = "a condition: an atom such as peace(UA), 'ACTOR offers TYPE', 'at-least N others offer TYPE', 'not' or '('";

describe("an unknown atom", () => {
  it("is named, with the nearest atom when it looks like a typo", () => {
    expect(only("peac(UA)")).toEqual({ line: 1, column: 1, message: 'unknown condition "peac"; did you mean "peace"?', expected: START });
    expect(only("request and\n  aproval(CH.government)")).toMatchObject({ line: 2, column: 3, message: 'unknown condition "aproval"; did you mean "approval"?' });
    expect(only("election")).toMatchObject({ message: 'unknown condition "election"' });
  });

  it("says how to write a commitment or a threshold to whoever writes them as calls", () => {
    expect(only("commitment(US, air-power)").message).toBe('unknown condition "commitment"; another actor\'s commitment is written "ACTOR offers TYPE": US offers air-power');
    expect(only("threshold(4)").message).toBe('unknown condition "threshold"; a threshold is written "at-least N others offer TYPE"');
  });

  it("points at the verb when it is the verb that is misspelt", () => {
    expect(only("US ofers air-power")).toEqual({ line: 1, column: 4, message: 'unexpected "ofers"; did you mean "offers"?', expected: "'offers'" });
  });

  it("is missing: an empty text, a not with nothing after it, a bracket closed at once", () => {
    expect(only("")).toEqual({ line: 1, column: 1, message: "unexpected end of text", expected: START });
    expect(only("  not  ")).toMatchObject({ column: 8, message: "unexpected end of text" });
    expect(only("()")).toMatchObject({ column: 2, message: 'unexpected ")"' });
    expect(only('"quote first"')).toMatchObject({ column: 1, message: 'unexpected string "quote first"' });
  });

  it("is all or any without its bracket", () => {
    expect(only("all peace(UA)")).toEqual({ line: 1, column: 5, message: 'unexpected "peace"', expected: "'('" });
  });

  it("starts with typographic quotes, which a word processor puts in", () => {
    expect(only("request “if requested”").message).toBe('unexpected "“"; a string is written between straight double quotes: "…"');
  });
});

describe("what follows an atom", () => {
  it("is and, or or the end, with the nearest keyword when it looks like a typo", () => {
    expect(only("peace(UA) adn request")).toEqual({
      line: 1,
      column: 11,
      message: 'unexpected "adn"; did you mean "and"?',
      expected: "a quote, 'and', 'or' or the end",
    });
  });

  it("after a sentence, may also be a location or a stance", () => {
    expect(only("US offers x in-contry(UA)")).toEqual({
      line: 1,
      column: 13,
      message: 'unexpected "in-contry"; did you mean "in-country"?',
      expected: "a location, 'at-least' and a stance, a quote, 'and', 'or' or the end",
    });
    expect(only('US offers x at-sea at-least ready "q" x').expected).toBe("'and', 'or' or the end");
  });

  it("closes the brackets opened, and says where the one left open is", () => {
    expect(only("(peace(UA) or\n all(request")).toEqual({
      line: 2,
      column: 13,
      message: "the 'all(' at line 2, column 2 is never closed",
      expected: "a quote, 'and', 'or', ',' or ')'",
    });
    expect(only("(peace(UA)")).toMatchObject({ message: "the '(' at line 1, column 1 is never closed", expected: "a quote, 'and', 'or' or ')'" });
    expect(only("peace(UA))")).toMatchObject({ column: 10, message: 'unexpected ")"' });
    expect(only("(peace(UA), request)")).toMatchObject({ column: 11, message: 'unexpected ","', expected: "a quote, 'and', 'or' or ')'" });
    expect(only("any(peace(UA)) request").expected).toBe("'and', 'or' or the end");
  });
});

describe("the fields of a call", () => {
  it("need their bracket", () => {
    expect(only("peace UA")).toEqual({ line: 1, column: 7, message: 'unexpected "UA"', expected: "'('" });
  });

  it("are read in order, each of its sort, separated by commas", () => {
    expect(only("peace()")).toMatchObject({ column: 7, expected: "a country code" });
    expect(only('fact(x "y")')).toEqual({ line: 1, column: 8, message: 'unexpected string "y"', expected: "','" });
    expect(only("fact(x, y)")).toMatchObject({ column: 9, expected: "a string" });
    expect(only("peace(UA, RU)")).toMatchObject({ column: 9, expected: "')'" });
    expect(only("request(UA -> CH)")).toMatchObject({ column: 12, message: 'unexpected "-"', expected: "')'" });
  });

  it("say which optional field could have come", () => {
    expect(only("request(").expected).toBe("an id or ')'");
    expect(only("inclusion()").expected).toBe("an id or a string");
    expect(only("US offers x neighbouring-countries(UA").expected).toBe("',' or ')'");
    expect(only("US offers x neighbouring-countries(UA, UA)").expected).toBe("a string");
    expect(only("US offers x at-sea(5)").expected).toBe("a string or ')'");
  });
});

describe("a value that is not valid", () => {
  it("is a country code that is no ISO 3166-1 country, with its upper case when that is one", () => {
    expect(only("peace(EU)")).toEqual({ line: 1, column: 7, message: '"EU" is not an ISO 3166-1 alpha-2 country code', expected: "a country code" });
    expect(only("peace(ua)").message).toBe('"ua" is not an ISO 3166-1 alpha-2 country code; did you mean "UA"?');
  });

  it("is an id that breaks the id rule", () => {
    expect(only("mandate(-UN)")).toMatchObject({ message: '"-UN" is not an id: an id starts with a letter or digit', expected: "an id" });
    expect(safeParseConditionText(`mandate(${"u".repeat(128)})`).success).toBe(true);
    expect(only(`mandate(${"u".repeat(129)})`).message).toBe("an id has at most 128 characters, this one 129");
  });

  it("is a count outside 1 to 1,000,000, or no number", () => {
    for (const count of ["0", "1000001", "four", "12345678"]) {
      expect(only(`at-least ${count} others offer x`)).toMatchObject({ column: 10, expected: "a count from 1 to 1000000" });
    }
  });

  it("is a stance that is none of the six, with the nearest", () => {
    expect(only("US offers x at-least redy")).toEqual({
      line: 1,
      column: 22,
      message: '"redy" is not a stance; did you mean "ready"?',
      expected: "a stance: committed, ready, open, undecided, opposed or refused",
    });
    expect(only("US offers x at-least maybe").message).toBe('"maybe" is not a stance');
    expect(only("US offers x at-least (ready)").message).toBe('unexpected "("');
  });

  it("is a clause given twice", () => {
    expect(only("US offers x at-sea remote")).toMatchObject({ column: 20, message: "the location is given twice", expected: "one location" });
    expect(only("US offers x at-least ready at-least open")).toMatchObject({ message: "the stance is given twice" });
  });
});

describe("a sentence cut short", () => {
  it("says what comes next", () => {
    expect(only("US offers").expected).toBe("an id");
    expect(only("at-least").expected).toBe("a count from 1 to 1000000");
    expect(only("at-least 4 members offer x")).toMatchObject({ message: 'unexpected "members"', expected: "'others', or 'of' and a coalition" });
    expect(only("at-least 4 otters offer x").message).toBe('unexpected "otters"; did you mean "others"?');
    expect(only("at-least 4 others").message).toBe("unexpected end of text");
    expect(only("at-least 4 of").expected).toBe("an id");
    expect(only("at-least 4 others send x")).toMatchObject({ message: 'unexpected "send"', expected: "'offer'" });
    expect(only("at-least 4 others offer").expected).toBe("an id");
    expect(only("US offers x in-country").expected).toBe("'('");
    expect(only("US offers x at-least").expected).toMatch(/^a stance/);
  });
});

describe("every problem at once", () => {
  it("lists the problems of values, in the order of the text, until a syntax error ends the reading", () => {
    const found = problems("peace(EU) and mandate(-x) or\nat-least 0 others offer x at-least maybe and peace(XX");
    expect(found.map(({ line, column }) => [line, column])).toEqual([[1, 7], [1, 23], [2, 10], [2, 36], [2, 52], [2, 54]]);
    expect(found.map((problem) => problem.expected)).toEqual([
      "a country code",
      "an id",
      "a count from 1 to 1000000",
      "a stance: committed, ready, open, undecided, opposed or refused",
      "a country code",
      "')'",
    ]);
    // The offset counts from 0 over the whole text: the second line starts at 29.
    expect(found[2]?.offset).toBe(29 + 9);
  });

  it("stop at LIMITS.issueCount problems, with one more saying where the reading stopped", () => {
    const text = Array.from({ length: LIMITS.issueCount + 10 }, () => "peace(XX)").join(" or ");
    const found = problems(text);
    expect(found).toHaveLength(LIMITS.issueCount + 1);
    // It stopped at the "or" after the last atom it read, the 1000th.
    expect(found[LIMITS.issueCount]).toEqual({
      line: 1,
      column: LIMITS.issueCount * "peace(XX) or ".length - 2,
      offset: LIMITS.issueCount * "peace(XX) or ".length - 3,
      message: `too many problems: the reading stops here, after ${LIMITS.issueCount}`,
      expected: `at most ${LIMITS.issueCount} problems`,
    });
  });
});

describe("the error", () => {
  it("is the library's error with the code invalid_condition_text, its message naming the first problem", () => {
    const result = safeParseConditionText("peace(EU) or mandate(-x)");
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(isCoalitionError(result.error)).toBe(true);
    expect(result.error.code).toBe("invalid_condition_text");
    expect(result.error.message).toBe(
      'Invalid condition text at line 1, column 7: "EU" is not an ISO 3166-1 alpha-2 country code (expected a country code) (and 1 more problem)',
    );
    const three = safeParseConditionText("peace(EU) or peace(XX) or peace(YY)");
    expect(three.success ? "" : three.error.message).toMatch(/\(and 2 more problems\)$/);
    const one = safeParseConditionText("peace(EU)");
    expect(one.success ? "" : one.error.message).toMatch(/\(expected a country code\)$/);
  });

  it("comes back, not thrown, for what is not a string at all", () => {
    const result = safeParseConditionText(42 as unknown as string);
    expect(result.success ? [] : result.error.problems).toEqual([
      { line: 1, column: 1, offset: 0, message: "the condition text is a number, not a string", expected: "a string" },
    ]);
  });

  it("quotes at most 40 characters of what the text holds", () => {
    expect(only(`${"x".repeat(100)}(UA)`).message).toBe(`unknown condition "${"x".repeat(40)}…"`);
  });
});
