// Supersession by actor, voices kept: the Italy and Romania cases of the 2025 timeline,
// as small inline datasets, and the rule's properties.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { indexCommitments, stanceOnContribution, type Dataset } from "../../src/index.js";
import { parseDataset } from "../../src/schema.js";
import { shuffled } from "./helpers.js";

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

describe("supersession by actor", () => {
  it("answers the same whatever the order of the records", () => {
    const parliament = italyPersonnel({ id: "it-parliament", statedBy: { institution: "IT.parliament" }, stance: "open", date: "2025-03-20", sources: ["march"] });
    const summary = italyPersonnel({ id: "it-summary", stance: "undecided", date: "2025-09-04", sources: ["september"] });
    const sameDay = italyPersonnel({ id: "it-gov-same-day", statedBy: { institution: "IT.government" }, stance: "ready", date: "2025-09-04", sources: ["september"] });
    const data = italy([parliament, summary, sameDay]);
    const days = ["2025-03-31", "2025-09-04", "2025-12-31"];
    const answers = (source: Dataset) =>
      days.map((asOf) => [stanceOnContribution(source, "IT", "personnel", { asOf }), stanceOnContribution(indexCommitments(source), "IT", "personnel", { asOf })]);
    const expected = answers(data);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), (seed) => {
        expect(answers(shuffled(data, seed))).toEqual(expected);
      }),
      { numRuns: 30 },
    );
  });
});
