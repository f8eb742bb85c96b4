// Laws of the condition text, over generated conditions of every shape: the text of a
// condition reads back to it, the printed text is canonical, what parses is what the
// schema accepts, and the parser answers any input without throwing.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Condition } from "../../src/index.js";
import { parseConditionText, printCondition } from "../../src/condition-text.js";
import { validDatasetDocument } from "../arbitraries/dataset.js";
import { conditionArbitrary } from "./condition-arbitrary.js";

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
