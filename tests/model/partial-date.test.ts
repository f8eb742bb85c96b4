import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { dateEnd, datePrecision, dateStart } from "../../src/index.js";

const pad = (value: number, width: number) => String(value).padStart(width, "0");

/** The last day of a month by the Gregorian leap-year rule, written out independently. */
function lastDay(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? Number.NaN;
}

describe("datePrecision", () => {
  it("tells a day, a month, a year and unknown apart", () => {
    expect(datePrecision("2025-03-13")).toBe("day");
    expect(datePrecision("2025-03")).toBe("month");
    expect(datePrecision("2025")).toBe("year");
    expect(datePrecision("unknown")).toBe("unknown");
  });

  it("knows 29 February only in leap years", () => {
    expect(datePrecision("2024-02-29")).toBe("day");
    expect(datePrecision("2025-02-29")).toBeUndefined();
    expect(datePrecision("2000-02-29")).toBe("day");
    expect(datePrecision("1900-02-29")).toBeUndefined();
  });

  it("knows how long each month is", () => {
    expect(datePrecision("2025-04-30")).toBe("day");
    expect(datePrecision("2025-04-31")).toBeUndefined();
    expect(datePrecision("2025-12-31")).toBe("day");
    expect(datePrecision("2025-02-30")).toBeUndefined();
  });

  it.each([
    "2025-13",
    "2025-00",
    "2025-03-00",
    "2025-03-32",
    "25-03",
    "2025-3",
    "2025-03-1",
    "2025/03/13",
    " 2025",
    "2025-03-13T00:00",
    "Unknown",
    "",
  ])("rejects %j", (text) => {
    expect(datePrecision(text)).toBeUndefined();
  });

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

  describe("whatever the machine's time zone", () => {
    const zone = process.env.TZ;
    afterEach(() => {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    });

    it("accepts 30 December 2011, the day Samoa skipped", () => {
      process.env.TZ = "Pacific/Apia";
      // The local calendar really lacks the day, so a Date-based check would reject it.
      expect(new Date(2011, 11, 30).getDate()).toBe(31);
      expect(datePrecision("2011-12-30")).toBe("day");
      expect(dateEnd("2011-12")).toBe("2011-12-31");
    });
  });
});

describe("dateStart and dateEnd", () => {
  it("give a day itself", () => {
    expect(dateStart("2025-03-13")).toBe("2025-03-13");
    expect(dateEnd("2025-03-13")).toBe("2025-03-13");
  });

  it("span a month from its first to its last day", () => {
    expect(dateStart("2025-03")).toBe("2025-03-01");
    expect(dateEnd("2025-03")).toBe("2025-03-31");
    expect(dateEnd("2025-04")).toBe("2025-04-30");
  });

  it("end February on the 29th in leap years only", () => {
    expect(dateEnd("2024-02")).toBe("2024-02-29");
    expect(dateEnd("2025-02")).toBe("2025-02-28");
    expect(dateEnd("2000-02")).toBe("2000-02-29");
    expect(dateEnd("1900-02")).toBe("1900-02-28");
  });

  it("span a year from 1 January to 31 December", () => {
    expect(dateStart("2025")).toBe("2025-01-01");
    expect(dateEnd("2025")).toBe("2025-12-31");
  });

  it("have no answer for an unknown or invalid date", () => {
    expect(dateStart("unknown")).toBeUndefined();
    expect(dateEnd("unknown")).toBeUndefined();
    expect(dateStart("2025-02-30")).toBeUndefined();
    expect(dateEnd("2025-13")).toBeUndefined();
  });

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
