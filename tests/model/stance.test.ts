import { describe, expect, it } from "vitest";
import { STANCES } from "../../src/index.js";

describe("the stance scale", () => {
  it("runs from committed down to refused", () => {
    expect(STANCES).toEqual(["committed", "ready", "open", "undecided", "opposed", "refused"]);
  });
});
