import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { STANCES, compareStance, isStanceAtLeast } from "../../src/index.js";

const stance = fc.constantFrom(...STANCES);

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
