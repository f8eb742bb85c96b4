// A hand-built dataset (not parsed: the parser would refuse it) whose statement names in
// `supersedes` an id no record has: the readers ignore the name, by the index and record
// by record alike, and answer as if the statement named nothing.
import { describe, expect, it } from "vitest";
import { contestedActors, indexCommitments, stanceOnContribution, type Commitment, type Dataset } from "../../src/index.js";
import { parseDataset } from "../../src/schema.js";

const UA = { kind: "in-country", country: "UA" } as const;
const parsed = parseDataset({
  id: "dangling",
  title: "A name that points nowhere",
  sources: [{ id: "s", kind: "media-on-record", publisher: "Paper", date: "2025-03-20" }],
  states: [{ id: "IT" }],
  institutions: [
    { id: "IT.government", actor: "IT", kind: "government" },
    { id: "IT.parliament", actor: "IT", kind: "parliament" },
  ],
  commitments: [
    { id: "gov", actor: "IT", statedBy: { institution: "IT.government" }, type: "personnel", location: UA, stance: "open", date: "2025-03-20", sources: ["s"] },
    { id: "parl", actor: "IT", statedBy: { institution: "IT.parliament" }, type: "personnel", location: UA, stance: "refused", date: "2025-03-20", sources: ["s"] },
  ],
});

/** The same dataset with the parliament's statement naming `names` as superseded. */
function naming(names: readonly string[]): Dataset {
  const commitments = parsed.commitments.map((commitment): Commitment => (commitment.id === "parl" ? { ...commitment, supersedes: names } : commitment));
  return { ...parsed, commitments };
}

describe("a statement that names a missing id in supersedes", () => {
  it("leaves both voices standing, so Italy stays contested, from the dataset and from its index", () => {
    const dangling = naming(["no-such-statement"]);
    expect(contestedActors(dangling).map((actor) => actor.actor)).toEqual(["IT"]);
    expect(stanceOnContribution(indexCommitments(dangling), "IT", "personnel").contested).toBe(true);
  });

  it("while naming the government's statement does replace it (the check above can fail)", () => {
    const replacing = naming(["gov"]);
    expect(contestedActors(replacing)).toEqual([]);
    expect(stanceOnContribution(indexCommitments(replacing), "IT", "personnel").contested).toBe(false);
  });
});
