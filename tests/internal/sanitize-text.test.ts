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

describe("the sanitiser of printed text", () => {
  it("shows each C0, DEL, C1 and bidi control as \\u and its four hex digits", () => {
    for (const code of CONTROLS) {
      expect(sanitizeText(`a${String.fromCharCode(code)}b`), code.toString(16)).toBe(`a\\u${code.toString(16).padStart(4, "0")}b`);
    }
    expect(sanitizeText("\u001b]0;title\u0007\u009b2J")).toBe("\\u001b]0;title\\u0007\\u009b2J");
  });

  it("line by line, keeps the line breaks and shows every other control", () => {
    expect(sanitizeLines("one\u001b[2J\ntwo\r\nthree")).toBe("one\\u001b[2J\ntwo\\u000d\nthree");
  });
});
