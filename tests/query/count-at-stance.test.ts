// How many countries stand at a stance, the named ones counted with those known only by
// number: a pledge count is a census of its day, so the named ones by then are in it.
import { describe, expect, it } from "vitest";
import { countAtStance, indexCommitments, type Dataset } from "../../src/index.js";
import { parseDataset } from "../../src/schema.js";

const UA = { kind: "in-country", country: "UA" } as const;
const source = (id: string, date: string, kind = "media-on-record") => ({ id, kind, publisher: "Paper", date });
const committed = (actor: string, date: string, fields: Record<string, unknown> = {}) => ({
  id: `${actor}-${date}`, actor, type: "ground-troops", location: UA, stance: "committed", date, sources: [`s-${date}`], ...fields,
});
const pledge = (id: string, date: string, count: unknown, fields: Record<string, unknown> = {}) => ({
  id, coalition: "cotw", type: "personnel", location: UA, stance: "committed", date, sources: [`s-${date}`],
  count: { claims: [{ value: count, sources: [`s-${date}`] }] }, ...fields,
});
const days = ["2025-03-01", "2025-04-01", "2025-05-01", "2025-06-01", "2025-07-01"];

/** Five states, an organization, one coalition all take part in, and the given commitments and pledge counts. */
function world(commitments: unknown[], pledgeCounts: unknown[], participants = ["GB", "FR", "DE", "PL", "SE"]): Dataset {
  return parseDataset({
    id: "counts",
    title: "Counts",
    sources: days.map((day) => source(`s-${day}`, day)),
    states: ["GB", "FR", "DE", "PL", "SE"].map((id) => ({ id })),
    organizations: [{ id: "eu", name: "European Union", kind: "union" }],
    coalitions: [{ id: "cotw", name: "Coalition", leads: ["GB"], participants: participants.map((actor) => ({ actor, from: "2025-03-01", sources: ["s-2025-03-01"] })), sources: ["s-2025-03-01"] }],
    commitments,
    pledgeCounts,
  });
}

const ten = { kind: "exact", value: 10, of: "countries" };
const asked = { coalition: "cotw", location: "in-country:UA", asOf: "2025-07-31" } as const;

