// The kernel's calendar (src/internal/dates): month lengths and formatting read off
// date-fns' UTC dates, so the machine's time zone never moves a day (this file runs under two
// zones a day apart), and the day keys (YYYYMMDD) the rest of the library works with.
import { describe, expect, it } from "vitest";
import { formatISO } from "date-fns/formatISO";
import { daysInMonth, formatDayKey, keyOfUtcDay, monthSeries, utcDay, utcDayOfKey } from "../../src/internal/dates/calendar.js";
import { asOfKey, dayKeyOf, endKeyOf, NO_DAY } from "../../src/internal/dates/day-key.js";
import { isCoalitionError } from "../../src/index.js";

describe("the calendar", () => {
  it("knows how long a month is, February of leap years included", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((month) => daysInMonth(2025, month))).toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
    expect([2024, 2000, 1900, 2100, 4].map((year) => daysInMonth(year, 2))).toEqual([29, 29, 28, 28, 29]);
  });

  it("keeps the years 0 to 99 as themselves, not 1900 to 1999", () => {
    expect(keyOfUtcDay(utcDay(25, 3, 13))).toBe(250313);
    expect(formatDayKey(250313)).toBe("0025-03-13");
    // 1900 is no leap year; the year 0 is one.
    expect(daysInMonth(0, 2)).toBe(29);
  });

  it("formats a day key as YYYY-MM-DD", () => {
    expect(formatDayKey(20250313)).toBe("2025-03-13");
    expect(formatDayKey(20241231)).toBe("2024-12-31");
  });

  it("prints any day key as date-fns' formatISO prints its day, a key from a Date past the year 9999 or before the year 0 too", () => {
    const keys = [20250313, 250313, 101, 200000101, keyOfUtcDay(utcDay(-1, 1, 1)), keyOfUtcDay(utcDay(-44, 3, 15))];
    for (const key of keys) expect(formatDayKey(key), String(key)).toBe(formatISO(utcDayOfKey(key), { representation: "date" }));
  });
});

describe("a month series", () => {
  it("lists every month from one day's to another's, both included", () => {
    expect(monthSeries(20250213, 20250601)).toEqual(["2025-02", "2025-03", "2025-04", "2025-05", "2025-06"]);
    expect(monthSeries(20241130, 20250131)).toEqual(["2024-11", "2024-12", "2025-01"]);
  });

  it("is one month for two days of the same month, and empty when the second day comes first", () => {
    expect(monthSeries(20250301, 20250331)).toEqual(["2025-03"]);
    expect(monthSeries(20250331, 20250301)).toEqual([]);
  });

  it("keeps only the last months asked for, across a year's turn and from the year 1", () => {
    expect(monthSeries(20240213, 20250201, 3)).toEqual(["2024-12", "2025-01", "2025-02"]);
    expect(monthSeries(20250213, 20250401, 12)).toEqual(["2025-02", "2025-03", "2025-04"]);
    expect(monthSeries(10101, 20250315, 2)).toEqual(["2025-02", "2025-03"]);
    expect(monthSeries(10101, 10315, 12)).toEqual(["0001-01", "0001-02", "0001-03"]);
  });
});

describe("day keys", () => {
  it("end a partial date on its last day", () => {
    expect([endKeyOf("2025-03-13"), endKeyOf("2024-02"), endKeyOf("2025")]).toEqual([20250313, 20240229, 20251231]);
    expect([endKeyOf("unknown"), endKeyOf("2025-02-29"), endKeyOf("2025-13")]).toEqual([NO_DAY, NO_DAY, NO_DAY]);
  });

  it("come from a Date by its local calendar day, and from a date string by its end", () => {
    expect(dayKeyOf(new Date(2025, 2, 13, 23, 59))).toBe(20250313);
    expect(dayKeyOf(new Date(2025, 2, 13, 0, 0))).toBe(20250313);
    expect(dayKeyOf("2025-03")).toBe(20250331);
    expect(dayKeyOf(new Date(Number.NaN))).toBe(NO_DAY);
    expect(dayKeyOf("yesterday")).toBe(NO_DAY);
  });
});

describe("the key of an as-of option", () => {
  it("refuses what is neither a date text nor a Date, naming the option, with what it got", () => {
    const thrown = (() => {
      try {
        asOfKey(20250313 as never, "knownAsOf");
      } catch (error) {
        return error;
      }
      return undefined;
    })();
    expect(isCoalitionError(thrown) && thrown.code === "invalid_argument" ? [thrown.argument, thrown.message] : thrown).toEqual([
      "knownAsOf",
      "knownAsOf must be a date as YYYY-MM-DD, YYYY-MM or YYYY, or a Date, not 20250313",
    ]);
  });
});
