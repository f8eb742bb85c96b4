import { describe, expect, it } from "vitest";
import { escapeHtml, isolatedHtml } from "../../src/report/internal/escape-html.js";
import { CONTROL_CODES } from "../support/control-codes.js";

// The markup escapeHtml changes, each with what it becomes.
const MARKUP: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;", "\t": " ", "\n": " ", "\r": " " };
// Tabs and line breaks are markup here: HTML shows them as spaces.
const CONTROLS_SHOWN = CONTROL_CODES.filter((code) => code !== 0x09 && code !== 0x0a && code !== 0x0d);

describe("escapeHtml", () => {
  it("escapes each markup character alone in a text, with nothing else to escape around it", () => {
    for (const [character, entity] of Object.entries(MARKUP)) expect(escapeHtml(`ab${character}cd`), JSON.stringify(character)).toBe(`ab${entity}cd`);
  });

  it("shows each control character alone in a text as its code", () => {
    for (const code of CONTROLS_SHOWN) {
      expect(escapeHtml(`ab${String.fromCharCode(code)}cd`), code.toString(16)).toBe(`ab\\u${code.toString(16).padStart(4, "0")}cd`);
    }
  });

  it("gives text with nothing to escape back as it is, wide characters included", () => {
    for (const text of ["", "Organization 12", "Türkiye", "Україна", "“Coalition of the willing”", "𝄞 🇺🇦", "a\u00a0b\u00a0c"]) expect(escapeHtml(text)).toBe(text);
  });

  it("isolates escaped text in a <bdi>", () => {
    expect(isolatedHtml("a<b\u202e")).toBe("<bdi>a&lt;b\\u202e</bdi>");
  });
});
