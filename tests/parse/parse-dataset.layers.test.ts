// Layered datasets: a dataset names the datasets it builds on (`extends`), the parser
// finds them (a parsed `base` of that id, or the `resolve` option), and the result holds
// every layer's records, merged where a later layer redeclares a record.
import { describe, expect, it } from "vitest";
import type { Dataset, DatasetIssue, ExtendsRef } from "../../src/index.js";
import { parseDataset, safeParseDataset, type ParseDatasetOptions } from "../../src/schema.js";

const source = (id: string, date = "2025-03-13") => ({ id, kind: "other", publisher: "Wire", date });

const reference = {
  id: "reference",
  title: "Reference",
  sources: [source("treaty", "2004")],
  states: [{ id: "EE" }, { id: "FR" }],
  organizations: [{ id: "nato", name: "NATO", kind: "alliance", memberships: [{ member: "FR", from: "1949", sources: ["treaty"] }] }],
};
const seed = {
  id: "seed",
  title: "Seed",
  extends: [{ id: "reference", path: "reference.json" }],
  sources: [source("report")],
  coalitions: [
    {
      id: "cotw",
      name: "Coalition",
      leads: ["FR"],
      participants: [{ actor: "FR", from: "2025-03", sources: ["report"] }],
      participantCount: { claims: [{ value: 37, sources: ["report"] }] },
      sources: ["report"],
    },
  ],
  commitments: [{ id: "fr-troops", actor: "FR", type: "ground-troops", stance: "open", date: "unknown", sources: ["report"] }],
};

/** A resolver of the documents given, by id, counting its calls. */
function resolverOf(...documents: readonly Record<string, unknown>[]) {
  const calls: ExtendsRef[] = [];
  const resolve = (ref: ExtendsRef) => {
    calls.push(ref);
    return structuredClone(documents.find((document) => document.id === ref.id));
  };
  return { resolve, calls };
}

function issuesOf(input: unknown, options?: ParseDatasetOptions): readonly DatasetIssue[] {
  const result = safeParseDataset(input, options);
  expect(result.success, "the input should have been rejected").toBe(false);
  return result.success ? [] : result.error.issues;
}

const brief = (issues: readonly DatasetIssue[]) => issues.map(({ code, path }) => ({ code, path }));

describe("a dataset that extends another", () => {
  it("holds the records of every layer, base-most first, and names its layers", () => {
    const { resolve, calls } = resolverOf(reference);
    const dataset = parseDataset(seed, { resolve });
    expect(dataset.layers).toEqual(["reference", "seed"]);
    expect(dataset.extends).toEqual([{ id: "reference", path: "reference.json" }]);
    expect(dataset.sources.map((record) => record.id)).toEqual(["treaty", "report"]);
    expect(dataset.states.map((record) => record.id)).toEqual(["EE", "FR"]);
    expect(calls).toEqual([{ id: "reference", path: "reference.json" }]);
  });

  it("is satisfied by a parsed base of that id, without asking the resolver", () => {
    const { resolve, calls } = resolverOf();
    const dataset = parseDataset(seed, { base: parseDataset(reference), resolve });
    expect([dataset.layers, calls]).toEqual([["reference", "seed"], []]);
  });

  it("resolves chains of any depth, each layer's own extends in turn", () => {
    const timeline = { id: "timeline", title: "Timeline", extends: [{ id: "seed" }], commitments: [{ id: "ee-troops", actor: "EE", type: "ground-troops", stance: "ready", date: "unknown", sources: ["report"] }] };
    const dataset = parseDataset(timeline, resolverOf(reference, seed));
    expect(dataset.layers).toEqual(["reference", "seed", "timeline"]);
    expect(dataset.commitments.map((record) => record.id)).toEqual(["fr-troops", "ee-troops"]);
  });

  it("takes a parsed dataset from the resolver as it is", () => {
    const parsedSeed = parseDataset(seed, resolverOf(reference));
    const dataset = parseDataset({ id: "top", title: "Top", extends: [{ id: "seed" }] }, { resolve: () => parsedSeed });
    expect(dataset.layers).toEqual(["reference", "seed", "top"]);
    expect(dataset.commitments[0]).toBe(parsedSeed.commitments[0]);
  });

  it("parses a dataset two layers both extend once, and holds its records once", () => {
    const left = { id: "left", title: "Left", extends: [{ id: "reference" }], states: [{ id: "LV" }] };
    const right = { id: "right", title: "Right", extends: [{ id: "reference" }], states: [{ id: "LT" }] };
    const { resolve, calls } = resolverOf(reference, left, right);
    const dataset = parseDataset({ id: "top", title: "Top", extends: [{ id: "left" }, { id: "right" }] }, { resolve });
    expect(dataset.layers).toEqual(["reference", "left", "right", "top"]);
    expect(dataset.states.map((record) => record.id)).toEqual(["EE", "FR", "LV", "LT"]);
    expect(calls.map((ref) => ref.id)).toEqual(["left", "reference", "right"]);
  });

  it("reads back as JSON without its layers: the ones it names in `layers` are held already", () => {
    const dataset = parseDataset(seed, resolverOf(reference));
    const again = parseDataset(JSON.parse(JSON.stringify(dataset)));
    expect(again).toStrictEqual(dataset);
  });

  it("passes the resolver a frozen copy of the ref and the id of the dataset naming it", () => {
    const seen: unknown[] = [];
    parseDataset(seed, {
      resolve: (ref, referrer) => {
        seen.push(Object.isFrozen(ref), referrer);
        return structuredClone(reference);
      },
    });
    expect(seen).toEqual([true, "seed"]);
  });
});

