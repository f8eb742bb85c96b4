// The words the three renderers share for the sections over time.
import { describe, expect, it } from "vitest";
import { eventWords, totalWords } from "../../src/report/internal/time-words.js";
import type { ReportEvent } from "../../src/report.js";

describe("totals in words", () => {
  const total = { unit: "people", low: 100, high: 200 as number | null, pledges: 3, quantified: 2, unquantified: 1 };

  it("gives one figure when low and high agree, a range when not, and 'at least' when open-ended", () => {
    expect(totalWords({ ...total, high: 100, unquantified: 0 })).toBe("people: 100");
    expect(totalWords(total)).toBe("people: 100 to 200 (1 of 3 pledges without a figure)");
    expect(totalWords({ ...total, high: null, currency: "EUR", unit: "money" })).toBe("EUR: at least 100 (1 of 3 pledges without a figure)");
  });
});

describe("the number of a meeting in its series", () => {
  const event: ReportEvent = {
    id: "e",
    title: "Leaders' meeting",
    kind: "meeting",
    status: "held",
    from: "2025-03-15",
    to: null,
    place: null,
    hosts: [],
    participants: [],
    participantCount: null,
    series: null,
    sources: [],
  };
  const nth = (number: number) => eventWords({ ...event, series: { id: "leaders", number } });

  it("reads as an English ordinal: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 22nd, 111th", () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 111].map((number) => nth(number).replace("2025-03-15, meeting, held: Leaders' meeting (the ", "").replace(" of leaders)", ""))).toEqual([
      "1st",
      "2nd",
      "3rd",
      "4th",
      "11th",
      "12th",
      "13th",
      "21st",
      "22nd",
      "111th",
    ]);
  });
});
