// The explorer's figures in words: counts, signed changes, and sums of quantities.
import { describe, expect, it } from "vitest";
import { counted, quantityText, signed } from "../../src/explorer/internal/words.js";

describe("the explorer's words", () => {
  it("counts in English, with thousands separated", () => {
    expect([counted(1, "offer"), counted(1200, "offer"), counted(2, "person", "people")]).toEqual(["1 offer", "1,200 offers", "2 people"]);
  });

  it("signs a change, with a true minus sign", () => {
    expect([signed(3), signed(-2), signed(0)]).toEqual(["+3", "−2", "0"]);
  });

  it("writes a sum of quantities: a range, money with or without a currency, and open-ended offers", () => {
    expect(quantityText({ unit: "people", low: 100, high: 200, openEnded: 0 })).toBe("100–200 people");
    expect(quantityText({ unit: "money", currency: "EUR", low: 5e6, high: 5e6, openEnded: 1 })).toBe("EUR 5,000,000, and 1 open-ended offer");
    expect(quantityText({ unit: "money", low: 7, high: 7, openEnded: 0 })).toBe("7");
  });
});
