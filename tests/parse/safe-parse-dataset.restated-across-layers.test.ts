// A layer that restates what the dataset it extends declares: the same coalition's body
// is held once, while an actor id the base uses for another kind of actor is a duplicate.
// Two bases stack the same way: a phrase both hold is held once, and an actor id one
// gives a state and the other an organization is a duplicate. And a header whose `layers`
// is no list is reported, not read.
import { describe, expect, it } from "vitest";
import { parseDataset, safeParseDataset } from "../../src/schema.js";

const source = (id: string) => ({ id, kind: "other", publisher: "Wire", date: "2025-03-13" });
const coalition = {
  id: "cotw",
  name: "Coalition",
  leads: ["FR"],
  sources: ["s1"],
  bodies: [{ id: "hq", name: "Headquarters", kind: "headquarters", sources: ["s1"] }],
};
const base = parseDataset({ id: "base", title: "Base", sources: [source("s1")], states: [{ id: "FR" }, { id: "IE" }], coalitions: [coalition] });
const layer = (records: Record<string, unknown>) => ({ id: "layer", title: "Layer", extends: [{ id: "base" }], sources: [source("s1")], ...records });

describe("a layer restating a coalition of its base, with its body", () => {
  it("holds the coalition and its body once, with no duplicate reported", () => {
    const result = safeParseDataset(layer({ coalitions: [coalition] }), { base });
    if (!result.success) throw new Error(result.error.message);
    expect(result.data.coalitions.map((held) => [held.id, held.bodies?.map((body) => body.id)])).toEqual([["cotw", ["hq"]]]);
  });
});

describe("a layer declaring an organization under an id its base gives a state", () => {
  it("reports the organization as a duplicate actor id", () => {
    const result = safeParseDataset(layer({ organizations: [{ id: "IE", name: "Ireland Group", kind: "alliance" }] }), { base });
    expect(result.success ? [] : result.error.issues.map(({ code, path }) => ({ code, path }))).toEqual([{ code: "duplicate_id", path: ["organizations", 0] }]);
  });
});

describe("a dataset built on two bases", () => {
  const phrase = { phrase: "game on", stance: "ready" };
  const one = parseDataset({ id: "one", title: "One", sources: [source("s1")], states: [{ id: "IE" }], stancePhrases: [phrase] });
  const top = (other: ReturnType<typeof parseDataset>) => safeParseDataset({ id: "top", title: "Top", extends: [{ id: "one" }, { id: other.id }], sources: [source("s9")] }, { base: [one, other] });

  it("holds a stance phrase both bases hold once", () => {
    const result = top(parseDataset({ id: "two", title: "Two", sources: [source("s2")], stancePhrases: [phrase] }));
    expect(result.success ? result.data.stancePhrases : []).toEqual([phrase]);
  });

  it("reports an organization of the second base on the id of a state of the first as a duplicate", () => {
    const result = top(parseDataset({ id: "three", title: "Three", sources: [source("s3")], organizations: [{ id: "IE", name: "Ireland Group", kind: "alliance" }] }));
    expect(result.success ? [] : result.error.issues.map(({ code, path }) => ({ code, path }))).toEqual([{ code: "duplicate_id", path: ["(base)", 1, "organizations", 0] }]);
  });
});

describe("a header whose layers field is no list", () => {
  it("reports the field, and the records are still checked", () => {
    const result = safeParseDataset({ id: "d", title: "D", layers: 5, sources: [source("s1")], states: [{ id: "FR" }, { id: "FR" }] });
    expect(result.success ? [] : result.error.issues.map(({ code, path }) => ({ code, path }))).toEqual([
      { code: "invalid_type", path: ["layers"] },
      { code: "duplicate_id", path: ["states", 1] },
    ]);
  });
});
