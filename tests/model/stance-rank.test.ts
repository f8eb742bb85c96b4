import { describe, expect, it } from "vitest";
import { STANCES, isStanceAtLeast, stanceRank, type Stance } from "../../src/index.js";

describe("the stance scale", () => {
  it("ranks each stance by its place on the scale, 5 for committed to 0 for refused", () => {
    expect(STANCES.map(stanceRank)).toEqual([5, 4, 3, 2, 1, 0]);
  });

  it("ranks a string that is no stance (data built without the parser) as NaN, neither above nor below any rank", () => {
    const stray = "maybe" as Stance;
    expect(stanceRank(stray)).toBeNaN();
    expect(isStanceAtLeast(stray, "refused")).toBe(false);
  });
});
