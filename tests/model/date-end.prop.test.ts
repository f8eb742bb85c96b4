import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dateEnd, datePrecision, dateStart } from "../../src/index.js";

const pad = (value: number, width: number) => String(value).padStart(width, "0");

/** The last day of a month by the Gregorian leap-year rule, written out independently. */
function lastDay(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? Number.NaN;
}

describe("dateStart and dateEnd", () => {
  it("end every month on its last real day, and that day is a valid date", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
        const month = `${pad(y, 4)}-${pad(m, 2)}`;
        const end = dateEnd(month);
        expect(end).toBe(`${month}-${pad(lastDay(y, m), 2)}`);
        expect(datePrecision(end ?? "")).toBe("day");
        expect(dateStart(month)).toBe(`${month}-01`);
      })
    );
  });
});
