// Laws of the condition text, over generated conditions of every shape: the text of a
// condition reads back to it, the printed text is canonical, what parses is what the
// schema accepts, and the parser answers any input without throwing.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseConditionText, printCondition, safeParseConditionText } from "../../src/condition-text.js";
import { ConditionSchema, CountryCodeSchema, IdSchema } from "../../src/schema.js";
import { conditionArbitrary } from "./condition-arbitrary.js";

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
