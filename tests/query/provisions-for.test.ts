import { describe, expect, it } from "vitest";
import { provisionsFor } from "../../src/index.js";
import { seedDataset } from "../../src/fixtures.js";
import { dataset } from "./helpers.js";

const seed = seedDataset();

describe("provisionsFor", () => {
  it("leaves out proposals not yet put forward", () => {
    expect(provisionsFor(seed, "US", { asOf: "2025-03-12" })).toMatchObject({ asked: [], notAsked: [] });
  });

  it("lists each provision asked of an actor, with its location or none, by proposal, type and location", () => {
    const asks = dataset({
      proposals: [
        {
          id: "plan-b",
          title: "Plan B",
          proposedBy: ["FR"],
          date: "2024-06-01",
          sources: ["s-2024"],
          provisions: [
            { provider: "GB", type: "ground-troops", location: { kind: "in-country", country: "UA" }, note: "a first brigade" },
            { provider: "GB", type: "air" },
            { provider: "GB", type: "ground-troops", location: { kind: "in-country", country: "UA" }, note: "a second brigade" },
            { provider: "FR", type: "maritime" },
          ],
        },
        {
          id: "plan-a",
          title: "Plan A",
          proposedBy: ["DE"],
          date: "2024-06-01",
          sources: ["s-2024"],
          exclusions: [{ provider: "GB", type: "maritime", location: { kind: "at-sea" } }],
        },
      ],
    });
    const gb = provisionsFor(asks, "GB");
    expect(gb.asked.map((provision) => [provision.proposal, provision.type, provision.location, provision.provision.note ?? null])).toEqual([
      ["plan-b", "air", null, null],
      ["plan-b", "ground-troops", "in-country:UA", "a first brigade"],
      ["plan-b", "ground-troops", "in-country:UA", "a second brigade"],
    ]);
    expect(gb.notAsked.map((provision) => [provision.proposal, provision.type, provision.location])).toEqual([["plan-a", "maritime", "at-sea"]]);
  });

  it("names nothing for an actor no proposal asks of", () => {
    expect(provisionsFor(seed, "GB")).toMatchObject({ asked: [], notAsked: [] });
  });
});
