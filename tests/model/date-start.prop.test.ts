import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dateEnd, dateStart } from "../../src/index.js";

const pad = (value: number, width: number) => String(value).padStart(width, "0");

describe("dateStart and dateEnd", () => {
  it("keep start before or on end, so ISO strings compare as dates", () => {
    const anyDate = fc.oneof(
      fc
        .date({ min: new Date("0001-01-01T00:00:00Z"), max: new Date("9999-12-31T00:00:00Z"), noInvalidDate: true })
        .map((date) => date.toISOString().slice(0, 10)),
      fc
        .integer({ min: 0, max: 9999 })
        .chain((y) => fc.integer({ min: 1, max: 12 }).map((m) => `${pad(y, 4)}-${pad(m, 2)}`)),
      fc.integer({ min: 0, max: 9999 }).map((y) => pad(y, 4))
    );
    fc.assert(
      fc.property(anyDate, (date) => {
        const start = dateStart(date);
        const end = dateEnd(date);
        expect(start).toBeDefined();
        expect(end).toBeDefined();
        expect((start ?? "") <= (end ?? "")).toBe(true);
        expect(date.startsWith((start ?? "").slice(0, date.length))).toBe(true);
      })
    );
  });
});
