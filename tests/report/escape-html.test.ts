import { describe, expect, it } from "vitest";
import { escapeHtml, isolatedHtml } from "../../src/report/internal/escape-html.js";

// Every character escapeHtml changes: the markup, and the controls the sanitiser shows.
const MARKUP: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;", "\t": " ", "\n": " ", "\r": " " };
const CONTROL_CODES = [
  ...Array.from({ length: 0x20 }, (_, code) => code).filter((code) => code !== 0x09 && code !== 0x0a && code !== 0x0d),
  ...Array.from({ length: 0xa0 - 0x7f }, (_, offset) => 0x7f + offset),
  0x061c, 0x200e, 0x200f, 0x2028, 0x2029, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069,
];

describe("escapeHtml", () => {
  it("escapes each markup character alone in a text, with nothing else to escape around it", () => {
    for (const [character, entity] of Object.entries(MARKUP)) expect(escapeHtml(`ab${character}cd`), JSON.stringify(character)).toBe(`ab${entity}cd`);
  });

  it("shows each control character alone in a text as its code", () => {
    for (const code of CONTROL_CODES) {
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
