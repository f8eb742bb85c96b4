// `options.base` is input too: only a dataset the parser returned is trusted as a base.
// Anything else is an issue of the result (never an exception from safeParseDataset),
// and nothing the caller passed is frozen or changed.
import { describe, expect, it } from "vitest";
import { isCoalitionError, type Dataset, type DatasetIssue } from "../../src/index.js";
import { parseDataset, safeParseDataset } from "../../src/schema.js";

const reference = () => parseDataset({ id: "reference", title: "Reference", states: [{ id: "DK" }, { id: "FI" }] });
const mine = { id: "mine", title: "Mine", commitments: [] };

/** The issues (code and path) of parsing `input` with `options`; [] when it is accepted. */
function problemsOf(input: unknown, options: unknown): { code: string; path: readonly (string | number)[] }[] {
  const result = safeParseDataset(input, options as never);
  return result.success ? [] : result.error.issues.map(({ code, path }) => ({ code, path }));
}

describe("a base that is not a dataset the parser returned", () => {
  it("is an issue, not a TypeError, when it is an empty object", () => {
    const result = safeParseDataset(mine, { base: {} as Dataset });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues).toEqual<DatasetIssue[]>([
      {
        code: "invalid_type",
        path: ["(base)"],
        message: "the base is an object, not a dataset that parseDataset returned: parse it first",
      },
    ]);
  });

  it("is refused when built by hand, so its invalid records never reach a successful result", () => {
    const handMade = {
      id: "hand-made",
      title: "Hand made",
      states: [{ id: "not a country" }],
      commitments: [{ id: "c", actor: "nobody", type: "nothing", stance: "eager", date: "soon", sources: [] }],
    };
    expect(problemsOf(mine, { base: handMade })).toEqual([{ code: "invalid_type", path: ["(base)"] }]);
  });

  it("is refused when it is a copy, a spread or a Proxy of a parsed dataset: only the parser's own result is trusted", () => {
    const parsed = reference();
    for (const copy of [structuredClone(parsed), { ...parsed }, new Proxy(parsed, {})]) {
      expect(problemsOf(mine, { base: copy })).toEqual([{ code: "invalid_type", path: ["(base)"] }]);
    }
  });

  it("leaves the caller's objects unfrozen and unchanged", () => {
    const state = { id: "DK" };
    const handMade = { id: "hand-made", title: "Hand made", states: [state], commitments: [] };
    const before = structuredClone(handMade);
    safeParseDataset({ ...mine, commitments: [] }, { base: handMade as unknown as Dataset });
    expect(Object.isFrozen(handMade)).toBe(false);
    expect(Object.isFrozen(handMade.states)).toBe(false);
    expect(Object.isFrozen(state)).toBe(false);
    expect(handMade).toEqual(before);
  });

  it("names its place in a list of bases, and the good bases still count", () => {
    const input = { id: "mine", title: "Mine", institutions: [{ id: "DK.government", actor: "DK", kind: "government" }] };
    expect(problemsOf(input, { base: [reference(), { states: [] }, null] })).toEqual([
      { code: "invalid_type", path: ["(base)", 1] },
      { code: "invalid_type", path: ["(base)", 2] },
    ]);
  });

  it("is a CoalitionError from parseDataset, with the issue", () => {
    const parse = () => parseDataset(mine, { base: [] as unknown as Dataset });
    expect(parse).not.toThrow();
    expect(() => parseDataset(mine, { base: "reference" as unknown as Dataset })).toThrow(/\(base\).*not a dataset that parseDataset returned/);
    try {
      parseDataset(mine, { base: 42 as unknown as Dataset });
      expect.unreachable("a number is not a base");
    } catch (error) {
      expect(isCoalitionError(error) && error.code).toBe("invalid_dataset");
    }
  });
});

describe("options that cannot be read", () => {
  it("reports options that are not an object, instead of throwing", () => {
    for (const options of [null, 42, "base", true]) {
      expect(problemsOf(mine, options), String(options)).toEqual([{ code: "invalid_type", path: ["(options)"] }]);
    }
  });

  it("reports a base that throws when read", () => {
    const options = Object.defineProperty({}, "base", { get: () => { throw new Error("no"); }, enumerable: true });
    expect(problemsOf(mine, options)).toEqual([{ code: "invalid_type", path: ["(base)"] }]);
  });

  it("reports a list of bases longer than the limit by its length, without reading it", () => {
    const bases: unknown[] = [];
    bases.length = 16_000_000;
    expect(problemsOf(mine, { base: bases })).toEqual([{ code: "too_long", path: ["(base)"] }]);
  });

  it("still reports the problems of the input beside those of the options", () => {
    expect(problemsOf({ id: "mine" }, { base: {} })).toEqual([
      { code: "invalid_type", path: ["(base)"] },
      { code: "missing_field", path: ["title"] },
    ]);
  });
});

describe("a base the parser returned", () => {
  it("is trusted, including a dataset parsed on a base of its own", () => {
    const first = reference();
    const second = parseDataset({ id: "second", title: "Second", states: [{ id: "NO" }] }, { base: first });
    const third = parseDataset({ id: "third", title: "Third", states: [{ id: "IS" }] }, { base: second });
    expect(third.states.map((state) => state.id)).toEqual(["DK", "FI", "NO", "IS"]);
  });

  it("is the one from the package's fixtures too", async () => {
    const { referenceDataset } = await import("../../src/fixtures.js");
    expect(problemsOf(mine, { base: referenceDataset() })).toEqual([]);
  });
});
