import { describe, expect, it } from "vitest";
import { STANCES, compareStance, type Stance } from "../../src/index.js";

describe("the stance scale", () => {
  it("sorts weakest first with compareStance", () => {
    const shuffled: Stance[] = ["open", "refused", "committed", "undecided", "ready", "opposed"];
    expect(shuffled.sort(compareStance)).toEqual([...STANCES].reverse());
  });
});
