// As known on a day: only what the sources had published by then counts.
import { describe, expect, it } from "vitest";
import { aggregateCommitments, changesBetween, coalitionParticipants, indexCommitments, stanceOnContribution, type Dataset } from "../../src/index.js";
import { knownView } from "../../src/internal/known-as-of.js";
import { parseDataset } from "../../src/schema.js";

const UA = { kind: "in-country", country: "UA" };
const source = (id: string, date: string) => ({ id, kind: "media-on-record", publisher: "Paper", date });

/** Italy in 2025, with a quantity that a later source corrects and a coalition Italy joins. */
const italy: Dataset = parseDataset({
  id: "italy",
  title: "Italy 2025",
  sources: [source("march", "2025-03-20"), source("september", "2025-09-04"), source("october", "2025-10")],
  states: [{ id: "IT" }, { id: "GB" }],
  institutions: [
    { id: "IT.foreign-ministry", actor: "IT", kind: "foreign-ministry" },
    { id: "IT.government", actor: "IT", kind: "government" },
  ],
  coalitions: [
    {
      id: "cotw",
      name: "Coalition of the willing",
      leads: ["GB"],
      participants: [{ actor: "IT", from: "2025-03-15", sources: ["september"] }],
      sources: ["march"],
    },
  ],
  commitments: [
    { id: "it-fm", actor: "IT", statedBy: { institution: "IT.foreign-ministry" }, type: "personnel", location: UA, stance: "open", date: "2025-03-20", sources: ["march"] },
    { id: "it-gov", actor: "IT", statedBy: { institution: "IT.government" }, type: "personnel", location: UA, stance: "refused", date: "2025-09-04", sources: ["september"] },
    {
      id: "it-demining",
      actor: "IT",
      type: "minesweepers",
      stance: "ready",
      date: "2025-03-20",
      sources: ["march", "october"],
      quantity: {
        claims: [
          { value: { kind: "exact", value: 100, unit: "people" }, sources: ["march"] },
          { value: { kind: "exact", value: 300, unit: "people" }, sources: ["october"] },
        ],
      },
    },
  ],
});

describe("knownAsOf", () => {
  it("as of 2025-09-30, as known on 2025-04-01, Italy is still open to sending personnel: the government's word was not yet published", () => {
    for (const data of [italy, indexCommitments(italy)]) {
      expect(stanceOnContribution(data, "IT", "personnel", { asOf: "2025-09-30", knownAsOf: "2025-04-01" }).stance).toBe("open");
      expect(stanceOnContribution(data, "IT", "personnel", { asOf: "2025-09-30", knownAsOf: "2025-09-04" }).stance).toBe("refused");
    }
  });

  it("a later correction does not leak back: a claim counts only once its source is published, and only known sources are cited", () => {
    const total = (knownAsOf?: string) => {
      const bucket = aggregateCommitments(italy, { by: "type", type: "minesweepers", ...(knownAsOf === undefined ? {} : { knownAsOf }) }).buckets[0];
      return [bucket?.totals[0]?.low, bucket?.totals[0]?.high];
    };
    expect(total("2025-09-30")).toEqual([100, 100]);
    // A month counts as of its end: the October source is not known on 30 October.
    expect(total("2025-10-30")).toEqual([100, 100]);
    expect(total("2025-10-31")).toEqual([100, 300]);
    expect(total()).toEqual([100, 300]);
    const statement = stanceOnContribution(indexCommitments(italy), "IT", "minesweepers", { knownAsOf: "2025-04-01" }).statements[0];
    expect(statement?.sources).toEqual(["march"]);
  });

  it("a participation counts once a source reports it", () => {
    const participants = (knownAsOf: string) => coalitionParticipants(italy, "cotw", { asOf: "2025-06-30", knownAsOf })?.participants.map((entry) => entry.actor);
    expect([participants("2025-06-30"), participants("2025-09-30")]).toEqual([[], ["IT"]]);
  });

  it("compares two days as known on a third", () => {
    const changes = (knownAsOf: string) => changesBetween(italy, { from: "2025-03-31", to: "2025-09-30", knownAsOf }).changes.map((change) => change.kind);
    expect([changes("2025-04-01"), changes("2025-09-30")]).toEqual([[], ["weakened"]]);
  });

  it("refuses a day that is not one", () => {
    expect(() => stanceOnContribution(italy, "IT", "personnel", { knownAsOf: "2025-13-01" })).toThrow(
      expect.objectContaining({ name: "CoalitionError", code: "invalid_argument" }),
    );
  });

  it("gives every reader of one day the same view, and the dataset itself when every source is known", () => {
    expect(knownView(italy, "2025-04-01")).toBe(knownView(italy, new Date(2025, 3, 1)));
    expect(knownView(italy, "2025-12-31")).toBe(italy);
    expect(knownView(italy, undefined)).toBe(italy);
  });
});
