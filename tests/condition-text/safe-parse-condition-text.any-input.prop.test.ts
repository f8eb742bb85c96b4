// Laws of the condition text, over generated conditions of every shape: the text of a
// condition reads back to it, the printed text is canonical, what parses is what the
// schema accepts, and the parser answers any input without throwing.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseConditionText, printCondition, safeParseConditionText } from "../../src/condition-text.js";
import { KEYWORD_IDS } from "./condition-arbitrary.js";

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
