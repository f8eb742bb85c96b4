import { describe, expect, it } from "vitest";
import { isStanceAtLeast } from "../../src/index.js";

describe("the stance scale", () => {
  it("says ready is at least open, and opposed is not at least undecided", () => {
    expect(isStanceAtLeast("ready", "open")).toBe(true);
    expect(isStanceAtLeast("open", "open")).toBe(true);
    expect(isStanceAtLeast("opposed", "undecided")).toBe(false);
    expect(isStanceAtLeast("refused", "opposed")).toBe(false);
  });
});
