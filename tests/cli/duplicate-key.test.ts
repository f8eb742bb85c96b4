import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findDuplicateKey } from "../../src/cli/internal/duplicate-key.js";

describe("findDuplicateKey", () => {
  it("finds a key held twice by one object, with its path and the offset of the second", () => {
    const text = '{"a": [1, {"b": 2, "c": {"d": 1, "d": 2}}]}';
    expect(findDuplicateKey(text)).toEqual({ path: ["a", 1, "c", "d"], offset: text.lastIndexOf('"d"') });
    expect(findDuplicateKey('[{}, {"x": 1}, [], {"y": "}", "y": 0}]')).toMatchObject({ path: [3, "y"] });
    expect(findDuplicateKey('{"\\u0061": 1, "a": 2}')).toMatchObject({ path: ["a"] });
  });

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
