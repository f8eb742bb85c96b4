import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { firstInvalidUtf8 } from "../../src/cli/internal/utf8.js";

const decodes = (bytes: Uint8Array) => {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
};

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

  it("agrees with a fatal TextDecoder on any bytes", () => {
    fc.assert(
      // Bytes at the edges of the ranges a sequence allows, so that well-formed ones come up too.
      fc.property(fc.array(fc.constantFrom(0x00, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff), { maxLength: 12 }), (list) => {
        const bytes = Uint8Array.from(list);
        expect(firstInvalidUtf8(bytes) === -1).toBe(decodes(bytes));
        const offset = firstInvalidUtf8(bytes);
        // Everything before the offset decodes; the sequence at the offset does not.
        if (offset >= 0) expect(decodes(bytes.subarray(0, offset))).toBe(true);
      }),
      { numRuns: 1_000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: fc.integer({ min: 0, max: 0x10ffff }).filter((code) => code < 0xd800 || code > 0xdfff).map((code) => String.fromCodePoint(code)) }), (text) => {
        expect(firstInvalidUtf8(Buffer.from(text))).toBe(-1);
      }),
    );
  });
});
