// Each kind of location, as written after a commitment's or threshold's type, and the
// rule that keeps the location table readable both ways as kinds are added.
import { describe, expect, expectTypeOf, it } from "vitest";
import { type Condition, type ConditionAtom, type Location } from "../../src/index.js";
import { parseConditionText, printCondition } from "../../src/condition-text.js";
import { CALL_SYNTAX, LOCATION_SYNTAX } from "../../src/condition-text/internal/syntax.js";

/** The commitment "US offers ground-troops" at `location`, as text and as data. */
function offerAt(location: string, value: Location): void {
  const condition: Condition = { kind: "commitment", actor: "US", type: "ground-troops", minStance: "open", location: value };
  expect(parseConditionText(`US offers ground-troops ${location}`)).toEqual(condition);
  expect(printCondition(condition)).toBe(`US offers ground-troops ${location}`);
}

describe("a location", () => {
  it("in a country", () => offerAt("in-country(UA)", { kind: "in-country", country: "UA" }));
  it("on the line of contact", () => offerAt("line-of-contact(UA)", { kind: "line-of-contact", country: "UA" }));
  it("behind a demarcation line", () => offerAt("behind-demarcation-line(UA)", { kind: "behind-demarcation-line", country: "UA" }));
  it("in a country's neighbours", () => offerAt("neighbouring-countries(UA)", { kind: "neighbouring-countries", of: "UA" }));
  it("in a country's neighbours, narrowed by region", () =>
    offerAt('neighbouring-countries(UA, "European")', { kind: "neighbouring-countries", of: "UA", region: "European" }));
  it("at sea", () => offerAt("at-sea", { kind: "at-sea" }));
  it("at sea, in a named area", () => offerAt('at-sea("Black Sea")', { kind: "at-sea", area: "Black Sea" }));
  it("remote", () => offerAt("remote", { kind: "remote" }));
  it("remote, with a description", () => offerAt('remote("off-shore")', { kind: "remote", description: "off-shore" }));

  it("is read in any case of its kind, and empty brackets count as none", () => {
    expect(parseConditionText("US offers x In-Country(UA)")).toEqual(parseConditionText("US offers x in-country(UA)"));
    expect(parseConditionText("US offers x at-sea()")).toEqual(parseConditionText("US offers x at-sea"));
  });
});

describe("the syntax tables", () => {
  it("write every atom kind: the calls, and commitment and threshold as sentences", () => {
    type CallKinds = (typeof CALL_SYNTAX)[string]["kind"] | "commitment" | "threshold";
    expectTypeOf<CallKinds>().toEqualTypeOf<ConditionAtom["kind"]>();
  });

  it("write every location kind", () => {
    expectTypeOf<keyof typeof LOCATION_SYNTAX>().toEqualTypeOf<Location["kind"]>();
  });

  it("put each optional field last, or first before a field written otherwise, so that its presence shows", () => {
    const wordKinds = new Set(["country", "id"]);
    const tables = [...Object.values(LOCATION_SYNTAX), ...Object.values(CALL_SYNTAX).map((syntax) => syntax.fields)];
    const ambiguous = tables.flatMap((fields) => {
      const specs: string[] = Object.values(fields);
      return specs.filter((spec, i) => {
        if (!spec.endsWith("?") || i === specs.length - 1) return false;
        const next = specs[i + 1] as string;
        return i > 0 || wordKinds.has(spec.slice(0, -1)) === wordKinds.has(next.replace("?", ""));
      });
    });
    expect(ambiguous).toEqual([]);
  });
});
