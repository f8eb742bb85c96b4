// countBounds: the least and the most a count allows, the reading every total of counts
// is built on. An open end is null, never Infinity; an approximate count without a
// figure stays in (0..open), never as zero.
import { describe, expect, it } from "vitest";
import { countBounds } from "../../src/internal/count-bounds.js";
import type { Count } from "../../src/index.js";

describe("countBounds", () => {
  it.each<[string, Count, { low: number; high: number | null }]>([
    ["37 participants: exactly 37", { kind: "exact", value: 37, of: "participants" }, { low: 37, high: 37 }],
    ["30 to 35 countries", { kind: "range", low: 30, high: 35, of: "countries" }, { low: 30, high: 35 }],
    ['"over 30": at least 31, no upper end', { kind: "at-least", value: 31, of: "countries", phrase: "over 30" }, { low: 31, high: null }],
    ["at most 10: from none to 10", { kind: "at-most", value: 10, of: "troops" }, { low: 0, high: 10 }],
    ['"about six": six', { kind: "approximate", phrase: "about six", value: 6, of: "countries" }, { low: 6, high: 6 }],
    ['"some thirty, between 28 and 32": its bounds', { kind: "approximate", phrase: "some thirty", value: 30, low: 28, high: 32, of: "countries" }, { low: 28, high: 32 }],
    ['"at least 2,000 or so": from 2,000, no upper end', { kind: "approximate", phrase: "2,000 or so", low: 2000, of: "troops" }, { low: 2000, high: null }],
    ['"dozens", without a figure: in, but open, never zero', { kind: "approximate", phrase: "dozens", of: "leaders" }, { low: 0, high: null }],
  ])("%s", (_, count, bounds) => {
    expect(countBounds(count)).toEqual(bounds);
  });
});
