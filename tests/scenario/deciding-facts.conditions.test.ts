// decidingFacts on the conditions the brute-force property test leaves out: a negation,
// a coalition-wide condition, and an atom on the holder's own inclusion.
import { describe, expect, it } from "vitest";
import { decidingFacts, prepareScenarios } from "../../src/scenario.js";
import { dataset, offer } from "./helpers.js";

const sentences = (data: ReturnType<typeof dataset>, commitment: string) =>
  decidingFacts(prepareScenarios(data), {}, commitment).map((set) => [set.verdict, set.facts, set.sentence]);

describe("decidingFacts", () => {
  it("decides an offer made unless a fact holds: active if it does not, inactive if it does", () => {
    const data = dataset({
      commitments: [offer("gb", "GB", "ground-troops", { condition: { kind: "not", of: { kind: "fact", id: "veto", description: "a veto in the council" } } })],
    });
    expect(sentences(data, "gb")).toEqual([
      ["active", { "fact:veto": false }, "Active if not a veto in the council."],
      ["inactive", { "fact:veto": true }, "Inactive if a veto in the council."],
    ]);
  });

  it("reads the condition of the coalition an offer is made to, beside the offer's own", () => {
    const data = dataset({
      coalitions: [
        { id: "cw", name: "Coalition of the willing", leads: ["GB"], participants: [], condition: { kind: "fact", id: "backstop", description: "a US backstop" }, sources: ["s1"] },
      ],
      commitments: [offer("fr", "FR", "ground-troops", { coalition: "cw", condition: { kind: "fact", id: "mandate", description: "a mandate" } })],
    });
    expect(sentences(data, "fr")).toEqual([
      ["active", { "fact:mandate": true, "fact:backstop": true }, "Active if a mandate and a US backstop."],
      ["inactive", { "fact:mandate": false }, "Inactive if not a mandate."],
      ["inactive", { "fact:backstop": false }, "Inactive if not a US backstop."],
    ]);
  });

  it("names the holder's own inclusion when the atom names no one else", () => {
    const data = dataset({
      commitments: [offer("it", "IT", "ground-troops", { condition: { kind: "inclusion", in: "all consultations" } })],
    });
    expect(sentences(data, "it").map(([verdict, , sentence]) => [verdict, sentence])).toEqual([
      ["active", "Active if Italy's inclusion in all consultations."],
      ["inactive", "Inactive if not Italy's inclusion in all consultations."],
    ]);
  });
});
