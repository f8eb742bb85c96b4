// Supersession by actor, voices kept: the Italy and Romania cases of the 2025 timeline,
// as small inline datasets, and the rule's properties.
import { describe, expect, it } from "vitest";
import { actorsByStance, aggregateCommitments, changesBetween, contestedActors, indexCommitments, stanceOnContribution, stanceOnProposal, type Dataset } from "../../src/index.js";
import { parseDataset } from "../../src/schema.js";

const UA = { kind: "in-country", country: "UA" };
const source = (id: string, date: string) => ({ id, kind: "media-on-record", publisher: "Paper", date });
const italyPersonnel = (fields: Record<string, unknown>) => ({ actor: "IT", type: "personnel", location: UA, ...fields });

/** Italy: the foreign minister's "only under a UN mandate" in March, the government's "no troops" in September, and a media summary. */
function italy(extra: Record<string, unknown>[] = []): Dataset {
  return parseDataset({
    id: "italy",
    title: "Italy 2025",
    sources: [source("march", "2025-03-20"), source("june", "2025-06-10"), source("september", "2025-09-04"), source("summary", "2025-10-02")],
    states: [{ id: "IT" }],
    institutions: [
      { id: "IT.foreign-ministry", actor: "IT", kind: "foreign-ministry" },
      { id: "IT.government", actor: "IT", kind: "government" },
      { id: "IT.parliament", actor: "IT", kind: "parliament" },
    ],
    commitments: [
      italyPersonnel({ id: "it-fm-un-mandate", statedBy: { institution: "IT.foreign-ministry" }, stance: "open", date: "2025-03-20", sources: ["march"] }),
      italyPersonnel({ id: "it-gov-no-troops", statedBy: { institution: "IT.government" }, stance: "refused", date: "2025-09-04", sources: ["september"] }),
      ...extra,
    ],
  });
}

/** Romania: the president offers a transit hub, the parliament does not support it. */
function romania(presidentDate: string, parliamentDate: string): Dataset {
  const RO = { kind: "in-country", country: "RO" };
  return parseDataset({
    id: "romania",
    title: "Romania 2025",
    sources: [source("report", "2025-03-13")],
    states: [{ id: "RO" }],
    institutions: [
      { id: "RO.head-of-state", actor: "RO", kind: "head-of-state" },
      { id: "RO.parliament", actor: "RO", kind: "parliament" },
    ],
    commitments: [
      { id: "ro-president", actor: "RO", statedBy: { institution: "RO.head-of-state" }, type: "transit-hub", location: RO, stance: "open", date: presidentDate, sources: ["report"] },
      { id: "ro-parliament", actor: "RO", statedBy: { institution: "RO.parliament" }, type: "transit-hub", location: RO, stance: "opposed", date: parliamentDate, sources: ["report"] },
    ],
  });
}

