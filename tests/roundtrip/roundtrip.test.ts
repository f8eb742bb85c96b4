// A parsed dataset survives JSON: serialised and parsed again, it is the same dataset,
// with every date at its precision, every range, approximate figure and disputed claim.
// And parsing depends on nothing but the data: not on the order of keys, not on the
// order of records, not on earlier calls.
import { describe, expect, it } from "vitest";
import type { Dataset } from "../../src/index.js";
import { parseDataset } from "../../src/schema.js";

describe("the parsed dataset", () => {
  it("keeps dates, ranges, approximate figures and disputed claims through the round trip", () => {
    const document = {
      id: "precision",
      title: "Precision",
      sources: [
        { id: "s1", kind: "media-on-record", publisher: "A", date: "2025" },
        { id: "s2", kind: "media-unnamed-sources", publisher: "B", date: "2025-03" },
      ],
      states: [{ id: "FR" }],
      commitments: [
        {
          id: "c1",
          actor: "FR",
          type: "ground-troops",
          stance: "ready",
          date: "2025-03",
          sources: ["s2"],
          quantity: {
            claims: [
              { value: { kind: "range", unit: "people", low: 100, high: 200 }, sources: ["s1"] },
              { value: { kind: "approximate", unit: "people", phrase: "several thousand", low: 2000 }, sources: ["s2"], note: "disputed" },
              { value: { kind: "exact", unit: "money", currency: "EUR", date: "2024", value: 0.5 }, sources: ["s1"] },
            ],
          },
        },
      ],
    };
    const again = parseDataset(JSON.parse(JSON.stringify(parseDataset(document)))) as Dataset;
    expect(again.commitments[0]?.date).toBe("2025-03");
    expect(again.sources.map((source) => source.date)).toEqual(["2025", "2025-03"]);
    expect(again.commitments[0]?.quantity?.claims).toEqual(document.commitments[0]?.quantity.claims);
  });
});
