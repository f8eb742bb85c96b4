// Totals, one rule everywhere: quantities and counts read as figures (low..high, open
// high null) and summed per unit. An approximate figure without a number stays in,
// flagged, never as zero; a total is never Infinity nor NaN, and its low never exceeds its high.
import { describe, expect, it } from "vitest";
import { claimsFigure, countFigure, quantityFigure, sumFigures } from "../../src/internal/totals.js";
import type { Count, Quantity } from "../../src/index.js";

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

  it("sums them per unit: at least 1,500, open-ended, plus one without a figure, never zero", () => {
    const items = [
      people({ kind: "exact", value: 200 }),
      people({ kind: "range", low: 100, high: 300 }),
      people({ kind: "approximate", phrase: "about 200", value: 200 }),
      people({ kind: "approximate", phrase: "at least 1,000 or so", low: 1000 }),
      people({ kind: "approximate", phrase: "several thousand" }),
    ].map((quantity) => ({ unit: quantity.unit, figure: quantityFigure(quantity) }));
    expect(sumFigures(items)).toEqual([{ unit: "people", low: 1500, high: null, figures: 4, approximate: 2, withoutFigure: 1 }]);
    const money = { unit: "money", currency: "EUR", figure: quantityFigure(people({ kind: "exact", value: 5 })) };
    expect(sumFigures([money, { ...money, currency: "GBP" }]).map((total) => total.currency)).toEqual(["EUR", "GBP"]);
  });

  it("reads disputed claims as the lowest low to the highest high, an open high winning", () => {
    const claims = [people({ kind: "exact", value: 100 }), people({ kind: "range", low: 50, high: 80 })].map(quantityFigure);
    expect(claimsFigure(claims)).toEqual({ low: 50, high: 100, approximate: false, withoutFigure: false });
    const open = claimsFigure([...claims, quantityFigure(people({ kind: "approximate", phrase: "many" }))]);
    expect(open).toEqual({ low: 0, high: null, approximate: false, withoutFigure: false });
    expect(claimsFigure([])).toBeUndefined();
  });

  it("reads counts by the same rule: 'over 30' is 31 and more, '26 formally committed' is 26", () => {
    const counts: Count[] = [
      { kind: "at-least", value: 31, of: "countries", phrase: "over 30" },
      { kind: "exact", value: 26, of: "countries" },
      { kind: "approximate", phrase: "about six", value: 6, of: "countries" },
    ];
    expect(counts.map(countFigure).map((figure) => [figure.low, figure.high, figure.approximate])).toEqual([
      [31, null, false],
      [26, 26, false],
      [6, 6, true],
    ]);
  });

  it("refuses a total past the largest number rather than give Infinity", () => {
    const huge = { unit: "people", figure: { low: Number.MAX_VALUE, high: Number.MAX_VALUE, approximate: false, withoutFigure: false } };
    expect(() => sumFigures([huge, huge])).toThrow(expect.objectContaining({ code: "invalid_argument" }));
    expect(() => sumFigures([huge, huge])).toThrow("the total of people is beyond the largest number a total can hold");
    const euros = { ...huge, unit: "money", currency: "EUR" };
    expect(() => sumFigures([euros, euros])).toThrow("the total of money in EUR is beyond the largest number a total can hold");
  });
});