describe("supersession by actor", () => {
  it("as of 2025-09-30 Italy refuses to send personnel, and is not contested: the government replaced its foreign minister", () => {
    for (const source of [italy(), indexCommitments(italy())]) {
      const answer = stanceOnContribution(source, "IT", "personnel", { asOf: "2025-09-30" });
      expect([answer.stance, answer.contested, answer.statements.map((statement) => statement.id)]).toEqual(["refused", false, ["it-gov-no-troops"]]);
      expect(contestedActors(source, { asOf: "2025-09-30" })).toEqual([]);
    }
  });

  it("Italy's change from 2025-03-31 to 2025-09-30 on personnel is 'weakened', from the foreign minister's word to the government's", () => {
    const { changes } = changesBetween(indexCommitments(italy()), { from: "2025-03-31", to: "2025-09-30" });
    expect(changes.map((change) => [change.kind, change.actor, change.before?.id, change.after?.id, change.sources])).toEqual([
      ["weakened", "IT", "it-fm-un-mandate", "it-gov-no-troops", ["march", "september"]],
    ]);
  });

  it("as of 2025-03-31 Italy is open to sending personnel under a UN mandate", () => {
    expect(stanceOnContribution(italy(), "IT", "personnel", { asOf: "2025-03-31" }).stance).toBe("open");
  });

  it("a later media summary that names no institution replaces every voice of Italy", () => {
    const summary = italyPersonnel({ id: "it-summary", stance: "undecided", date: "2025-10-02", sources: ["summary"] });
    const answer = stanceOnContribution(italy([summary]), "IT", "personnel", { asOf: "2025-10-31" });
    expect([answer.stance, answer.statements.map((statement) => statement.id)]).toEqual(["undecided", ["it-summary"]]);
  });

  it("a parliament's earlier word still stands beside the government's later one: legislature and executive do not replace each other", () => {
    const parliament = italyPersonnel({ id: "it-parliament", statedBy: { institution: "IT.parliament" }, stance: "open", date: "2025-03-20", sources: ["march"] });
    const answer = stanceOnContribution(italy([parliament]), "IT", "personnel", { asOf: "2025-09-30" });
    expect([answer.stance, answer.contested, answer.statements.map((statement) => statement.id)]).toEqual(["refused", true, ["it-gov-no-troops", "it-parliament"]]);
  });

  it("Romania's president and parliament both stand: Romania is contested, and the later word is its stance", () => {
    const sameDay = stanceOnContribution(romania("2025-03-13", "2025-03-13"), "RO", "transit-hub");
    expect([sameDay.stance, sameDay.contested, sameDay.statements.length]).toEqual(["open", true, 2]);
    const parliamentLater = romania("2025-03-10", "2025-03-13");
    expect(stanceOnContribution(parliamentLater, "RO", "transit-hub")).toMatchObject({ stance: "opposed", contested: true });
    expect(contestedActors(indexCommitments(parliamentLater)).map((entry) => entry.actor)).toEqual(["RO"]);
    expect(actorsByStance(parliamentLater, "transit-hub", { minStance: "open" }).map((entry) => [entry.actor, entry.contested])).toEqual([["RO", true]]);
  });

  it("a statement that names another in `supersedes` replaces it, even in another branch", () => {
    const withdrawal = italyPersonnel({
      id: "it-parliament-2",
      statedBy: { institution: "IT.parliament" },
      stance: "refused",
      date: "2025-06-10",
      sources: ["june"],
      supersedes: ["it-fm-un-mandate"],
    });
    const data = italy([withdrawal]);
    // Before June the March statement stands; from the day the replacement counts, it does not.
    for (const source of [data, indexCommitments(data)]) {
      const ids = (asOf: string) => stanceOnContribution(source, "IT", "personnel", { asOf }).statements.map((statement) => statement.id);
      expect([ids("2025-06-09"), ids("2025-06-10")]).toEqual([["it-fm-un-mandate"], ["it-parliament-2"]]);
    }
  });

  it("the aggregation counts only the standing statements", () => {
    for (const source of [italy(), indexCommitments(italy())]) {
      const byStance = aggregateCommitments(source, { by: "stance", asOf: "2025-09-30" });
      expect(byStance.buckets.map((bucket) => [bucket.key, bucket.commitments])).toEqual([["refused", ["it-gov-no-troops"]]]);
    }
  });

  it("positions on a proposal follow the same rule", () => {
    const data = parseDataset({
      id: "plan",
      title: "Plan",
      sources: [source("march", "2025-03-20"), source("september", "2025-09-04")],
      states: [{ id: "IT" }, { id: "FR" }],
      institutions: [
        { id: "IT.foreign-ministry", actor: "IT", kind: "foreign-ministry" },
        { id: "IT.government", actor: "IT", kind: "government" },
      ],
      proposals: [{ id: "force", title: "A force", proposedBy: ["FR"], date: "2025-03-20", sources: ["march"] }],
      positions: [
        { id: "it-fm", proposal: "force", actor: "IT", statedBy: { institution: "IT.foreign-ministry" }, stance: "open", date: "2025-03-20", sources: ["march"] },
        { id: "it-gov", proposal: "force", actor: "IT", statedBy: { institution: "IT.government" }, stance: "refused", date: "2025-09-04", sources: ["september"] },
      ],
    });
    const answer = stanceOnProposal(data, "IT", "force", { asOf: "2025-09-30" });
    expect([answer.stance, answer.contested, answer.statements.map((statement) => statement.id)]).toEqual(["refused", false, ["it-gov"]]);
  });
});

describe("the location hierarchy in queries", () => {
  it("a location filter matches the location and every location under it: Odesa oblast is in Ukraine, not in Poland", () => {
    const data = parseDataset({
      id: "places",
      title: "Places",
      sources: [source("march", "2025-03-20")],
      states: [{ id: "GB" }, { id: "FR" }],
      commitments: [
        { id: "gb-odesa", actor: "GB", type: "personnel", location: { kind: "region", country: "UA", name: "Odesa oblast" }, stance: "ready", date: "2025-03-20", sources: ["march"] },
        { id: "fr-ukraine", actor: "FR", type: "personnel", location: UA, stance: "open", date: "2025-03-20", sources: ["march"] },
      ],
    });
    for (const source of [data, indexCommitments(data)]) {
      expect(actorsByStance(source, "personnel", { location: "in-country:UA" }).map((entry) => entry.actor)).toEqual(["FR", "GB"]);
      expect(actorsByStance(source, "personnel", { location: "in-country:PL" })).toEqual([]);
      expect(stanceOnContribution(source, "GB", "personnel", { location: "in-country:UA" }).stance).toBe("ready");
    }
  });
});