describe("countAtStance: the named countries counted with those known only by number", () => {
  it("takes a country named as committed by the count's day to be among the count's number, not added to it", () => {
    const answer = countAtStance(world([committed("GB", "2025-03-01")], [pledge("ten", "2025-04-01", ten)]), "personnel", asked);
    expect(answer.named).toEqual(["GB"]);
    expect(answer.pledgeCount?.among).toEqual(["GB"]);
    expect(answer.total).toEqual({ low: 10, high: 10, count: ten });
  });

  it("lets a country named as committed only after the count's day be outside it: the total is a range up to one more", () => {
    const answer = countAtStance(world([committed("FR", "2025-05-01")], [pledge("ten", "2025-04-01", ten)]), "personnel", asked);
    expect(answer.pledgeCount?.maybeOutside).toEqual(["FR"]);
    expect(answer.total.count).toEqual({ kind: "range", low: 10, high: 11, of: "countries" });
  });

  it("counts a later named country inside the number when the count lists it among its members", () => {
    const members = [{ actor: "FR", sources: ["s-2025-04-01"] }];
    const answer = countAtStance(world([committed("FR", "2025-05-01")], [pledge("ten", "2025-04-01", ten, { members })]), "personnel", asked);
    expect(answer.pledgeCount?.among).toEqual(["FR"]);
    expect(answer.total.count).toEqual(ten);
  });

  it("names the members of a count as committed even without a statement of their own", () => {
    const members = [{ actor: "PL", sources: ["s-2025-04-01"] }];
    expect(countAtStance(world([], [pledge("ten", "2025-04-01", ten, { members })]), "personnel", asked).named).toEqual(["PL"]);
  });

  it("never counts a country the sources say is not among them in the number: committed on its own word, it adds one", () => {
    const notAmong = [{ actor: "DE", sources: ["s-2025-04-01"] }, { actor: "SE", sources: ["s-2025-04-01"] }];
    const answer = countAtStance(world([committed("DE", "2025-03-01")], [pledge("ten", "2025-04-01", ten, { notAmong })]), "personnel", asked);
    expect(answer.named).toEqual(["DE"]);
    expect(answer.pledgeCount?.notAmong).toEqual(["DE", "SE"]);
    expect(answer.pledgeCount?.among).toEqual([]);
    expect(answer.total.count).toEqual({ kind: "exact", value: 11, of: "countries" });
  });

  it("gives at least the named countries when more are named than the count says", () => {
    const two = { kind: "exact", value: 2, of: "countries" };
    const named = ["GB", "FR", "DE"].map((actor) => committed(actor, "2025-03-01"));
    expect(countAtStance(world(named, [pledge("two", "2025-04-01", two)]), "personnel", asked).total).toEqual({ low: 3, high: 3, count: { kind: "exact", value: 3, of: "countries" } });
  });

  it("counts the named countries alone where no count of the unnamed stands", () => {
    const answer = countAtStance(world([committed("GB", "2025-03-01"), committed("FR", "2025-03-01")], []), "personnel", asked);
    expect(answer.pledgeCount).toBeNull();
    expect(answer.total.count).toEqual({ kind: "exact", value: 2, of: "countries" });
  });

  it("keeps an open-ended count open, and an approximate one approximate with the source's words", () => {
    const over = countAtStance(world([], [pledge("over", "2025-04-01", { kind: "at-least", value: 10, of: "countries", phrase: "over ten" })]), "personnel", asked);
    expect(over.total).toEqual({ low: 10, high: null, count: { kind: "at-least", value: 10, of: "countries" } });
    const about = countAtStance(world([], [pledge("about", "2025-04-01", { kind: "approximate", phrase: "about ten", value: 10, of: "countries" })]), "personnel", asked);
    expect(about.total.count).toEqual({ kind: "approximate", phrase: "about ten", low: 10, high: 10, of: "countries" });
    const some = countAtStance(world([], [pledge("some", "2025-04-01", { kind: "approximate", phrase: "some", of: "countries" })]), "personnel", asked);
    expect(some.total.count).toEqual({ kind: "approximate", phrase: "some", low: 0, of: "countries" });
  });

  it("reads the latest count of the subject stated by the day, and none stated after it", () => {
    const counts = [pledge("ten", "2025-04-01", ten), pledge("twelve", "2025-06-01", { kind: "exact", value: 12, of: "countries" })];
    expect(countAtStance(world([], counts), "personnel", asked).pledgeCount?.record.id).toBe("twelve");
    expect(countAtStance(world([], counts), "personnel", { ...asked, asOf: "2025-05-15" }).pledgeCount?.record.id).toBe("ten");
    expect(countAtStance(world([], counts), "personnel", { ...asked, asOf: "2025-03-15" }).pledgeCount).toBeNull();
  });

  it("picks the greater id between two counts of one day, and skips a count another one supersedes by name", () => {
    const same = [pledge("b", "2025-04-01", ten), pledge("a", "2025-04-01", ten)];
    expect(countAtStance(world([], same), "personnel", asked).pledgeCount?.record.id).toBe("b");
    const replaced = [pledge("later", "2025-06-01", ten, { location: { kind: "in-country", country: "PL" } }), pledge("earlier", "2025-04-01", ten)];
    const superseding = [pledge("earlier", "2025-04-01", ten), pledge("later", "2025-06-01", ten, { location: { kind: "in-country", country: "PL" }, supersedes: ["earlier"] })];
    expect(countAtStance(world([], replaced), "personnel", asked).pledgeCount?.record.id).toBe("earlier");
    expect(countAtStance(world([], superseding), "personnel", asked).pledgeCount).toBeNull();
  });

  it("reads only counts of the very type, stance, coalition and location asked, counting countries", () => {
    const others = [
      pledge("troops", "2025-04-01", ten, { type: "ground-troops" }),
      pledge("ready", "2025-04-01", ten, { stance: "ready" }),
      pledge("elsewhere", "2025-04-01", ten, { location: { kind: "in-country", country: "PL" } }),
      pledge("nowhere", "2025-04-01", ten, { location: undefined }),
      pledge("other-coalition", "2025-04-01", ten, { coalition: undefined }),
      pledge("leaders", "2025-04-01", { kind: "exact", value: 10, of: "leaders" }),
    ];
    expect(countAtStance(world([], others), "personnel", asked).pledgeCount).toBeNull();
    expect(countAtStance(world([], others), "personnel", { asOf: "2025-07-31" }).pledgeCount?.record.id).toBe("other-coalition");
  });

  it("reads a count sources disagree on by the claim policy asked, and says which claims it used", () => {
    const disputed = { ...pledge("disputed", "2025-04-01", ten), count: { claims: [
      { value: ten, sources: ["s-2025-03-01"] },
      { value: { kind: "exact", value: 12, of: "countries" }, sources: ["s-2025-04-01"] },
      { value: { kind: "exact", value: 9, of: "leaders" }, sources: ["s-2025-04-01"] },
    ] } };
    const all = countAtStance(world([], [disputed]), "personnel", asked);
    expect([all.total.count, all.pledgeCount?.count.picked.disputed]).toEqual([{ kind: "range", low: 10, high: 12, of: "countries" }, true]);
    const latest = countAtStance(world([], [disputed]), "personnel", { ...asked, claimPolicy: "latest" });
    expect(latest.pledgeCount?.count.picked.claims.map((claim) => claim.sources)).toEqual([["s-2025-04-01"]]);
    expect(latest.pledgeCount?.count.picked.reason).toMatch(/s-2025-04-01/);
  });

  it("names only states taking part in the coalition asked, at the stance asked or above", () => {
    const records = [committed("GB", "2025-03-01"), committed("PL", "2025-03-01"), committed("eu", "2025-03-01"), committed("SE", "2025-03-01", { stance: "ready" })];
    const data = world(records, [], ["GB", "SE"]);
    expect(countAtStance(data, "personnel", asked).named).toEqual(["GB"]);
    expect(countAtStance(data, "personnel", { asOf: "2025-07-31" }).named).toEqual(["GB", "PL"]);
    expect(countAtStance(data, "personnel", { stance: "ready", asOf: "2025-07-31" }).named).toEqual(["GB", "PL", "SE"]);
    expect(countAtStance(data, "personnel", { coalition: "nobody", asOf: "2025-07-31" }).named).toEqual([]);
    expect(countAtStance(data, "personnel", { asOf: "2025-07-31", includeSubtypes: false }).named).toEqual([]);
  });

  it("answers alike from a dataset and from its index, and as known on a day leaves out what was published later", () => {
    const notAmong = [{ actor: "DE", sources: ["s-2025-06-01"] }];
    const data = world([committed("GB", "2025-03-01")], [pledge("ten", "2025-04-01", ten, { notAmong })]);
    expect(countAtStance(indexCommitments(data), "personnel", asked)).toEqual(countAtStance(data, "personnel", asked));
    expect(countAtStance(data, "personnel", asked).pledgeCount?.notAmong).toEqual(["DE"]);
    expect(countAtStance(data, "personnel", { ...asked, knownAsOf: "2025-05-01" }).pledgeCount?.notAmong).toEqual([]);
    expect(countAtStance(data, "personnel", { ...asked, knownAsOf: "2025-03-15" }).pledgeCount).toBeNull();
  });

  it("refuses arguments that are not what it takes", () => {
    const data = world([], []);
    expect(() => countAtStance(data, "personnel", { stance: "sure" as never })).toThrow(/stance/);
    expect(() => countAtStance(data, 3 as never)).toThrow(/type/);
    expect(() => countAtStance(data, "personnel", { asOf: "not a day" })).toThrow(/asOf/);
  });
});
