import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sanitizeLines, sanitizeText } from "../../src/internal/sanitize-text.js";

const CONTROLS = [
  ...Array.from({ length: 0x20 }, (_, code) => code),
  ...Array.from({ length: 0xa0 - 0x7f }, (_, offset) => 0x7f + offset),
  0x061c,
  0x200e,
  0x200f,
  0x2028,
  0x2029,
  0x202a,
  0x202b,
  0x202c,
  0x202d,
  0x202e,
  0x2066,
  0x2067,
  0x2068,
  0x2069,
];

// Any character, often one of the ranges the controls are in.
const character = fc
  .oneof(fc.integer({ min: 0, max: 0xa0 }), fc.integer({ min: 0x2000, max: 0x2070 }), fc.integer({ min: 0, max: 0x10ffff }))
  .filter((code) => code < 0xd800 || code > 0xdfff)
  .map((code) => String.fromCodePoint(code));

describe("the sanitiser of printed text", () => {
  it("shows each C0, DEL, C1 and bidi control as \\u and its four hex digits", () => {
    for (const code of CONTROLS) {
      expect(sanitizeText(`a${String.fromCharCode(code)}b`), code.toString(16)).toBe(`a\\u${code.toString(16).padStart(4, "0")}b`);
    }
    expect(sanitizeText("\u001b]0;title\u0007\u009b2J")).toBe("\\u001b]0;title\\u0007\\u009b2J");
  });

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

  it("line by line, keeps the line breaks and shows every other control", () => {
    expect(sanitizeLines("one\u001b[2J\ntwo\r\nthree")).toBe("one\\u001b[2J\ntwo\\u000d\nthree");
  });
});
