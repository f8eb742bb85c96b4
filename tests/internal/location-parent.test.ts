// locationParent: what a location lies within, one step up.
import { describe, expect, it } from "vitest";
import { locationParent } from "../../src/internal/location-parent.js";
import type { Location } from "../../src/index.js";

describe("locationParent", () => {
  it.each<[string, Location, Location | undefined]>([
    ["a region of Ukraine is in Ukraine", { kind: "region", country: "UA", name: "Odesa oblast" }, { kind: "in-country", country: "UA" }],
    ["strategic areas away from the line are in Ukraine", { kind: "areas", country: "UA", description: "strategic areas", awayFromLineOfContact: true }, { kind: "in-country", country: "UA" }],
    ["the line of contact is in Ukraine", { kind: "line-of-contact", country: "UA" }, { kind: "in-country", country: "UA" }],
    ["behind the demarcation line is in Ukraine", { kind: "behind-demarcation-line", country: "UA" }, { kind: "in-country", country: "UA" }],
    ["NATO territory adjacent to Ukraine is among Ukraine's neighbours", { kind: "bloc-territory", bloc: "nato", adjacentTo: "UA" }, { kind: "neighbouring-countries", of: "UA" }],
    ["NATO territory anywhere is at the top", { kind: "bloc-territory", bloc: "nato" }, undefined],
    ["a country is at the top", { kind: "in-country", country: "UA" }, undefined],
    ["its neighbours are at the top", { kind: "neighbouring-countries", of: "UA", region: "European" }, undefined],
    ["the sea is at the top", { kind: "at-sea", area: "Black Sea" }, undefined],
    ["remote support is at the top", { kind: "remote" }, undefined],
  ])("%s", (_, location, parent) => {
    expect(locationParent(location)).toEqual(parent);
  });

  it("goes from NATO territory adjacent to Ukraine to Ukraine's neighbours, then to the top", () => {
    let location: Location | undefined = { kind: "bloc-territory", bloc: "nato", adjacentTo: "UA" };
    let steps = 0;
    while (location !== undefined) {
      location = locationParent(location);
      steps++;
    }
    expect(steps).toBe(2);
  });
});
