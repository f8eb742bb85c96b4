import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { STANCES, compareStance, isStanceAtLeast, stanceRank, type Stance } from "../../src/index.js";

const stance = fc.constantFrom(...STANCES);

describe("the stance scale", () => {
  it("runs from committed down to refused", () => {
    expect(STANCES).toEqual(["committed", "ready", "open", "undecided", "opposed", "refused"]);
  });

  it("ranks each stance by its place on the scale, 5 for committed to 0 for refused", () => {
    expect(STANCES.map(stanceRank)).toEqual([5, 4, 3, 2, 1, 0]);
  });

  it("ranks a string that is no stance (data built without the parser) as NaN, neither above nor below any rank", () => {
    const stray = "maybe" as Stance;
    expect(stanceRank(stray)).toBeNaN();
    expect(isStanceAtLeast(stray, "refused")).toBe(false);
  });

  it("sorts weakest first with compareStance", () => {
    const shuffled: Stance[] = ["open", "refused", "committed", "undecided", "ready", "opposed"];
    expect(shuffled.sort(compareStance)).toEqual([...STANCES].reverse());
  });

  it("says ready is at least open, and opposed is not at least undecided", () => {
    expect(isStanceAtLeast("ready", "open")).toBe(true);
    expect(isStanceAtLeast("open", "open")).toBe(true);
    expect(isStanceAtLeast("opposed", "undecided")).toBe(false);
    expect(isStanceAtLeast("refused", "opposed")).toBe(false);
  });
});

describe("compareStance is a total order consistent with the scale", () => {
  it("puts a before b exactly when a is further down the scale", () => {
    fc.assert(
      fc.property(stance, stance, (a, b) => {
        expect(Math.sign(compareStance(a, b))).toBe(Math.sign(STANCES.indexOf(b) - STANCES.indexOf(a)));
      })
    );
  });

  it("is zero only for equal stances (antisymmetric, reflexive)", () => {
    fc.assert(
      fc.property(stance, stance, (a, b) => {
        expect(compareStance(a, b) === 0).toBe(a === b);
        expect(Math.sign(compareStance(a, b)) + Math.sign(compareStance(b, a))).toBe(0);
      })
    );
  });

  it("is transitive", () => {
    fc.assert(
      fc.property(stance, stance, stance, (a, b, c) => {
        if (compareStance(a, b) <= 0 && compareStance(b, c) <= 0) expect(compareStance(a, c)).toBeLessThanOrEqual(0);
      })
    );
  });

  it("agrees with isStanceAtLeast", () => {
    fc.assert(
      fc.property(stance, stance, (a, b) => {
        expect(isStanceAtLeast(a, b)).toBe(compareStance(a, b) >= 0);
      })
    );
  });

  it("sorts any list of stances into scale order, weakest first", () => {
    fc.assert(
      fc.property(fc.array(stance), (list) => {
        const sorted = [...list].sort(compareStance);
        const expected = [...STANCES].reverse().flatMap((level) => list.filter((item) => item === level));
        expect(sorted).toEqual(expected);
      })
    );
  });
});
