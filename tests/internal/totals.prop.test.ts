// Totals, one rule everywhere: a generated quantity reads as a figure that is never NaN
// nor Infinity, whose low never exceeds its high (null: open-ended).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { claimsFigure, quantityFigure } from "../../src/internal/totals.js";
import type { Quantity } from "../../src/index.js";
import { quantityArbitrary } from "../arbitraries/dataset.js";

describe("the totals rule", () => {
  it("never reads a quantity, nor claims read together, as a low above its high, NaN or Infinity", () => {
    fc.assert(
      fc.property(fc.array(quantityArbitrary(), { minLength: 1 }), (quantities) => {
        const figures = quantities.map((quantity) => quantityFigure(quantity as unknown as Quantity));
        for (const figure of [...figures, claimsFigure(figures)!]) {
          expect(Number.isFinite(figure.low)).toBe(true);
          if (figure.high !== null) {
            expect(Number.isFinite(figure.high)).toBe(true);
            expect(figure.low).toBeLessThanOrEqual(figure.high);
          }
        }
      }),
    );
  });
});
