import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { datePrecision } from "../../src/index.js";

const pad = (value: number, width: number) => String(value).padStart(width, "0");

/** The last day of a month by the Gregorian leap-year rule, written out independently. */
function lastDay(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? Number.NaN;
}

describe("datePrecision", () => {
  it("accepts every real day of years 0000 to 9999, and no day past a month's end", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (y, m, d) => {
          const text = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
          expect(datePrecision(text)).toBe(d <= lastDay(y, m) ? "day" : undefined);
        }
      )
    );
  });
});