describe("a record a later layer redeclares", () => {
  const extension = (records: Record<string, unknown>) => ({ id: "ext", title: "Extension", extends: [{ id: "seed" }], sources: [source("later", "2025-03-20")], ...records });
  const parse = (records: Record<string, unknown>) => parseDataset(extension(records), resolverOf(reference, seed));

  it("unions its lists, the base's items first, and merges the claims of a value sources disagree on", () => {
    const coalition = structuredClone(seed.coalitions[0]) as Record<string, unknown>;
    coalition.participants = [
      { actor: "FR", from: "2025-03", sources: ["report"] },
      { actor: "EE", from: "2025-03-20", sources: ["later"] },
    ];
    coalition.participantCount = { claims: [{ value: 30, sources: ["later"] }] };
    coalition.sources = ["later"];
    const merged = parse({ coalitions: [coalition] }).coalitions[0];
    expect(merged?.participants.map((participation) => participation.actor)).toEqual(["FR", "EE"]);
    expect(merged?.participantCount?.claims.map((claim) => [claim.value, claim.sources])).toEqual([
      [{ kind: "exact", value: 37, of: "participants" }, ["report"]],
      [{ kind: "exact", value: 30, of: "participants" }, ["later"]],
    ]);
    expect(merged?.sources).toEqual(["report", "later"]);
  });

  it("keeps a field the later layer leaves out, and takes one it adds", () => {
    const commitment = { ...seed.commitments[0], sources: ["later"], quote: "we are open to it" };
    const merged = parse({ commitments: [commitment] }).commitments;
    expect(merged).toEqual([{ ...seed.commitments[0], sources: ["report", "later"], quote: "we are open to it" }]);
  });

  it("is one record, in the place of the base's", () => {
    const dataset = parse({ states: [{ id: "LV" }, { id: "EE", note: "Estonia" }] });
    expect(dataset.states).toEqual([{ id: "EE", note: "Estonia" }, { id: "FR" }, { id: "LV" }]);
  });

  it("declares only the subgroups and bodies that are new", () => {
    const subgroup = { id: "air", name: "Air", sources: ["later"] };
    const coalition = { ...structuredClone(seed.coalitions[0]), subgroups: [subgroup] };
    const once = parseDataset({ id: "top", title: "Top", extends: [{ id: "ext" }], coalitions: [{ ...coalition, subgroups: [subgroup, { id: "sea", name: "Sea", sources: ["later"] }] }] }, resolverOf(reference, seed, extension({ coalitions: [coalition] })));
    expect(once.coalitions[0]?.subgroups?.map((group) => group.id)).toEqual(["air", "sea"]);
  });
});

