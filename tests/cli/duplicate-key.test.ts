import { describe, expect, it } from "vitest";
import { findDuplicateKey } from "../../src/cli/internal/duplicate-key.js";

describe("findDuplicateKey", () => {
  it("finds a key held twice by one object, with its path and the offset of the second", () => {
    const text = '{"a": [1, {"b": 2, "c": {"d": 1, "d": 2}}]}';
    expect(findDuplicateKey(text)).toEqual({ path: ["a", 1, "c", "d"], offset: text.lastIndexOf('"d"') });
    expect(findDuplicateKey('[{}, {"x": 1}, [], {"y": "}", "y": 0}]')).toMatchObject({ path: [3, "y"] });
    expect(findDuplicateKey('{"\\u0061": 1, "a": 2}')).toMatchObject({ path: ["a"] });
  });
});
