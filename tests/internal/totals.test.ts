// Totals, one rule everywhere: quantities read as figures (low..high, open high null).
// An approximate figure without a number stays in, flagged, never as zero. (The sums and
// their limit are the aggregation's and the scenario's: tests/aggregate, tests/scenario.)
import { describe, expect, it } from "vitest";
import { claimsFigure, quantityFigure } from "../../src/internal/totals.js";
import type { Quantity } from "../../src/index.js";

const people = (fields: Record<string, unknown>) => ({ unit: "people", ...fields }) as unknown as Quantity;

describe("the totals rule", () => {
  it("reads exact, range and approximate quantities as the design says", () => {
    const figures = [
      people({ kind: "exact", value: 200 }),
      people({ kind: "range", low: 100, high: 300 }),
      people({ kind: "approximate", phrase: "about 200", value: 200 }),
      people({ kind: "approximate", phrase: "at least 1,000 or so", low: 1000 }),
      people({ kind: "approximate", phrase: "several thousand" }),
    ].map(quantityFigure);
    expect(figures.map((figure) => [figure.low, figure.high, figure.approximate, figure.withoutFigure])).toEqual([
      [200, 200, false, false],
      [100, 300, false, false],
      [200, 200, true, false],
      [1000, null, true, false],
      [0, null, false, true],
    ]);
  });

  it("reads disputed claims as the lowest low to the highest high, an open high winning", () => {
    const claims = [people({ kind: "exact", value: 100 }), people({ kind: "range", low: 50, high: 80 })].map(quantityFigure);
    expect(claimsFigure(claims)).toEqual({ low: 50, high: 100, approximate: false, withoutFigure: false });
    const open = claimsFigure([...claims, quantityFigure(people({ kind: "approximate", phrase: "many" }))]);
    expect(open).toEqual({ low: 0, high: null, approximate: false, withoutFigure: false });
    expect(claimsFigure([])).toBeUndefined();
  });
});
