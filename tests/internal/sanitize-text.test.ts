import { describe, expect, it } from "vitest";
import { sanitizeLines, sanitizeText } from "../../src/internal/sanitize-text.js";
import { CONTROL_CODES } from "../support/control-codes.js";

describe("the sanitiser of printed text", () => {
  it("shows each C0, DEL, C1 and bidi control as \\u and its four hex digits", () => {
    for (const code of CONTROL_CODES) {
      expect(sanitizeText(`a${String.fromCharCode(code)}b`), code.toString(16)).toBe(`a\\u${code.toString(16).padStart(4, "0")}b`);
    }
    expect(sanitizeText("\u001b]0;title\u0007\u009b2J")).toBe("\\u001b]0;title\\u0007\\u009b2J");
  });

  it("line by line, keeps the line breaks and shows every other control", () => {
    expect(sanitizeLines("one\u001b[2J\ntwo\r\nthree")).toBe("one\\u001b[2J\ntwo\\u000d\nthree");
  });
});
