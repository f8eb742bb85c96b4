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
