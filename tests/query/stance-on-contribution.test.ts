import { describe, expect, it } from "vitest";
import { actorsByStance, indexCommitments, stanceOnContribution, type Dataset } from "../../src/index.js";
import { seedDataset } from "../../src/fixtures.js";
import { commitment, dataset } from "./helpers.js";

const seed = seedDataset();

describe("stanceOnContribution", () => {
  it("gives the strongest statement in force, with every statement behind it", () => {
    const gb = stanceOnContribution(seed, "GB", "personnel", { asOf: "2025-03-13" });
    expect(gb).toMatchObject({ actor: "GB", type: "personnel", asOf: "2025-03-13", stance: "ready", contested: false });
    expect(gb.statements.map((statement) => [statement.id, statement.type, statement.person, statement.inForceFrom])).toEqual([
      ["gb-ground-troops", "ground-troops", "keir-starmer", "2025-03-13"],
    ]);
  });

  it("says when an actor's institutions disagree", () => {
    const romania = stanceOnContribution(seed, "RO", "logistics");
    expect(romania.contested).toBe(true);
    expect(romania.statements.map((statement) => [statement.institution, statement.stance])).toEqual([
      ["RO.parliament", "opposed"],
      ["RO.head-of-state", "open"],
    ]);
  });

  it("answers an unknown actor or type with no statement, not an error", () => {
    expect(stanceOnContribution(seed, "XX", "personnel")).toMatchObject({ stance: null, statements: [] });
    expect(stanceOnContribution(seed, "GB", "no-such-type")).toMatchObject({ stance: null, statements: [] });
  });

  it("narrows to a location, or to the type itself without its subtypes", () => {
    expect(stanceOnContribution(seed, "RO", "transit-hub", { location: "in-country:UA" }).statements).toEqual([]);
    expect(stanceOnContribution(seed, "GB", "personnel", { includeSubtypes: false }).stance).toBeNull();
  });

  it("follows an actor's timeline: each institution's latest statement stands beside the other branch's, and the latest of them decides", () => {
    const data = dataset({
      commitments: [
        commitment({ id: "a", stance: "open", date: "2024-12-01", statedBy: { institution: "GB.government" } }),
        commitment({ id: "b", stance: "ready", date: "2025-02", statedBy: { institution: "GB.government" } }),
        commitment({ id: "c", stance: "refused", date: "2025-02-10", statedBy: { institution: "GB.parliament" } }),
        commitment({
          id: "d",
          stance: "committed",
          date: "2025-03-01",
          statedBy: { institution: "GB.government" },
          fulfilment: [{ stage: "withdrawn", date: "2025-03-20", sources: ["s-2025"] }],
        }),
      ],
    });
    const index = indexCommitments(data);
    const at = (asOf: string) => {
      const answer = stanceOnContribution(index, "GB", "ground-troops", { asOf });
      return [answer.stance, answer.statements.map((statement) => statement.id)];
    };
    expect(at("2024-11-30")).toEqual([null, []]);
    expect(at("2025-01-15")).toEqual(["open", ["a"]]);
    // The parliament's later refusal does not replace the government's offer (another branch), but it is the latest word.
    expect(at("2025-02-15")).toEqual(["refused", ["a", "c"]]);
    expect(at("2025-02-28")).toEqual(["ready", ["b", "c"]]);
    expect(at("2025-03-10")).toEqual(["committed", ["c", "d"]]);
    // Withdrawn on the 20th: the government's pledge is no longer in force.
    expect(at("2025-03-20")).toEqual(["refused", ["c"]]);
  });
});

