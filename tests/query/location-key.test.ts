import { describe, expect, it } from "vitest";
import { locationKey } from "../../src/index.js";

describe("locationKey", () => {
  it("writes every kind of location as a short key", () => {
    expect(
      [
        { kind: "in-country", country: "UA" },
        { kind: "line-of-contact", country: "UA" },
        { kind: "neighbouring-countries", of: "UA" },
        { kind: "at-sea", area: "Black Sea" },
        { kind: "at-sea" },
        { kind: "remote", description: "cyber" },
      ].map((location) => locationKey(location as Parameters<typeof locationKey>[0])),
    ).toEqual(["in-country:UA", "line-of-contact:UA", "neighbouring-countries:UA", "at-sea:Black Sea", "at-sea", "remote:cyber"]);
  });
});
