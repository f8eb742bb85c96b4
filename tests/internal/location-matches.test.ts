// locationMatches: whether an offer's location satisfies the place a scenario's atom asks
// for: the same place, a place under it, and never a place elsewhere.
import { describe, expect, it } from "vitest";
import { atomLocationKey, locationMatches } from "../../src/scenario/internal/locations.js";
import type { Location } from "../../src/index.js";

describe("locationMatches", () => {
  it.each<[string, Location, Location]>([
    ["Ukraine", { kind: "in-country", country: "UA" }, { kind: "in-country", country: "UA" }],
    ["the line of contact in Ukraine", { kind: "line-of-contact", country: "UA" }, { kind: "line-of-contact", country: "UA" }],
    ["behind the demarcation line in Ukraine", { kind: "behind-demarcation-line", country: "UA" }, { kind: "behind-demarcation-line", country: "UA" }],
    ["Ukraine's neighbours", { kind: "neighbouring-countries", of: "UA" }, { kind: "neighbouring-countries", of: "UA", region: "European" }],
    ["the sea", { kind: "at-sea" }, { kind: "at-sea", area: "Black Sea" }],
    ["remote support", { kind: "remote" }, { kind: "remote", description: "training" }],
    ["a region", { kind: "region", country: "UA", name: "Odesa oblast" }, { kind: "region", country: "UA", name: "Odesa oblast" }],
    ["strategic areas", { kind: "areas", country: "UA", description: "strategic areas" }, { kind: "areas", country: "UA", description: "strategic areas", awayFromLineOfContact: true }],
    ["NATO territory", { kind: "bloc-territory", bloc: "nato" }, { kind: "bloc-territory", bloc: "nato", adjacentTo: "UA" }],
  ])("an offer at %s satisfies an atom asking for it", (_, wanted, offered) => {
    expect(locationMatches(wanted, offered)).toBe(true);
  });

  it.each<[string, Location, Location]>([
    ["the line of contact of another country", { kind: "line-of-contact", country: "UA" }, { kind: "line-of-contact", country: "MD" }],
    ["behind the demarcation line of another country", { kind: "behind-demarcation-line", country: "UA" }, { kind: "behind-demarcation-line", country: "MD" }],
    ["another sea than the one asked for", { kind: "at-sea", area: "Black Sea" }, { kind: "at-sea", area: "Baltic Sea" }],
    ["remote support of another kind", { kind: "remote", description: "training" }, { kind: "remote", description: "intelligence" }],
    ["another region", { kind: "region", country: "UA", name: "Odesa oblast" }, { kind: "region", country: "UA", name: "Lviv oblast" }],
    ["areas near the line when away from it is asked for", { kind: "areas", country: "UA", description: "strategic areas", awayFromLineOfContact: true }, { kind: "areas", country: "UA", description: "strategic areas", awayFromLineOfContact: false }],
    ["the territory of another bloc", { kind: "bloc-territory", bloc: "nato" }, { kind: "bloc-territory", bloc: "eu" }],
    ["another kind of place", { kind: "at-sea" }, { kind: "in-country", country: "UA" }],
  ])("an offer at %s does not satisfy it", (_, wanted, offered) => {
    expect(locationMatches(wanted, offered)).toBe(false);
  });

  it("takes places under the one asked for: the line of contact and a region are in Ukraine", () => {
    expect(locationMatches({ kind: "in-country", country: "UA" }, { kind: "line-of-contact", country: "UA" })).toBe(true);
    expect(locationMatches({ kind: "in-country", country: "UA" }, { kind: "region", country: "UA", name: "Odesa oblast" })).toBe(true);
    expect(locationMatches({ kind: "line-of-contact", country: "UA" }, { kind: "in-country", country: "UA" })).toBe(false);
  });

  it("is never satisfied by an offer that names no location", () => {
    expect(locationMatches({ kind: "in-country", country: "UA" }, undefined)).toBe(false);
  });
});

describe("atomLocationKey", () => {
  it("tells areas away from the line apart from the same areas without the flag, and gives '' for no location", () => {
    const areas: Location = { kind: "areas", country: "UA", description: "strategic areas" };
    expect(atomLocationKey({ ...areas, awayFromLineOfContact: true })).not.toBe(atomLocationKey(areas));
    expect(atomLocationKey(undefined)).toBe("");
  });
});
