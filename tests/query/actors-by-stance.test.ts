import { describe, expect, it } from "vitest";
import { actorsByStance } from "../../src/index.js";
import { seedDataset } from "../../src/fixtures.js";
import { commitment, dataset } from "./helpers.js";

const seed = seedDataset();

describe("actorsByStance", () => {
  it("lists the actors offering a contribution at or above a stance, sorted", () => {
    expect(actorsByStance(seed, "ground-troops", { minStance: "open" }).map((entry) => [entry.actor, entry.stance])).toEqual([
      ["BE", "open"],
      ["GB", "ready"],
      ["SE", "open"],
    ]);
  });

  it("lists a contested actor on each side its institutions take", () => {
    const offering = actorsByStance(seed, "transit-hub", { minStance: "open" });
    const against = actorsByStance(seed, "transit-hub", { maxStance: "opposed" });
    expect(offering.map((entry) => [entry.actor, entry.contested, entry.statements.map((statement) => statement.id)])).toEqual([
      ["RO", true, ["ro-transit-hub"]],
    ]);
    expect(against.map((entry) => [entry.actor, entry.stance, entry.statements.map((statement) => statement.id)])).toEqual([
      ["RO", "opposed", ["ro-parliament-transit-hub"]],
    ]);
  });

  it("answers an unknown type with no actor", () => {
    expect(actorsByStance(seed, "no-such-type")).toEqual([]);
  });

  it("counts subtypes unless told to read the type alone", () => {
    const actors = (options: { includeSubtypes?: boolean }) => actorsByStance(seed, "personnel", options).map((entry) => entry.actor);
    expect(actors({})).toContain("GB");
    expect(actors({ includeSubtypes: false })).toEqual([]);
  });

  it("narrows to a location, leaving out offers that name no location", () => {
    const data = dataset({
      commitments: [
        commitment({ id: "gb", actor: "GB", location: { kind: "in-country", country: "UA" } }),
        commitment({ id: "fr", actor: "FR", location: { kind: "in-country", country: "RO" } }),
        commitment({ id: "de", actor: "DE" }),
      ],
    });
    const actors = (location?: string) =>
      actorsByStance(data, "ground-troops", location === undefined ? {} : { location }).map((entry) => entry.actor);
    expect(actors()).toEqual(["DE", "FR", "GB"]);
    expect(actors("in-country:UA")).toEqual(["GB"]);
    expect(actors("at-sea")).toEqual([]);
  });
});
