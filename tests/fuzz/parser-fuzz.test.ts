// A short seeded fuzz run of the parser, and the hostile inputs it is built from, one
// by one. The long run is `npm run fuzz` (scripts/fuzz.ts).
import { describe, expect, it } from "vitest";
import { LIMITS } from "../../src/index.js";
import { safeParseDataset } from "../../src/schema.js";
import { fuzzCase, runFuzz } from "./parser-fuzz.js";

describe("the parser under fuzzing", () => {
  it("answers 3,000 hostile inputs without throwing, mutating them or touching Object.prototype", () => {
    const report = runFuzz({ seed: 20250313, count: 3000, heavyEvery: 500 });
    expect(report.failures).toEqual([]);
    expect(report.failureCount).toBe(0);
    // The run reached every kind of input: valid, broken by mutators, edited, exotic, heavy.
    expect(Object.keys(report.strategies).sort()).toEqual(
      expect.arrayContaining(["valid", "valid-shuffled", "mutator", "structure", "exotic", "json-text", "heavy-0", "heavy-5"]),
    );
    expect(report.accepted).toBeGreaterThan(100);
    expect(report.rejected).toBeGreaterThan(2000);
  });

  it("builds the same input from the same seed and index, so a failure can be replayed alone", () => {
    const first = fuzzCase(7, 123);
    const again = fuzzCase(7, 123);
    expect(again.strategy).toBe(first.strategy);
    expect(JSON.stringify(again.input)).toBe(JSON.stringify(first.input));
    expect(runFuzz({ seed: 7, start: 123, count: 1 }).failureCount).toBe(0);
  });
});

describe("values that are not plain data", () => {
  function problemsOf(input: unknown) {
    const result = safeParseDataset(input);
    return result.success ? [] : result.error.issues.map(({ code, path }) => ({ code, path }));
  }

  it("reports a getter that throws as a value that cannot be read, at its record", () => {
    const states = [Object.defineProperty({}, "id", { get: () => { throw new Error("boom"); }, enumerable: true })];
    expect(problemsOf({ id: "d", title: "T", states })).toEqual([{ code: "invalid_type", path: ["states", 0] }]);
  });

  it("reports a Proxy that throws on every access as a dataset that cannot be read", () => {
    const hostile = new Proxy({}, { get: () => { throw new Error("no"); }, ownKeys: () => { throw new Error("no"); } });
    expect(problemsOf(hostile)).toEqual([{ code: "invalid_type", path: [] }]);
  });

  it("reports a revoked Proxy as a collection that cannot be read", () => {
    const { proxy, revoke } = Proxy.revocable([], {});
    revoke();
    expect(problemsOf({ id: "d", title: "T", states: proxy })).toEqual([{ code: "invalid_type", path: ["states"] }]);
  });

  it("reports a revoked Proxy handed as the dataset itself as a dataset that cannot be read (it used to throw a TypeError)", () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(problemsOf(proxy)).toEqual([{ code: "invalid_type", path: [] }]);
  });

  it("reports a Proxy that claims an endless length, instead of walking it", () => {
    const endless = new Proxy([{ id: "GB" }], {
      get: (target, key) => (key === "length" ? Number.POSITIVE_INFINITY : Reflect.get(target, key)),
    });
    expect(problemsOf({ id: "d", title: "T", states: endless })).toEqual([{ code: "invalid_type", path: ["states"] }]);
  });

  it("reports a hole in a collection, which JSON cannot hold, instead of skipping it", () => {
    const states: unknown[] = [];
    states[2] = { id: "GB" };
    expect(problemsOf({ id: "d", title: "T", states })).toEqual([{ code: "missing_field", path: ["states", 0] }]);
  });

  it("answers a sparse collection of the greatest length at once, by its length alone", () => {
    const states: unknown[] = [];
    states.length = 2 ** 32 - 1;
    states[5] = { id: "XX" };
    expect(problemsOf({ id: "d", title: "T", states })).toEqual([{ code: "too_long", path: ["states"] }]);
  });

  it("answers a sparse collection within the limit at once, checking the records it holds", () => {
    const states: unknown[] = [];
    states.length = LIMITS.collectionLength;
    states[5] = { id: "XX" };
    expect(problemsOf({ id: "d", title: "T", states })).toEqual([
      { code: "missing_field", path: ["states", 0] },
      { code: "invalid_country_code", path: ["states", 5, "id"] },
    ]);
  });

  it("reports an array where a name belongs once, as the wrong type, not also as too short", () => {
    expect(problemsOf({ id: "d", title: [] })).toEqual([{ code: "invalid_type", path: ["title"] }]);
    expect(problemsOf({ id: "d", title: () => 1 })).toEqual([{ code: "invalid_type", path: ["title"] }]);
  });

  it("freezes the whole dataset when an optional field is given as undefined, as JavaScript callers do", () => {
    const result = safeParseDataset({
      id: "d",
      title: "T",
      sources: [{ id: "s", kind: "other", publisher: "P", date: "2025" }],
      states: [{ id: "GB" }],
      commitments: [{ id: "c", actor: "GB", type: "personnel", stance: "ready", date: "unknown", sources: ["s"], note: undefined }],
    });
    if (!result.success) throw new Error("the document was rejected");
    const unfrozen: unknown[] = [];
    const stack: unknown[] = [result.data];
    while (stack.length > 0) {
      const item = stack.pop();
      if (typeof item !== "object" || item === null) continue;
      if (!Object.isFrozen(item)) unfrozen.push(item);
      stack.push(...Object.values(item));
    }
    expect(unfrozen).toEqual([]);
  });

  it("keeps messages to one short line whatever the input holds", () => {
    const result = safeParseDataset(
      JSON.parse(JSON.stringify({ id: "d", title: "T", ["a\nb"]: 1, ["k".repeat(100_000)]: 1, publishedOn: "x".repeat(100_000) })),
    );
    const messages = result.success ? [] : result.error.issues.map((issue) => issue.message);
    expect(messages).toHaveLength(3);
    for (const message of messages) expect(message).toMatch(/^[^\n]{1,200}$/);
  });
});
