// Laws of the condition text, over generated conditions of every shape: the text of a
// condition reads back to it, the printed text is canonical, what parses is what the
// schema accepts, and the parser answers any input without throwing.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Condition } from "../../src/index.js";
import { parseConditionText, printCondition, safeParseConditionText } from "../../src/condition-text.js";
import { ConditionSchema, CountryCodeSchema, IdSchema } from "../../src/schema.js";
import { validDatasetDocument } from "../arbitraries/dataset.js";
import { KEYWORD_IDS, conditionArbitrary } from "./condition-arbitrary.js";

const WHITE_SPACE = [" ", "  ", "\t", "\n", "\r\n", "\r", " \n\t ", "\u00a0"];

/**
 * The canonical `text` with its white space changed: each space outside strings becomes
 * any white space, and white space may come after `(` and before `)` and `,`.
 */
function respaced(text: string, pick: () => number): string {
  let out = "";
  const space = () => WHITE_SPACE[pick() % WHITE_SPACE.length] as string;
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    if (char === '"') {
      // Copy the string as it is, escapes and all.
      let end = i + 1;
      while (text.charAt(end) !== '"') end += text.charAt(end) === "\\" ? 2 : 1;
      out += text.slice(i, end + 1);
      i = end;
    } else if (char === " ") out += space();
    else if (char === "(") out += `(${pick() % 2 === 0 ? space() : ""}`;
    else if (char === ")" || char === ",") out += `${pick() % 2 === 0 ? space() : ""}${char}`;
    else out += char;
  }
  return `${pick() % 3 === 0 ? space() : ""}${out}${pick() % 3 === 0 ? space() : ""}`;
}

describe("the condition text", () => {
  it("reads back every condition it prints, as it was", () => {
    fc.assert(
      fc.property(conditionArbitrary(), (condition) => {
        expect(parseConditionText(printCondition(condition))).toEqual(condition);
      }),
      { numRuns: 300 },
    );
  });

  it("prints canonically: printing what it read gives the same text", () => {
    fc.assert(
      fc.property(conditionArbitrary(), (condition) => {
        const text = printCondition(condition);
        expect(printCondition(parseConditionText(text))).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it("reads the same condition whatever the white space between tokens", () => {
    fc.assert(
      fc.property(conditionArbitrary(), fc.infiniteStream(fc.nat()), (condition, stream) => {
        const numbers = stream[Symbol.iterator]();
        const text = respaced(printCondition(condition), () => numbers.next().value as number);
        expect(parseConditionText(text)).toEqual(condition);
      }),
      { numRuns: 300 },
    );
  });

  it("reads back the conditions of generated datasets", () => {
    fc.assert(
      fc.property(validDatasetDocument({ maxRecords: 4 }), (document) => {
        const conditions = [...(document.commitments ?? []), ...(document.coalitions ?? [])].flatMap((record) =>
          record.condition === undefined ? [] : [record.condition as Condition],
        );
        for (const condition of conditions) expect(parseConditionText(printCondition(condition))).toEqual(condition);
      }),
      { numRuns: 60 },
    );
  });
});

describe("what the parser accepts", () => {
  it("is a condition the schema accepts, unchanged by it", () => {
    fc.assert(
      fc.property(conditionArbitrary(3), (condition) => {
        const parsed = parseConditionText(printCondition(condition));
        expect(ConditionSchema.parse(parsed)).toEqual(parsed);
      }),
      { numRuns: 300 },
    );
  });

  it("takes as ids exactly the words IdSchema accepts", () => {
    fc.assert(
      fc.property(fc.oneof(fc.stringMatching(/^[A-Za-z0-9._:/+-]{1,20}$/), fc.stringMatching(/^[a-z][a-z0-9.-]{120,135}$/)), (word) => {
        expect(safeParseConditionText(`mandate(${word})`).success).toBe(IdSchema.safeParse(word).success);
      }),
      { numRuns: 500 },
    );
  });

  it("takes as country codes exactly the codes CountryCodeSchema accepts", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z]{2}$/), (code) => {
        expect(safeParseConditionText(`peace(${code})`).success).toBe(CountryCodeSchema.safeParse(code).success);
      }),
      { numRuns: 500 },
    );
  });
});

describe("the parser, on any input", () => {
  const TOKENS = [
    ...KEYWORD_IDS, "(", ")", ",", "UA", "EU", "peace", "ceasefire", "request", "approval", "inclusion", "mandate", "fact",
    "at-least", "4", "0", "ready", "redy", "in-country", "neighbouring-countries", "at-sea", '"q"', '"', "\\", "\n", "x.y",
  ];

  it("answers without throwing, with problems placed inside the text, or with a condition that reads back", () => {
    const soup = fc.array(fc.constantFrom(...TOKENS), { maxLength: 30 }).map((tokens) => tokens.join(" "));
    fc.assert(
      fc.property(fc.oneof(soup, fc.string({ maxLength: 40, unit: "binary" })), (text) => {
        const result = safeParseConditionText(text);
        if (result.success) {
          expect(parseConditionText(printCondition(result.data))).toEqual(result.data);
          return;
        }
        expect(result.error.problems.length).toBeGreaterThan(0);
        for (const problem of result.error.problems) {
          expect(problem.offset).toBeGreaterThanOrEqual(0);
          expect(problem.offset).toBeLessThanOrEqual(text.length);
          expect(problem.line).toBe(text.slice(0, problem.offset).split(/\r\n|\r|\n/).length);
          expect(problem.message.length * problem.expected.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
