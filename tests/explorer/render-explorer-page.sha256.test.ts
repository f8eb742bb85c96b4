// The page names its script and style sheet by SHA-256 in base64 (its Content-Security-Policy),
// computed by the library's own digest so that rendering stays synchronous everywhere: the
// same as node:crypto's for texts of every length around SHA-256's 64-byte blocks, and for
// text beyond ASCII.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { sha256Base64 } from "../../src/explorer/internal/sha256.js";

const reference = (text: string) => createHash("sha256").update(text, "utf8").digest("base64");

describe("the page's SHA-256 digests", () => {
  it("match node:crypto for ASCII texts of 0 to 130 bytes", () => {
    for (let length = 0; length <= 130; length++) {
      const text = "abcdefghijklmnopqrstuvwxyz0123456789".repeat(4).slice(0, length);
      expect(sha256Base64(text), `length ${length}`).toBe(reference(text));
    }
  });

  it("match node:crypto for text beyond ASCII, hashed as UTF-8", () => {
    for (const text of ["é", "Україна", "✓ ✗ ?", "𝄞 and 🇺🇦", "\u0000\n\u2028"]) expect(sha256Base64(text)).toBe(reference(text));
  });
});
