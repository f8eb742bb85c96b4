import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sanitizeText } from "../../src/internal/sanitize-text.js";

// Any character, often one of the ranges the controls are in.
const character = fc
  .oneof(fc.integer({ min: 0, max: 0xa0 }), fc.integer({ min: 0x2000, max: 0x2070 }), fc.integer({ min: 0, max: 0x10ffff }))
  .filter((code) => code < 0xd800 || code > 0xdfff)
  .map((code) => String.fromCodePoint(code));

describe("the sanitiser of printed text", () => {
  it("leaves every other character as it is: letters of any script, marks, emoji, spaces", () => {
    const text = "Türkiye, Ελλάδα, مصر, ישראל, 日本, Ilie Bolojan \u00a0\u200b\u200d 🇺🇦 e\u0301";
    expect(sanitizeText(text)).toBe(text);
    fc.assert(
      fc.property(fc.string({ unit: character }), (value) => {
        const safe = sanitizeText(value);
        expect(safe).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
        if (!/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/.test(value)) expect(safe).toBe(value);
      }),
    );
  });
});