describe("stanceOnContribution for an actor with many kinds of contribution", () => {
  // More kinds than a scan covers: the lookup searches the actor's timelines.
  const kinds = Array.from({ length: 24 }, (_, i) => `x:kind-${String(i).padStart(2, "0")}`);
  const data = dataset({
    contributionTypes: kinds.map((id) => ({ id, label: id })),
    commitments: kinds.map((type, i) => commitment({ id: `gb-${i}`, type, stance: i % 2 === 0 ? "ready" : "open" })),
  });

  it("finds the one statement on each kind, from the dataset and from its index", () => {
    const index = indexCommitments(data);
    for (const [i, type] of kinds.entries()) {
      for (const source of [data, index]) {
        const answer = stanceOnContribution(source, "GB", type);
        expect(answer.statements.map((statement) => statement.id), type).toEqual([`gb-${i}`]);
        expect(answer.stance).toBe(i % 2 === 0 ? "ready" : "open");
      }
    }
  });

  it("finds nothing on a kind the actor has not spoken of", () => {
    expect(stanceOnContribution(data, "GB", "ground-troops").statements).toEqual([]);
    expect(stanceOnContribution(data, "GB", "financial-assistance").statements).toEqual([]);
  });
});

describe("a dataset built by hand, without the parser", () => {
  it("answers even when its taxonomy has a cycle the parser would reject", () => {
    const parsed = dataset({ commitments: [commitment({ id: "gb", type: "x:a" }), commitment({ id: "fr", actor: "FR", type: "x:b" })], contributionTypes: [{ id: "x:a", label: "A" }, { id: "x:b", label: "B" }] });
    const handBuilt: Dataset = {
      ...parsed,
      contributionTypes: [
        { id: "x:a", parent: "x:b", label: "A" },
        { id: "x:b", parent: "x:a", label: "B" },
      ],
    };
    expect(actorsByStance(handBuilt, "x:a").map((entry) => entry.actor)).toEqual(["FR", "GB"]);
    expect(actorsByStance(handBuilt, "x:b").map((entry) => entry.actor)).toEqual(["FR", "GB"]);
    expect(stanceOnContribution(handBuilt, "GB", "x:a", { includeSubtypes: false }).stance).toBe("ready");
  });

  it("keeps the built-in definition of a type the dataset defines again", () => {
    const parsed = dataset({ commitments: [commitment({ id: "gb", type: "ground-troops" })] });
    const handBuilt: Dataset = { ...parsed, contributionTypes: [{ id: "ground-troops", label: "Troops, on their own" }] };
    expect(stanceOnContribution(handBuilt, "GB", "personnel").stance).toBe("ready");
  });
});

describe("stanceOnContribution over many statements", () => {
  // More statements than the pairwise check handles, so the keyed check answers.
  const countries = ["AT", "BE", "BG", "CY", "CZ", "DK", "EE", "ES", "FI", "GR", "HR", "HU", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "NO", "PT", "RO", "SI", "SK", "AL", "ME", "MK", "IS", "MD", "UA", "GE", "AM", "AZ"];
  const offers = countries.map((country, i) =>
    commitment({ id: `gb-${i}`, date: "2025-01-01", location: { kind: "in-country", country } }),
  );

  it("is not contested when every location has one stance, an offer naming no location apart", () => {
    const unlocated = commitment({ id: "gb-anywhere", stance: "refused", date: "2025-01-01", statedBy: { institution: "GB.parliament" } });
    const answer = stanceOnContribution(dataset({ commitments: [...offers, unlocated] }), "GB", "ground-troops");
    expect(answer.statements).toHaveLength(34);
    expect(answer.contested).toBe(false);
  });

  it("is contested when two institutions take different stances on the same location", () => {
    const split = [
      ...offers,
      commitment({ id: "gb-par", stance: "refused", date: "2025-01-01", location: { kind: "in-country", country: "UA" }, statedBy: { institution: "GB.parliament" } }),
    ];
    const answer = stanceOnContribution(dataset({ commitments: split }), "GB", "ground-troops");
    expect(answer.statements).toHaveLength(34);
    expect(answer.contested).toBe(true);
    expect(answer.stance).toBe("ready");
  });
});
