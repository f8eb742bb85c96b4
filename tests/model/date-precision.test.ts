import { afterEach, describe, expect, it } from "vitest";
import { dateEnd, datePrecision } from "../../src/index.js";

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
