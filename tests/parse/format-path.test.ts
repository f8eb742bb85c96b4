import { describe, expect, it } from "vitest";
import { formatPath } from "../../src/index.js";

describe("formatPath", () => {
  it("writes keys and indexes in dot-and-bracket notation, quoting keys that are not names", () => {
    expect(formatPath([])).toBe("(root)");
    expect(formatPath(["commitments", 3, "statedBy", "institution"])).toBe("commitments[3].statedBy.institution");
    expect(formatPath(["organizations", 0, "a key", "x.y"])).toBe('organizations[0]["a key"]["x.y"]');
  });

  it("cuts a key of 100 MB to its first 100 characters, with its length", () => {
    const key = "k".repeat(100 * 1024 * 1024);
    const path = formatPath(["commitments", 0, key, "id"]);
    expect(path).toBe(`commitments[0]["${"k".repeat(100)}…" (104857600 characters)].id`);
    // A key of exactly 100 characters is shown whole.
    expect(formatPath(["k".repeat(100)])).toBe("k".repeat(100));
  });

  it("never cuts a character in two at the limit", () => {
    const key = `${"k".repeat(99)}😀${"k".repeat(50)}`;
    expect(formatPath([key])).toBe(`["${"k".repeat(99)}…" (151 characters)]`);
  });

  it("shows control characters in a key as their codes: none reaches the terminal", () => {
    const path = formatPath(["organizations", 0, "\u001b]0;pwned\u0007\u009b2J\u202e"]);
    expect(path).toBe('organizations[0]["\\u001b]0;pwned\\u0007\\u009b2J\\u202e"]');
    expect(path).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202e]/);
    expect(formatPath(["k".repeat(100) + "\u009b"])).toBe(`["${"k".repeat(100)}…" (101 characters)]`);
    expect(formatPath(["\u009b".repeat(101)])).toBe(`["${"\\u009b".repeat(100)}…" (101 characters)]`);
  });
});
