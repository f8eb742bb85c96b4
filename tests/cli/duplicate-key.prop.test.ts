import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findDuplicateKey } from "../../src/cli/internal/duplicate-key.js";

describe("findDuplicateKey", () => {
  it("finds none in JSON that a serialiser wrote, whatever its strings hold", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(findDuplicateKey(JSON.stringify(value))).toBeUndefined();
        expect(findDuplicateKey(JSON.stringify(value, null, 2))).toBeUndefined();
      }),
    );
  });

  it("finds the key a serialised object holds twice once one of its keys is written again", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 2 }), { minKeys: 1 }), fc.nat(), (object, pick) => {
        const keys = Object.keys(object);
        const key = keys[pick % keys.length] as string;
        // A function, not a string: in a replacement string "$$" (a key fast-check finds) means "$".
        const text = JSON.stringify(object).replace(/}$/, () => `,${JSON.stringify(key)}:null}`);
        expect(findDuplicateKey(text)?.path).toEqual([key]);
      }),
    );
  });
});