describe("bad layering: each problem one issue with its path, all at once, nothing half-parsed", () => {
  it("a ref that no base and no resolver gives is unresolved_extends", () => {
    const [issue] = issuesOf(seed);
    expect(issue).toEqual({ code: "unresolved_extends", path: ["extends", 0], message: 'the dataset "reference" this one extends is not given: pass it as a base, or a resolve option that finds it' });
  });

  it("so is one the resolver does not find, or throws on, saying what it said", () => {
    expect(brief(issuesOf(seed, { resolve: () => undefined }))).toEqual([{ code: "unresolved_extends", path: ["extends", 0] }]);
    expect(issuesOf(seed, { resolve: () => [] })[0]?.message).toMatch(/the resolver returned an array, not a dataset/);
    expect(issuesOf(seed, { resolve: () => { throw new Error("reference.json: no such file"); } })[0]?.message).toBe('the dataset "reference" this one extends could not be read: reference.json: no such file');
    expect(issuesOf(seed, { resolve: () => { throw "a string"; } })[0]?.message).toMatch(/threw an exception$/);
    const trap = new Proxy(new Error("hidden"), { getPrototypeOf: () => { throw new Error("trap"); } });
    expect(issuesOf(seed, { resolve: () => { throw trap; } })[0]?.message).toMatch(/threw an exception$/);
    expect(issuesOf(seed, { resolve: () => { throw new Error("x".repeat(400)); } })[0]?.message).toMatch(/x{300}…$/);
    const hostile = new Proxy({}, { get: () => { throw new Error("boom"); } });
    expect(brief(issuesOf(seed, { resolve: () => hostile }))).toEqual([{ code: "unresolved_extends", path: ["extends", 0] }]);
  });

  it("a resolved dataset of another id is extends_mismatch", () => {
    const other = { ...reference, id: "other" };
    expect(issuesOf(seed, { resolve: () => structuredClone(other) })).toEqual([{ code: "extends_mismatch", path: ["extends", 0], message: 'the dataset resolved for "reference" has the id "other"' }]);
    expect(brief(issuesOf(seed, { resolve: () => parseDataset(other) }))).toEqual([{ code: "extends_mismatch", path: ["extends", 0] }]);
  });

  it("a cycle is extends_cycle at the ref it runs through, naming the chain", () => {
    expect(issuesOf({ id: "self", title: "Self", extends: [{ id: "self" }] })).toEqual([{ code: "extends_cycle", path: ["extends", 0], message: 'the datasets extend each other in a cycle: "self" -> "self"' }]);
    const a = { id: "a", title: "A", extends: [{ id: "b" }] };
    const b = { id: "b", title: "B", extends: [{ id: "c" }] };
    const c = { id: "c", title: "C", extends: [{ id: "a" }] };
    expect(issuesOf(a, resolverOf(b, c))).toEqual([{ code: "extends_cycle", path: ["extends", 0], message: 'the datasets extend each other in a cycle: "a" -> "b" -> "c" -> "a"' }]);
  });

  it("a parsed dataset from the resolver that holds a dataset on the chain is a cycle too", () => {
    const parsedSeed = parseDataset(seed, resolverOf(reference));
    expect(brief(issuesOf({ ...reference, extends: [{ id: "seed" }] }, { resolve: () => parsedSeed }))).toEqual([{ code: "extends_cycle", path: ["extends", 0] }]);
  });

  it("a chain deeper than 64 layers stops there", () => {
    const chain = Array.from({ length: 80 }, (_, i) => ({ id: `d${i}`, title: "Deep", ...(i < 79 ? { extends: [{ id: `d${i + 1}` }] } : {}) }));
    const issues = issuesOf(chain[0], resolverOf(...chain));
    expect(issues.map((issue) => issue.code)).toEqual(["invalid_base"]);
    expect(JSON.stringify(issues[0])).toMatch(/more than 64 layers down/);
  });

  it("a problem inside a resolved dataset is invalid_base, at its path behind (extends) and the dataset's id", () => {
    const broken = { ...reference, states: [{ id: "EE" }, { id: "FR" }, { id: "not a country" }] };
    const issues = issuesOf(seed, resolverOf(broken));
    expect(brief(issues)).toEqual([{ code: "invalid_base", path: ["(extends)", "reference", "states", 2, "id"] }]);
    const [issue] = issues;
    expect(issue?.code === "invalid_base" && [issue.dataset, issue.issue.path]).toEqual(["reference", ["states", 2, "id"]]);
    expect(issue?.message).toMatch(/^in the dataset "reference" this one extends: /);
  });

  it("a field a later layer gives differently is conflicting_redefinition at that field, naming the base's", () => {
    const issues = issuesOf({ id: "ext", title: "Ext", extends: [{ id: "reference" }], states: [{ id: "FR", note: "France" }], organizations: [{ id: "nato", name: "North Atlantic Treaty Organization", kind: "alliance" }] }, { base: parseDataset({ ...reference, states: [{ id: "FR", note: "la France" }] }) });
    expect(issues).toEqual([
      {
        code: "conflicting_redefinition",
        path: ["organizations", 0, "name"],
        otherPath: ["(base)", 0, "organizations", 0, "name"],
        message: "name differs from its value at [\"(base)\"][0].organizations[0].name, in a dataset this one builds on: a later layer may add to a record, never change it",
      },
      {
        code: "conflicting_redefinition",
        path: ["states", 0, "note"],
        otherPath: ["(base)", 0, "states", 0, "note"],
        message: "note differs from its value at [\"(base)\"][0].states[0].note, in a dataset this one builds on: a later layer may add to a record, never change it",
      },
    ]);
  });

  it("the same id twice in one layer stays duplicate_id, and in another collection too", () => {
    const twice = { id: "ext", title: "Ext", extends: [{ id: "reference" }], states: [{ id: "EE" }, { id: "EE" }], coalitions: [{ id: "FR", name: "Not France", leads: ["EE"], participants: [], sources: ["treaty"] }] };
    expect(brief(issuesOf(twice, resolverOf(reference)))).toEqual([
      { code: "duplicate_id", path: ["coalitions", 0] },
      { code: "duplicate_id", path: ["states", 1] },
    ]);
  });

  it("reports every problem at once: the layers' and the document's own", () => {
    const input = { id: "mine", title: "Mine", extends: [{ id: "missing" }, { id: "mine" }, { id: "reference" }], states: [{ id: "XX" }] };
    const issues = issuesOf(input, resolverOf({ ...reference, organizations: [] , states: [{ id: "FR", extra: true }] }));
    expect(brief(issues)).toEqual([
      { code: "invalid_base", path: ["(extends)", "reference", "states", 0, "extra"] },
      { code: "unresolved_extends", path: ["extends", 0] },
      { code: "extends_cycle", path: ["extends", 1] },
      { code: "invalid_country_code", path: ["states", 0, "id"] },
    ]);
  });

  it("does not report references to the records of a layer it could not have", () => {
    const input = { id: "mine", title: "Mine", extends: [{ id: "reference" }], institutions: [{ id: "FR.government", actor: "FR", kind: "government" }] };
    expect(brief(issuesOf(input))).toEqual([{ code: "unresolved_extends", path: ["extends", 0] }]);
    expect(brief(issuesOf({ ...input, extends: "reference" }))).toEqual([{ code: "invalid_type", path: ["extends"] }]);
  });

  it("still resolves what a dataset extends when another header field is wrong", () => {
    const input = { id: "mine", title: "", extends: [{ id: "reference" }], institutions: [{ id: "FR.government", actor: "FR", kind: "government" }] };
    expect(brief(issuesOf(input, resolverOf(reference)))).toEqual([{ code: "too_short", path: ["title"] }]);
  });

  it("a resolve option that is not a function, or cannot be read, is an issue of the options", () => {
    expect(brief(issuesOf(seed, { resolve: "reference.json" } as never))).toEqual([
      { code: "invalid_type", path: ["(resolve)"] },
      { code: "unresolved_extends", path: ["extends", 0] },
    ]);
    const options = Object.defineProperty({}, "resolve", { get: () => { throw new Error("no"); } });
    expect(brief(issuesOf({ id: "plain", title: "Plain" }, options))).toEqual([{ code: "invalid_type", path: ["(resolve)"] }]);
  });

  it("never throws from safeParseDataset, and parseDataset throws the issues", () => {
    expect(() => safeParseDataset(seed, { resolve: () => { throw new Error("x"); } })).not.toThrow();
    expect(() => parseDataset(seed)).toThrow(/extends\[0\].*unresolved_extends/);
  });
});

describe("the layers of the parsed dataset", () => {
  it("are itself alone when it extends nothing", () => {
    expect(parseDataset({ id: "alone", title: "Alone" }).layers).toEqual(["alone"]);
  });

  it("include the bases', base-most first", () => {
    const base: Dataset = parseDataset(seed, resolverOf(reference));
    expect(parseDataset({ id: "top", title: "Top" }, { base }).layers).toEqual(["reference", "seed", "top"]);
  });
});
