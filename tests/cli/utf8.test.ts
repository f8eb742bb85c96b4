import { describe, expect, it } from "vitest";
import { firstInvalidUtf8 } from "../../src/cli/internal/utf8.js";

describe("firstInvalidUtf8", () => {
  it("finds nothing wrong in UTF-8 text of any script", () => {
    expect(firstInvalidUtf8(Buffer.from("Türkiye, Ελλάδα, مصر, 日本, 🇺🇦, \u{10ffff}"))).toBe(-1);
  });

  it("points at the first byte of each kind of ill-formed sequence", () => {
    const at = (...bytes: number[]) => firstInvalidUtf8(Uint8Array.from([0x41, ...bytes]));
    expect(at(0x80)).toBe(1); // a continuation byte alone
    expect(at(0xc0, 0xaf)).toBe(1); // an overlong "/"
    expect(at(0xc3)).toBe(1); // cut short
    expect(at(0xc3, 0x41)).toBe(1); // not continued
    expect(at(0xe0, 0x80, 0xaf)).toBe(1); // overlong, three bytes
    expect(at(0xed, 0xa0, 0x80)).toBe(1); // a surrogate
    expect(at(0xe2, 0x82)).toBe(1); // cut short
    expect(at(0xe2, 0x82, 0x41)).toBe(1); // third byte not a continuation
    expect(at(0xf0, 0x8f, 0xbf, 0xbf)).toBe(1); // overlong, four bytes
    expect(at(0xf4, 0x90, 0x80, 0x80)).toBe(1); // above U+10FFFF
    expect(at(0xf5, 0x80, 0x80, 0x80)).toBe(1); // no such lead byte
    expect(at(0xe2, 0x82, 0xac, 0xff)).toBe(4); // after a good euro sign
  });
});
